import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { parseRange, formatRange, toA1 } from '../../src/grid/address';
import { STATE_SHEET } from '../../src/grid/tool-state';

/**
 * Ways a controller's workbook goes wrong in real life, as pure functions over grids. Each
 * mutation takes a seeded random source so a corpus entry can be rebuilt from its name alone.
 */

export type Random = () => number;

/** mulberry32: tiny, fast, deterministic; good enough to pick cells. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rnd: Random, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

export function int(rnd: Random, min: number, max: number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}

export function cloneWorkbook(wb: WorkbookGrid): WorkbookGrid {
  return structuredClone(wb);
}

export function allCells(sheet: SheetGrid): Cell[] {
  const out: Cell[] = [];
  for (const row of sheet.rows) if (row) for (const c of row) if (c) out.push(c);
  return out;
}

function rebuild(sheet: SheetGrid, cells: Cell[]): void {
  const rows: (Cell | undefined)[][] = [];
  for (const c of cells) {
    c.address = toA1(c.row, c.col);
    (rows[c.row - 1] ??= [])[c.col - 1] = c;
  }
  // Sparse rows stay holes, as the adapters produce them.
  sheet.rows = rows;
}

/**
 * Move every cell through `map` (null drops it) and keep merges and hidden rows consistent: a
 * merge whose corners move apart or vanish is dropped, as Excel does when rows are deleted.
 */
