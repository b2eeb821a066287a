import ExcelJS from 'exceljs';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { parseRange } from '../grid/address';
import type { CellStyle, NewSheet } from '../grid/write-plan';
import { WorkbookWriteError } from './errors';

/** Solid pattern fill from a 6-digit RGB. */
export function solidFill(rgb: string): ExcelJS.FillPattern {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb.toUpperCase()}` } };
}

export function checkRgb(rgb: string, where: string): void {
  if (!/^[0-9A-Fa-f]{6}$/.test(rgb)) {
    throw new WorkbookWriteError('bad-value', `Ogiltig färg "${rgb}" för ${where}: ange sex hexadecimala tecken, t.ex. 00B050.`, `Invalid colour "${rgb}" for ${where}: give six hex digits, e.g. 00B050.`);
  }
}

/** Excel's rules for sheet names. */
export function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new WorkbookWriteError(
      'bad-sheet-name',
      `Bladnamnet "${name}" går inte att använda i Excel (högst 31 tecken, inte tomt, inga av tecknen [ ] : * ? / \\ och inte börja eller sluta med apostrof).`,
      `The sheet name "${name}" is not valid in Excel (at most 31 characters, not empty, none of [ ] : * ? / \\, no leading or trailing apostrophe).`,
    );
  }
}

/**
 * The ExcelJS value for a grid cell. Strings are always plain strings: ExcelJS stores them as
 * shared strings, so "=1+1", "-" or "@x" stay text and never become formulas.
 */
function excelValue(cell: Cell): ExcelJS.CellValue {
  const v: CellValue = cell.value;
  if (cell.formula) {
    const result = v === null || isCellError(v) ? undefined : v;
    return { formula: cell.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
  }
  if (v === null) return null;
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function isCoveredCell(cell: Cell): boolean {
  if (!cell.merge) return false;
  const box = parseRange(cell.merge);
  return cell.row !== box.top || cell.col !== box.left;
}

/** Add one grid as a new worksheet: values, number formats, bold, fill, indent, merges, widths, print setup. */
export function addGridSheet(wb: ExcelJS.Workbook, sheet: NewSheet): ExcelJS.Worksheet {
  const grid: SheetGrid = sheet.grid;
  checkSheetName(grid.name);
  const ws = wb.addWorksheet(grid.name, { state: grid.state ?? 'visible' });
  const widths = sheet.columnWidths ?? [];
  widths.forEach((w, i) => {
    if (typeof w === 'number' && w > 0) ws.getColumn(i + 1).width = w;
  });

  const styles = sheet.styles ?? {};
  const styled = new Set<string>();
  for (const row of grid.rows) {
    if (!row) continue;
    for (const cell of row) {
      if (!cell) continue;
      const target = ws.getCell(cell.row, cell.col);
      if (!isCoveredCell(cell)) target.value = excelValue(cell);
      styled.add(cell.address);
      const style = cellStyle(cell, styles[cell.address], widths[cell.col - 1], `${grid.name}!${cell.address}`);
      if (Object.keys(style).length > 0) target.style = style;
    }
  }
  // Styles may name cells without a value (a rule under an empty cell, a fill-only signal).
  for (const [address, extra] of Object.entries(styles)) {
    if (styled.has(address)) continue;
    const style = cellStyle(undefined, extra, undefined, `${grid.name}!${address}`);
    if (Object.keys(style).length > 0) ws.getCell(address).style = style;
  }
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    if (height > 0) ws.getRow(Number(row)).height = height;
  }

  for (const range of grid.merges) {
    try {
      ws.mergeCellsWithoutStyle(range);
    } catch {
      throw new WorkbookWriteError('bad-address', `Det sammanfogade området ${range} på bladet ${grid.name} överlappar ett annat.`, `The merged range ${range} on sheet ${grid.name} overlaps another.`);
    }
  }
  for (const r of grid.hiddenRows ?? []) ws.getRow(r).hidden = true;

  if (sheet.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      fitToPage: sheet.print.fitToWidth === true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
  return ws;
}

/** One cell's ExcelJS style from the grid cell and the sheet's extra CellStyle. */
function cellStyle(cell: Cell | undefined, extra: CellStyle | undefined, width: number | undefined, where: string): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (cell?.numFmt) style.numFmt = cell.numFmt;
  const font: Partial<ExcelJS.Font> = {};
  if (cell?.bold) font.bold = true;
  if (extra?.italic) font.italic = true;
  if (extra?.fontSize) font.size = extra.fontSize;
  if (extra?.fontColor) {
    checkRgb(extra.fontColor, where);
    font.color = { argb: `FF${extra.fontColor.toUpperCase()}` };
  }
  if (Object.keys(font).length > 0) style.font = font;
  if (cell?.fill) {
    checkRgb(cell.fill, where);
    style.fill = solidFill(cell.fill);
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (cell?.indent) alignment.indent = cell.indent;
  const wrap = extra?.wrap ?? (typeof cell?.value === 'string' && needsWrap(cell.value, width));
  if (wrap) {
    alignment.wrapText = true;
    alignment.vertical = 'top';
  }
  if (extra?.horizontal) alignment.horizontal = extra.horizontal;
  if (extra?.vertical) alignment.vertical = extra.vertical;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (extra?.border && (extra.border.top || extra.border.bottom)) {
    style.border = {
      ...(extra.border.top ? { top: { style: 'thin' } } : {}),
      ...(extra.border.bottom ? { bottom: { style: 'thin' } } : {}),
    };
  }
  return style;
}

/** Long text in a column with a known width, or text with line breaks, wraps. */
function needsWrap(text: string, width: number | undefined): boolean {
  if (text.includes('\n')) return true;
  return typeof width === 'number' && width > 0 && text.length > width * 1.2;
}

const TEST_WORKBOOK_DATE = new Date(Date.UTC(2000, 0, 1));

/** A new .xlsx from grids (generated test workbooks, fixtures). */
export async function writeWorkbook(grid: WorkbookGrid): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = TEST_WORKBOOK_DATE;
  wb.modified = TEST_WORKBOOK_DATE;
  for (const sheet of grid.sheets) addGridSheet(wb, { grid: sheet });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
