import { toA1 } from '../../src/grid/address';
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { printedNumber, type PrintedTable } from './types';

/** Where the built sheet puts the table: title in row 1, a blank row, then the header rows. */
export const FIRST_HEADER_ROW = 3;

export interface Built {
  workbook: WorkbookGrid;
  /** Sheet row of each printed data row. */
  rowOf: number[];
  /** Printed figure per data row and column (null = empty), as numbers. */
  values: (number | null)[][];
  decimals: number[][];
}

/**
 * The printed table as a controller keeps it: labels in column A, header rows above, figures
 * as numbers formatted with their printed decimals (percentages as fractions with a % format).
 */
export function buildSheet(t: PrintedTable, options: { labelsAsIs?: boolean } = {}): Built {
  const rows: (Cell | undefined)[][] = [];
  const put = (r: number, c: number, cell: Omit<Cell, 'address' | 'row' | 'col'>) => {
    (rows[r - 1] ??= [])[c - 1] = { address: toA1(r, c), row: r, col: c, ...cell };
  };
  t.title.forEach((line, i) => put(1 + i, 1, { value: line, bold: true }));
  const top = Math.max(FIRST_HEADER_ROW, t.title.length + 2);
  t.header.forEach((line, i) => line.forEach((text, j) => text !== null && put(top + i, j + 1, { value: text, bold: true })));
  const first = top + t.header.length;
  const values: (number | null)[][] = [];
  const decimals: number[][] = [];
  const rowOf: number[] = [];
  t.rows.forEach((line, i) => {
    const r = first + i;
    rowOf.push(r);
    const vs: (number | null)[] = [];
    const ds: number[] = [];
    line.forEach((text, j) => {
      if (j === 0) {
        if (text !== null) put(r, 1, { value: options.labelsAsIs ? text : text });
        return;
      }
      // A note reference with a letter ("3A") is printed text, not a figure.
      if (text !== null && /^\d{1,2}[A-Z]$/.test(text.trim())) {
        put(r, j + 1, { value: text });
        vs.push(null);
        ds.push(0);
        return;
      }
      const n = printedNumber(text);
      vs.push(n ? n.value : null);
      ds.push(n ? n.decimals : 0);
      if (!n) return;
      const fmt = n.decimals ? `#,##0.${'0'.repeat(n.decimals)}` : '#,##0';
      if (n.percent) put(r, j + 1, { value: n.value / 100, numFmt: `${n.decimals ? `0.${'0'.repeat(n.decimals)}` : '0'}%` });
      else put(r, j + 1, { value: n.value, numFmt: fmt });
    });
    values.push(vs);
    decimals.push(ds);
  });
  const sheet: SheetGrid = { name: t.sheet, rows, merges: [] };
  return { workbook: { sheets: [sheet] }, rowOf, values, decimals };
}

/** Σ of figures, rounded to the printed decimals (float noise removed). */
export function sum(xs: (number | null)[]): number {
  return Math.round(xs.reduce<number>((a, x) => a + (x ?? 0), 0) * 1000) / 1000;
}

/** Half a unit of the last printed digit per figure: what rounding can explain. */
export function tolerance(decimals: number[]): number {
  return decimals.reduce((a, d) => a + 10 ** -d / 2, 0) + 1e-9;
}