function remap(sheet: SheetGrid, map: (row: number, col: number) => { row: number; col: number } | null): void {
  const moved: Cell[] = [];
  for (const c of allCells(sheet)) {
    const to = map(c.row, c.col);
    if (!to) continue;
    moved.push({ ...c, row: to.row, col: to.col });
  }
  const seen = new Set<string>();
  const unique = moved.reverse().filter((c) => {
    const k = `${c.row}:${c.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const merges: string[] = [];
  for (const m of sheet.merges) {
    const box = parseRange(m);
    const a = map(box.top, box.left);
    const b = map(box.bottom, box.right);
    if (!a || !b || a.row > b.row || a.col > b.col) continue;
    merges.push(formatRange({ top: a.row, left: a.col, bottom: b.row, right: b.col }));
  }
  for (const c of unique) {
    if (c.merge) {
      const box = parseRange(c.merge);
      const a = map(box.top, box.left);
      const b = map(box.bottom, box.right);
      if (a && b && a.row <= b.row && a.col <= b.col) c.merge = formatRange({ top: a.row, left: a.col, bottom: b.row, right: b.col });
      else delete c.merge;
    }
  }
  sheet.merges = merges;
  dropOverlappingMerges(sheet, unique);
  if (sheet.hiddenRows) {
    sheet.hiddenRows = sheet.hiddenRows.map((r) => map(r, 1)?.row).filter((r): r is number => r !== undefined);
  }
  rebuild(sheet, unique);
}

function overlaps(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  return x.top <= y.bottom && y.top <= x.bottom && x.left <= y.right && y.left <= x.right;
}

/** Excel cannot hold overlapping merges; keep the first of any overlapping pair. */
export function dropOverlappingMerges(sheet: SheetGrid, cells: Cell[] = allCells(sheet)): void {
  const kept: string[] = [];
  for (const m of sheet.merges) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  sheet.merges = kept;
  const live = new Set(kept);
  for (const c of cells) if (c.merge && !live.has(c.merge)) delete c.merge;
}

/** Add a merge the way Excel does: refuse overlaps, keep the master's value, blank the rest. */
export function addMerge(sheet: SheetGrid, range: string): boolean {
  if (sheet.merges.some((m) => overlaps(m, range))) return false;
  const box = parseRange(range);
  sheet.merges.push(range);
  for (const c of allCells(sheet)) {
    if (c.row < box.top || c.row > box.bottom || c.col < box.left || c.col > box.right) continue;
    c.merge = range;
    if (c.row !== box.top || c.col !== box.left) c.value = null;
  }
  return true;
}

export function lastRow(sheet: SheetGrid): number {
  return sheet.rows.length;
}

export function lastCol(sheet: SheetGrid): number {
  let max = 0;
  for (const r of sheet.rows) if (r && r.length > max) max = r.length;
  return max;
}

export function deleteRows(sheet: SheetGrid, from: number, count: number): void {
  remap(sheet, (r, c) => (r < from ? { row: r, col: c } : r < from + count ? null : { row: r - count, col: c }));
}

export function deleteColumns(sheet: SheetGrid, from: number, count: number): void {
  remap(sheet, (r, c) => (c < from ? { row: r, col: c } : c < from + count ? null : { row: r, col: c - count }));
}

/** Insert `count` copies of row `from` right below it (a controller copying a line). */
export function duplicateRows(sheet: SheetGrid, from: number, count: number): void {
  const copies = allCells(sheet).filter((c) => c.row === from);
  remap(sheet, (r, c) => (r <= from ? { row: r, col: c } : { row: r + count, col: c }));
  const cells = allCells(sheet);
  for (let i = 1; i <= count; i++) for (const c of copies) cells.push({ ...c, row: from + i, col: c.col, merge: undefined });
  rebuild(sheet, cells);
}

export function duplicateColumn(sheet: SheetGrid, from: number): void {
  const copies = allCells(sheet).filter((c) => c.col === from);
  remap(sheet, (r, c) => (c <= from ? { row: r, col: c } : { row: r, col: c + 1 }));
  const cells = allCells(sheet);
  for (const c of copies) cells.push({ ...c, row: c.row, col: from + 1, merge: undefined });
  rebuild(sheet, cells);
}

/** Cut row `from` and insert it before row `to` (rows in between shift). */
export function moveRow(sheet: SheetGrid, from: number, to: number): void {
  if (from === to) return;
  remap(sheet, (r, c) => {
    if (r === from) return { row: to > from ? to - 1 : to, col: c };
    if (from < to && r > from && r < to) return { row: r - 1, col: c };
    if (to < from && r >= to && r < from) return { row: r + 1, col: c };
    return { row: r, col: c };
  });
}

export function swapColumns(sheet: SheetGrid, a: number, b: number): void {
  remap(sheet, (r, c) => ({ row: r, col: c === a ? b : c === b ? a : c }));
}

/** Shift the whole sheet down/right (a title block added above, a margin column to the left). */
export function shift(sheet: SheetGrid, rows: number, cols: number): void {
  remap(sheet, (r, c) => ({ row: r + rows, col: c + cols }));
}

export function numberCells(sheet: SheetGrid): Cell[] {
  return allCells(sheet).filter((c) => typeof c.value === 'number');
}

export function textCells(sheet: SheetGrid): Cell[] {
  return allCells(sheet).filter((c) => typeof c.value === 'string');
}

export function setCell(sheet: SheetGrid, row: number, col: number, value: CellValue, extra: Partial<Cell> = {}): Cell {
  const cell: Cell = { address: toA1(row, col), row, col, value, ...extra };
  (sheet.rows[row - 1] ??= [])[col - 1] = cell;
  return cell;
}

const NBSP = '\u00a0';
const THIN = '\u2009';
const NNBSP = '\u202f';
const MINUS = '\u2212';

/** How a number looks once someone pasted it from Word or a PDF. */
export function numberAsText(rnd: Random, n: number): string {
  const abs = Math.abs(n);
  const sep = pick(rnd, [' ', NBSP, THIN, NNBSP, '']);
  const digits = Number.isInteger(abs) ? String(abs) : abs.toFixed(1).replace('.', ',');
  const [whole, frac] = digits.split(',');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep) + (frac ? `,${frac}` : '');
  const sign = n < 0 ? pick(rnd, ['-', MINUS, '\u2013', '(']) : pick(rnd, ['', '+']);
  const body = sign === '(' ? `(${grouped})` : sign + grouped;
  return body + pick(rnd, ['', ' tkr', ` ${'kr'}`, ' %', NBSP, ' ', '*']);
}

export const ODD_TEXT: readonly string[] = [
  'abc',
  'n/a',
  '-',
  '–',
  '…',
  ' ',
  '?',
  'Se kommentar',
  'ej klart',
  '12 tkr',
  '1e5',
  'NaN',
  'Infinity',
  '0x1F',
  '=SUM(A1:A3)',
  '+46 70 123',
  '@import',
  '-1+1',
  '#REF!',
  '\u200b',
  '\u{1F600}',
  'שלום',
  'x'.repeat(32767),
  'rad1\nrad2',
  '\t',
  '__proto__',
  'constructor',
  '{"version":1}',
];

export const ERRORS: readonly string[] = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

export const ODD_NUMBERS: readonly number[] = [1e15, -1e15, 1e-9, -1e-9, 0, -0, 123456789.123456, Number.MAX_SAFE_INTEGER, 1e300, -1e300, 5e-324, 0.1 + 0.2];

export function findSheet(wb: WorkbookGrid, rnd: Random, predicate: (s: SheetGrid) => boolean = () => true): SheetGrid | undefined {
  const candidates = wb.sheets.filter((s) => s.name !== STATE_SHEET && predicate(s));
  return candidates.length ? pick(rnd, candidates) : undefined;
}

export function emptySheet(name: string): SheetGrid {
  return { name, rows: [], merges: [] };
}

/** A sheet of `rows` × `cols` numbers with a label column, like an exported ledger. */
export function bigSheet(name: string, rows: number, cols: number, rnd: Random): SheetGrid {
  const sheet = emptySheet(name);
  const out: (Cell | undefined)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: (Cell | undefined)[] = [];
    line[0] = { address: toA1(r, 1), row: r, col: 1, value: r === 1 ? 'Konto' : `Rad ${r}` };
    for (let c = 2; c <= cols; c++) {
      const v = r === 1 ? `Kolumn ${c}` : Math.round((rnd() - 0.5) * 200000);
      line[c - 1] = { address: toA1(r, c), row: r, col: c, value: v };
    }
    out.push(line);
  }
  sheet.rows = out;
  return sheet;
}
