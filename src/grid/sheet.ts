import type { Cell, CellValue, SheetGrid, WorkbookGrid } from './types';
import { toA1 } from './address';

/** Read-side helpers over a sparse sheet grid. */

export function getCell(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

export function getValue(sheet: SheetGrid, row: number, col: number): CellValue {
  return getCell(sheet, row, col)?.value ?? null;
}

export function rowCount(sheet: SheetGrid): number {
  return sheet.rows.length;
}

export function colCount(sheet: SheetGrid): number {
  let max = 0;
  for (const r of sheet.rows) if (r && r.length > max) max = r.length;
  return max;
}

export function findSheet(wb: WorkbookGrid, name: string): SheetGrid | undefined {
  return wb.sheets.find((s) => s.name === name);
}

/** Each sheet by its name, the first of a name winning (as findSheet): for many look-ups, one pass. */
export function sheetsByName(wb: WorkbookGrid): Map<string, SheetGrid> {
  const out = new Map<string, SheetGrid>();
  for (const s of wb.sheets) if (!out.has(s.name)) out.set(s.name, s);
  return out;
}

/** Build a sheet from a dense array of values (tests and generated sheets). */
export function sheetFromValues(name: string, values: CellValue[][], startRow = 1, startCol = 1): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  values.forEach((line, i) => {
    const r = startRow + i;
    const out: (Cell | undefined)[] = [];
    line.forEach((v, j) => {
      const c = startCol + j;
      if (v === null || v === undefined || v === '') return;
      out[c - 1] = { address: toA1(r, c), row: r, col: c, value: v };
    });
    rows[r - 1] = out;
  });
  return { name, rows, merges: [] };
}

/** Iterate the non-empty cells of a sheet in row-major order. */
export function* cellsOf(sheet: SheetGrid): Generator<Cell> {
  for (const r of sheet.rows) {
    if (!r) continue;
    for (const c of r) if (c && c.value !== null && c.value !== undefined) yield c;
  }
}
