import { columnLetters, parseRange } from '../grid/address';
import type { TableMapping } from '../model/mapping-types';
import { TABLE_KINDS } from '../model/types';
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
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

function validRange(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    parseRange(v);
    return true;
  } catch {
    return false;
  }
}

/** Whether something read from the workbook's state has the shape of a table mapping. */
export function isTableMapping(t: unknown): t is TableMapping {
  if (!isObj(t)) return false;
  if (typeof t.kind !== 'string' || !(TABLE_KINDS as readonly string[]).includes(t.kind)) return false;
  if (typeof t.sheet !== 'string' || !validRange(t.range)) return false;
  if (!Array.isArray(t.headerRows) || !t.headerRows.every(isInt)) return false;
  if (!Array.isArray(t.rows) || !t.rows.every((r) => isObj(r) && isInt(r.row) && typeof r.role === 'string' && typeof r.label === 'string')) return false;
  return Array.isArray(t.columns) && t.columns.every((c) => isObj(c) && isInt(c.col) && typeof c.role === 'string' && typeof c.header === 'string');
}

/** The usable tables of a saved mapping, and how many entries were damaged. */
export function savedTables(saved: unknown): { tables: TableMapping[]; damaged: number } {
  if (!isObj(saved) || !Array.isArray(saved.tables)) return { tables: [], damaged: saved === undefined ? 0 : 1 };
  const tables = saved.tables.filter(isTableMapping);
  return { tables, damaged: saved.tables.length - tables.length };
}
