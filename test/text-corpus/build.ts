import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { toA1 } from '../../src/grid/address';
import type { CorpusReport, Printed } from './types';

/**
 * A corpus report as a workbook: every printed figure becomes a number cell with the printed
 * decimals as its format (as a controller's sheet holds it), text stays text, and the sentence
 * goes where the report's commentary sits — its own sheet, the cell beside the table, or a note
 * row under it.
 */
const NUMBER = /^([-\u2212\u2013+]?)\s?(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(\d+))?$/;

function cellValue(printed: string): { value: CellValue; numFmt?: string } {
  const t = printed.trim();
  if (/^(?:19|20)\d\d$/.test(t)) return { value: t }; // a year heads a column
  const m = NUMBER.exec(t);
  if (!m) return { value: printed };
  const digits = m[2].replace(/[ \u00a0]/g, '');
  const decimals = m[3]?.length ?? 0;
  const abs = Number(m[3] ? `${digits}.${m[3]}` : digits);
  const value = m[1] && m[1] !== '+' ? -abs : abs;
  return { value, numFmt: decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0' };
}

function sheet(name: string, rows: Printed[][]): SheetGrid {
  return {
    name,
    merges: [],
    rows: rows.map((r, i) =>
      r.map((p, j) => {
        if (p === null || p === '') return undefined;
        const { value, numFmt } = cellValue(p);
        const cell: Cell = { address: toA1(i + 1, j + 1), row: i + 1, col: j + 1, value, ...(numFmt ? { numFmt } : {}) };
        return cell;
      }),
    ),
  };
}

export interface Placed {
  workbook: WorkbookGrid;
  /** "Sheet!A1" of the text. */
  cell: string;
}

export function workbookWith(report: CorpusReport, text: string, place: 'sheet' | 'beside' | 'below' = 'sheet'): Placed {
  const sheets = report.sheets.map((s) => sheet(s.name, s.rows));
  const first = report.sheets[0];
  if (place === 'sheet') {
    sheets.push(sheet('Kommentarer', [['Kommentarer'], [null, text]]));
    return { workbook: { sheets }, cell: 'Kommentarer!B2' };
  }
  const target = sheets[0];
  if (place === 'beside') {
    const width = Math.max(...first.rows.map((r) => r.length));
    const row = 3;
    const col = width + 2;
    (target.rows[row - 1] ??= [])[col - 1] = { address: toA1(row, col), row, col, value: text };
    return { workbook: { sheets }, cell: `${first.name}!${toA1(row, col)}` };
  }
  const row = first.rows.length + 2;
  target.rows[row - 2] ??= [];
  target.rows[row - 1] = [{ address: toA1(row, 1), row, col: 1, value: text }];
  return { workbook: { sheets }, cell: `${first.name}!${toA1(row, 1)}` };
}
