import { formatRange, parseRange, toA1 } from '../../../src/grid/address';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../../src/grid/types';

/** Small, pure grid edits for generating layout variants of the sample workbooks in tests. */

export function cloneWorkbook(wb: WorkbookGrid): WorkbookGrid {
  return structuredClone(wb);
}

export function sheet(wb: WorkbookGrid, name: string): SheetGrid {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function cells(s: SheetGrid): Cell[] {
  return s.rows.flatMap((r) => (r ?? []).filter((c): c is Cell => c !== undefined));
}

/** Move every cell (and merge) by `place`; a cell mapped to null is dropped. */
export function remap(s: SheetGrid, place: (row: number, col: number) => { row: number; col: number } | null): void {
  const moved = cells(s).flatMap((c) => {
    const to = place(c.row, c.col);
    return to ? [{ ...c, row: to.row, col: to.col, address: toA1(to.row, to.col) }] : [];
  });
  s.rows = [];
  for (const c of moved) (s.rows[c.row - 1] ??= [])[c.col - 1] = c;
  for (let i = 0; i < s.rows.length; i++) s.rows[i] ??= [];
  s.merges = s.merges.flatMap((m) => {
    const b = parseRange(m);
    const a = place(b.top, b.left);
    const z = place(b.bottom, b.right);
    return a && z ? [formatRange({ top: a.row, left: a.col, bottom: z.row, right: z.col })] : [];
  });
}

export function insertRows(s: SheetGrid, at: number, n: number): void {
  remap(s, (row, col) => ({ row: row >= at ? row + n : row, col }));
}

export function shiftSheet(s: SheetGrid, rows: number, cols: number): void {
  remap(s, (row, col) => ({ row: row + rows, col: col + cols }));
}

export function swapColumns(s: SheetGrid, a: number, b: number): void {
  remap(s, (row, col) => ({ row, col: col === a ? b : col === b ? a : col }));
}

export function get(s: SheetGrid, row: number, col: number): Cell | undefined {
  return s.rows[row - 1]?.[col - 1];
}

export function set(s: SheetGrid, row: number, col: number, value: CellValue): void {
  const r = (s.rows[row - 1] ??= []);
  for (let i = 0; i < row - 1; i++) s.rows[i] ??= [];
  if (value === null) {
    r[col - 1] = undefined;
    return;
  }
  r[col - 1] = { ...(r[col - 1] ?? {}), address: toA1(row, col), row, col, value };
}

export function lastRow(s: SheetGrid): number {
  return Math.max(0, ...cells(s).map((c) => c.row));
}

/** Put all of `from`'s cells into `into`, `gap` blank rows below its last row, and drop `from`. */
export function stackSheet(wb: WorkbookGrid, from: string, into: string, gap = 2): void {
  const src = sheet(wb, from);
  const dst = sheet(wb, into);
  const offset = lastRow(dst) + gap;
  shiftSheet(src, offset, 0);
  for (const c of cells(src)) (dst.rows[c.row - 1] ??= [])[c.col - 1] = c;
  for (let i = 0; i < dst.rows.length; i++) dst.rows[i] ??= [];
  dst.merges.push(...src.merges);
  wb.sheets = wb.sheets.filter((x) => x !== src);
}

/** Rewrite every string cell in a column, from a row down. */
export function editTexts(s: SheetGrid, col: number, fromRow: number, fn: (t: string) => string): void {
  for (const c of cells(s)) if (c.col === col && c.row >= fromRow && typeof c.value === 'string') c.value = fn(c.value);
}

export function lastCol(s: SheetGrid): number {
  return Math.max(0, ...cells(s).map((c) => c.col));
}

/** Put all of `from`'s cells to the right of `into`'s, `gap` empty columns between, and drop `from`. */
export function besideSheet(wb: WorkbookGrid, from: string, into: string, gap = 1): void {
  const src = sheet(wb, from);
  const dst = sheet(wb, into);
  shiftSheet(src, 0, lastCol(dst) + gap);
  for (const c of cells(src)) (dst.rows[c.row - 1] ??= [])[c.col - 1] = c;
  for (let i = 0; i < dst.rows.length; i++) dst.rows[i] ??= [];
  dst.merges.push(...src.merges);
  wb.sheets = wb.sheets.filter((x) => x !== src);
}
