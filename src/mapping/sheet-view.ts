import { parseRange } from '../grid/address';
import { getCell } from '../grid/sheet';
import type { Cell, CellValue, SheetGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { cleanText } from './normalize';

/**
 * A read-only view of one sheet for the mapper: values with merged cells resolved to their
 * master, text of a cell, the sheet's extent. Merges matter for headers ("Utfall" over two
 * year columns) and goal cells spanning several indicator rows.
 */
type MergeBox = { row: number; col: number; top: number; left: number; bottom: number; right: number };

/** Numeric key of a cell: Excel has at most 16 384 columns, so row·2^14 + col is unique and exact. */
const cellKey = (row: number, col: number): number => row * 16384 + col;

const NO_COLS: readonly number[] = [];

/** Whether `cols` holds exactly the first n numbers of `scratch`. */
function sameColumns(cols: readonly number[], scratch: readonly number[], n: number): boolean {
  if (cols.length !== n) return false;
  for (let k = 0; k < n; k++) if (cols[k] !== scratch[k]) return false;
  return true;
}

/**
 * The columns from left to right of an ascending list: a run of it, the list itself when it
 * lies within (no filter callback and copy per row).
 */
function within(cols: readonly number[], left: number, right: number): readonly number[] {
  let i = 0;
  while (i < cols.length && cols[i] < left) i++;
  let j = cols.length;
  while (j > i && cols[j - 1] > right) j--;
  if (i === 0 && j === cols.length) return cols;
  return i === j ? NO_COLS : cols.slice(i, j);
}

/**
 * The view's methods. A view is one object literal of closures over the per-sheet tables, not a
 * class instance: a class instance's shape is a chain of transitions V8 holds only weakly, so a
 * full GC between runs drops it and throws away all optimized code that met a view; a literal's
 * shape is kept alive by the literal itself.
 */
export interface SheetView {
  readonly sheet: SheetGrid;
  readonly name: string;
  readonly maxRow: number;
  readonly maxCol: number;
  /** Columns of a row covered by a merge, not its master (unordered; a shared array: do not modify). */
  mergedCols(row: number): readonly number[];
  cell(row: number, col: number): Cell | undefined;
  /** The merged range's master when (row, col) is a covered cell of a merge. */
  master(row: number, col: number): MergeBox | undefined;
  /** The raw value, without merge resolution. */
  raw(row: number, col: number): CellValue;
  /** The value, a covered merge cell showing its master's value. */
  value(row: number, col: number): CellValue;
  /** Cleaned display text of a cell ("" when empty); resolveMerge: a covered merge cell shows its master's. */
  text(row: number, col: number, resolveMerge?: boolean): string;
  isEmpty(row: number, col: number): boolean;
  rowIsEmpty(row: number, left?: number, right?: number): boolean;
  /** Filled columns of a row holding a string, ascending (a shared array: do not modify). */
  stringCols(row: number): readonly number[];
  /** Whether a cell of the row holds a whole number 1990–2100 (a year). */
  rowHasYearNumber(row: number): boolean;
  /** Columns of a row that hold something (a shared array: do not modify). */
  filledCols(row: number, left?: number, right?: number): readonly number[];
}

export function sheetView(sheet: SheetGrid): SheetView {
  const masterOf = new Map<number, MergeBox>();
  /** Per row (index row − 1), the columns holding something, ascending: the mapper asks for these constantly. */
  const filled: (readonly number[] | undefined)[] = [];
  /** Per row (index row − 1), the columns covered by a merge (not its master). */
  const covered: number[][] = [];
  /** Per row (index row − 1), the filled columns holding a string, ascending. */
  const strings: (readonly number[] | undefined)[] = [];
  /** Per row (index row − 1), each column's cleaned text once asked for (index col − 1). */
  const texts: (string[] | undefined)[] = [];
  const rows = sheet.rows;
  /** Per row (index row), 1 when a cell holds a whole number 1990–2100 (a year, for the header search). */
  const years = new Uint8Array(rows.length + 1);
  let maxCol = 0;
  let maxRow = 0;
  // Every cell's value is read here once; what the header search asks of each row (its
  // strings, whether it holds a year) is noted on the way, not read again per row later.
  // A row's columns are gathered in scratch arrays first: a row with the same columns as the
  // row before (a table's body, a ledger) shares that row's array instead of allocating its own.
  const scratchCols: number[] = [];
  const scratchStrs: number[] = [];
  let lastCols: readonly number[] = NO_COLS;
  let lastStrs: readonly number[] = NO_COLS;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!r) continue;
    let nCols = 0;
    let nStrs = 0;
    for (let j = 0; j < r.length; j++) {
      const c = r[j];
      if (!c) continue;
      const v = c.value;
      if (isEmptyValue(v)) continue;
      scratchCols[nCols++] = j + 1;
      if (typeof v === 'string') scratchStrs[nStrs++] = j + 1;
      else if (typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100) years[i + 1] = 1;
    }
    if (nCols === 0) continue;
    if (!sameColumns(lastCols, scratchCols, nCols)) lastCols = scratchCols.slice(0, nCols);
    filled[i] = lastCols;
    if (nStrs > 0) {
      if (!sameColumns(lastStrs, scratchStrs, nStrs)) lastStrs = scratchStrs.slice(0, nStrs);
      strings[i] = lastStrs;
    }
    if (scratchCols[nCols - 1] > maxCol) maxCol = scratchCols[nCols - 1];
    maxRow = i + 1;
  }
  for (const m of sheet.merges) {
    let box;
    try {
      box = parseRange(m);
    } catch {
      continue;
    }
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++)
        if (r !== box.top || c !== box.left) {
          masterOf.set(cellKey(r, c), { row: box.top, col: box.left, ...box });
          (covered[r - 1] ??= []).push(c);
        }
  }

  const raw = (row: number, col: number): CellValue => {
    const v = rows[row - 1]?.[col - 1]?.value;
    return v === undefined ? null : v;
  };
  const master = (row: number, col: number): MergeBox | undefined => (masterOf.size ? masterOf.get(cellKey(row, col)) : undefined);
  const text = (row: number, col: number, resolveMerge = false): string => {
    if (resolveMerge && masterOf.size > 0) {
      // value() shows the master's value only where the cell itself is empty: its text is the master's.
      const m = masterOf.get(cellKey(row, col));
      if (m && isEmptyValue(raw(row, col))) return text(m.row, m.col);
    }
    const cells = rows[row - 1];
    if (!cells || col > cells.length) return '';
    let line = texts[row - 1];
    if (line === undefined) texts[row - 1] = line = new Array<string>(cells.length);
    let t = line[col - 1];
    if (t === undefined) line[col - 1] = t = valueText(cells[col - 1]?.value ?? null);
    return t;
  };
  return {
    sheet,
    name: sheet.name,
    maxRow,
    maxCol,
    mergedCols: (row) => covered[row - 1] ?? NO_COLS,
    cell: (row, col) => getCell(sheet, row, col),
    master,
    raw,
    value: (row, col) => {
      const own = raw(row, col);
      if (!isEmptyValue(own)) return own;
      const m = master(row, col);
      return m ? raw(m.row, m.col) : own;
    },
    text,
    isEmpty: (row, col) => isEmptyValue(raw(row, col)),
    rowIsEmpty: (row, left = 1, right = maxCol) => {
      const cols = filled[row - 1];
      if (!cols) return true;
      for (const c of cols) if (c >= left && c <= right) return false;
      return true;
    },
    stringCols: (row) => strings[row - 1] ?? NO_COLS,
    rowHasYearNumber: (row) => years[row] === 1,
    filledCols: (row, left = 1, right = maxCol) => {
      const cols = filled[row - 1];
      if (!cols) return NO_COLS;
      if (left <= 1 && right >= maxCol) return cols;
      return within(cols, left, right);
    },
  };
}

