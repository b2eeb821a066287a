import { columnLetters, parseRange } from '../grid/address';
import type { TableMapping } from '../model/mapping-types';
import { LIMITS, tableMappingSchema } from '../grid/state-schema';
import { headerTexts } from './detect-headers';
import { KIND_NAMES } from './kind-names';
import { matchKey } from './normalize';
import type { SheetView } from './sheet-view';

/**
 * Whether a saved (user-confirmed) table mapping still fits the workbook: its sheet exists and
 * every mapped column's header reads the same. Returns the reason in Swedish when it does not.
 */
export function savedTableProblem(t: TableMapping, view: SheetView | undefined): string | undefined {
  if (!view) return `bladet "${t.sheet}" finns inte längre`;
  // A forged or stale range larger than the sheet would make every later step walk empty rows.
  const box = parseRange(t.range);
  if (box.bottom > view.maxRow || box.right > view.maxCol) return `området ${t.range} går utanför bladets innehåll`;
  if (t.headerRows.length === 0) return undefined;
  const texts = headerTexts(view, t.headerRows);
  for (const c of t.columns) {
    if (!c.header) continue;
    const now = texts.get(c.col) ?? '';
    if (matchKey(now) !== matchKey(c.header)) {
      const cell = `${columnLetters(c.col)}${t.headerRows[0]}`;
      return now
        ? `rubriken i ${cell} är nu "${now}" i stället för "${c.header}"`
        : `rubriken "${c.header}" i ${cell} finns inte längre`;
    }
  }
  return undefined;
}

export function savedMismatchReason(t: TableMapping, why: string): string {
  return `Den sparade kopplingen för tabellen ${KIND_NAMES[t.kind] ?? t.kind} på bladet "${t.sheet}" (${t.range}) gäller inte längre: ${why}. Tabellen har identifierats på nytt.`;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether something read from the workbook's state or a --mapping file is a table mapping of bounded size. */
export function isTableMapping(t: unknown): t is TableMapping {
  return tableMappingSchema.safeParse(t).success;
}

/** The usable tables of a saved mapping (parsed, with defaults filled), and how many entries were damaged. */
export function savedTables(saved: unknown): { tables: TableMapping[]; damaged: number } {
  if (!isObj(saved) || !Array.isArray(saved.tables)) return { tables: [], damaged: saved === undefined ? 0 : 1 };
  const tables: TableMapping[] = [];
  const list = saved.tables.slice(0, LIMITS.tables);
  for (const t of list) {
    const r = tableMappingSchema.safeParse(t);
    if (r.success) tables.push(r.data as TableMapping);
  }
  return { tables, damaged: saved.tables.length - tables.length };
}
