import * as path from 'path';
import ExcelJS from 'exceljs';
import { toA1 } from '../../../src/grid/address';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../../src/grid/types';

/**
 * Test-only reader of the sample workbooks (values, number formats, indents, merges, fills).
 * Kept minimal on purpose; the product's reader lives in src/xlsx.
 */
function toValue(v: ExcelJS.CellValue): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v };
  if (typeof v === 'object' && 'error' in v) return { value: { error: String(v.error) } };
  if (typeof v === 'object' && 'richText' in v) return { value: v.richText.map((t) => t.text).join('') };
  if (typeof v === 'object' && 'formula' in v) {
    const r = toValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    return { value: r.value, formula: (v as ExcelJS.CellFormulaValue).formula };
  }
  if (typeof v === 'object' && 'text' in v) return { value: String((v as { text: unknown }).text) };
  return { value: null };
}

export async function loadSeed(file: string): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.resolve(__dirname, '../../../seeds', file));
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const rows: (Cell | undefined)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: (Cell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.isMerged && c.master.address !== c.address) return;
        const { value, formula } = toValue(c.value);
        if (value === null) return;
        const cell: Cell = { address: toA1(r, col), row: r, col, value };
        if (formula) cell.formula = formula;
        if (c.numFmt) cell.numFmt = c.numFmt;
        if (c.alignment?.indent) cell.indent = c.alignment.indent;
        out[col - 1] = cell;
      });
      rows[r - 1] = out;
    });
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    sheets.push({ name: ws.name, rows, merges, state: ws.state === 'visible' ? 'visible' : (ws.state as 'hidden' | 'veryHidden') });
  });
  return { sheets };
}