/**
 * A character cleanText can never remove (it drops only white space, soft hyphens and
 * zero-width spaces): a string holding one is not empty, without cleaning it.
 */
const NOT_BLANK = /[^\s\u00AD\u200B]/;

export function isEmptyValue(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  // Most texts open with a printable ASCII character, which no cleaning removes: no regex needed.
  const first = v.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !NOT_BLANK.test(v) && cleanText(v) === '';
}

/** Cleaned cell strings: labels and headers repeat across sheets and boards (short strings only). */
const cleaned = new Map<string, string>();

function cleanCellText(v: string): string {
  if (v.length > 200) return cleanText(v);
  let t = cleaned.get(v);
  if (t === undefined) {
    if (cleaned.size > 20000) cleaned.clear();
    cleaned.set(v, (t = cleanText(v)));
  }
  return t;
}

export function valueText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cleanCellText(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'SANT' : 'FALSKT';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return '';
}

/**
 * The views one mapWorkbook call built, carried by the mapping object it returned (a symbol,
 * not enumerable: no copy, JSON or saved state carries it). buildModel takes a view from it
 * only for the very sheet object it was built from, so a mapping edited (a new object) or used
 * with another grid builds its views afresh.
 */
const VIEWS = Symbol('sheetViews');

export function attachViews(mapping: object, views: ReadonlyMap<string, SheetView>): void {
  Object.defineProperty(mapping, VIEWS, { value: views, enumerable: false, configurable: true });
}

export function attachedViews(mapping: object): ReadonlyMap<string, SheetView> | undefined {
  return (mapping as { [VIEWS]?: ReadonlyMap<string, SheetView> })[VIEWS];
}
