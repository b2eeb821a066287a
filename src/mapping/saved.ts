import { columnLetters, parseRange } from '../grid/address';
import type { TableMapping } from '../model/mapping-types';
import { TABLE_KINDS } from '../model/types';
import { LIMITS, stateSchemas } from '../grid/state-limits';
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
  // The schema's answer; the plain check first says yes, cheaply, for what the schema accepts
  // beyond doubt (a mapping as the mapper makes it), and leaves everything else to the schema.
  return plainlyValidTable(t) || stateSchemas().tableMappingSchema.safeParse(t).success;
}

/** Excel's sheet size and the range form of src/grid/state-schema.ts (a stricter copy is harmless: the schema decides the rest). */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const RANGE = /^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/;
const KINDS = new Set<unknown>(TABLE_KINDS);
const UNITS = new Set<unknown>(['kr', 'tkr', 'mnkr', 'percent', 'count', 'years']);

const isInt = (v: unknown, lo: number, hi: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/**
 * True only when tableMappingSchema certainly accepts `t`: every condition here is one of the
 * schema's, or stricter. False means "ask the schema", never "invalid".
 */
export function plainlyValidTable(t: unknown): boolean {
  if (!isObj(t)) return false;
  if (!KINDS.has(t.kind)) return false;
  if (!isStr(t.sheet, LIMITS.sheetName) || t.sheet.length < 1) return false;
  if (!isStr(t.range, 20) || !RANGE.test(t.range)) return false;
  let b;
  try {
    b = parseRange(t.range);
  } catch {
    return false;
  }
  if (!(b.bottom <= MAX_ROW && b.right <= MAX_COL && b.bottom - b.top < LIMITS.tableRows && b.right - b.left < LIMITS.tableCols)) return false;
  const conf = t.confidence;
  if (conf !== undefined && !(typeof conf === 'number' && conf >= 0 && conf <= 1)) return false;
  if (t.unit !== undefined && !UNITS.has(t.unit)) return false;
  if (t.title !== undefined && !isStr(t.title, LIMITS.text)) return false;
  if (t.confirmed !== undefined && typeof t.confirmed !== 'boolean') return false;
  const { headerRows, rows, columns } = t;
  if (!Array.isArray(headerRows) || headerRows.length > LIMITS.headerRows) return false;
  for (let i = 0; i < headerRows.length; i++) {
    const r: unknown = headerRows[i];
    if (!isInt(r, 1, MAX_ROW) || (r as number) < b.top || (r as number) > b.bottom) return false;
  }
  if (!Array.isArray(rows) || rows.length > LIMITS.tableRows) return false;
  for (let i = 0; i < rows.length; i++) {
    const r: unknown = rows[i];
    if (!isObj(r)) return false;
    if (!isInt(r.row, 1, MAX_ROW) || (r.row as number) < b.top || (r.row as number) > b.bottom) return false;
    if (!isStr(r.label, LIMITS.text) || !isStr(r.role, LIMITS.shortText)) return false;
    if (r.level !== undefined && !isInt(r.level, 0, 9)) return false;
  }
  if (!Array.isArray(columns) || columns.length > LIMITS.tableCols) return false;
  for (let i = 0; i < columns.length; i++) {
    const c: unknown = columns[i];
    if (!isObj(c)) return false;
    if (!isInt(c.col, 1, MAX_COL) || (c.col as number) < b.left || (c.col as number) > b.right) return false;
    if (c.letter !== undefined && !isStr(c.letter, 3)) return false;
    if (!isStr(c.header, LIMITS.text) || !isStr(c.role, LIMITS.shortText)) return false;
    if (c.year !== undefined && !isInt(c.year, 1900, 2200)) return false;
    if (c.date !== undefined && !isStr(c.date, 30)) return false;
  }
  return true;
}

/** The usable tables of a saved mapping (parsed, with defaults filled), and how many entries were damaged. */
export function savedTables(saved: unknown): { tables: TableMapping[]; damaged: number } {
  if (!isObj(saved) || !Array.isArray(saved.tables)) return { tables: [], damaged: saved === undefined ? 0 : 1 };
  const tables: TableMapping[] = [];
  const list = saved.tables.slice(0, LIMITS.tables);
  const { tableMappingSchema } = stateSchemas();
  for (const t of list) {
    const r = tableMappingSchema.safeParse(t);
    if (r.success) tables.push(r.data as TableMapping);
  }
  return { tables, damaged: saved.tables.length - tables.length };
}
