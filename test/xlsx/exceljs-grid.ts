import ExcelJS from 'exceljs';
import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { columnLetters, formatRange, parseRange } from '../../src/grid/address';
import { resolveColor, themePalette, type ExcelColor } from '../../src/xlsx/colors';

/**
 * The reader the project had before src/xlsx/reader.ts: ExcelJS 4.4.0's model turned into the
 * grid. Kept in the tests only, as the reference the new reader is compared with cell for cell
 * (test/xlsx/grid-equality.test.ts), and as an independent reader of written files.
 */
export async function readWithExcelJS(bytes: Buffer): Promise<WorkbookGrid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return gridFromWorkbook(workbook);
}

/** Grids of an ExcelJS workbook already in memory. */
export function gridFromWorkbook(workbook: ExcelJS.Workbook): WorkbookGrid {
  const palette = themePalette(themeXml(workbook));
  return { sheets: workbook.worksheets.map((ws) => gridFromWorksheet(ws, palette)) };
}

function themeXml(workbook: ExcelJS.Workbook): string | undefined {
  // ExcelJS keeps the theme parts as raw XML on a non-public field.
  const themes = (workbook as unknown as { _themes?: Record<string, unknown> })._themes;
  const xml = themes?.theme1;
  return typeof xml === 'string' ? xml : undefined;
}

interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged ranges of a worksheet ("A4:A5"), in sheet order. */
export function mergesOf(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeBox | undefined> })._merges ?? {};
  return Object.values(merges)
    .filter((m): m is MergeBox => !!m)
    .sort((a, b) => a.top - b.top || a.left - b.left)
    .map((m) => formatRange({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

function richTextToString(rich: { richText: { text: string }[] }): string {
  return rich.richText.map((run) => run.text).join('');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/** The value Excel shows: formula → cached result, rich text → its text, hyperlink → its text. */
export function convertValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (!isObject(v)) return null;
  if ('formula' in v || 'sharedFormula' in v) return convertValue(v.result);
  if ('error' in v && typeof v.error === 'string') return { error: v.error };
  if (Array.isArray(v.richText)) return richTextToString(v as { richText: { text: string }[] });
  if ('hyperlink' in v || 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return text;
    if (isObject(text) && Array.isArray(text.richText)) return richTextToString(text as { richText: { text: string }[] });
    return typeof v.hyperlink === 'string' ? v.hyperlink : null;
  }
  return null;
}

/** Column letters by column number, built as needed: every cell of a column shares them. */
const LETTERS: string[] = [];

function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

/** Numeric key of a cell: Excel has at most 16 384 columns, so row·2^14 + col is unique and exact. */
const cellKey = (row: number, col: number): number => row * 16384 + col;

function fillOf(style: Partial<ExcelJS.Style> | undefined, palette: readonly string[]): string | undefined {
  const fill = style?.fill as ExcelJS.Fill | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  return resolveColor(fill.fgColor as ExcelColor | undefined, palette);
}

function readCell(cell: ExcelJS.Cell, row: number, col: number, palette: readonly string[], merge: string | undefined): Cell | undefined {
  // A covered cell of a merge reports its master's value in ExcelJS; Excel shows it empty.
  const type = cell.type;
  const covered = type === ExcelJS.ValueType.Merge;
  const value = covered ? null : convertValue(cell.value);
  let formula: string | undefined;
  if (!covered && type === ExcelJS.ValueType.Formula) {
    const f = cell.formula;
    if (f) formula = f.replace(/^=/, '');
  }
  // The getters cell.fill, cell.numFmt, cell.font and cell.alignment all read cell.style.
  const style = cell.style as Partial<ExcelJS.Style> | undefined;
  const fill = fillOf(style, palette);
  if (value === null && !formula && !fill && !merge) return undefined;
  const out: Cell = { address: letters(col) + row, row, col, value };
  if (formula !== undefined) out.formula = formula;
  const numFmt = style?.numFmt;
  if (numFmt && numFmt !== 'General') out.numFmt = numFmt;
  if (fill) out.fill = fill;
  if (style?.font?.bold) out.bold = true;
  const indent = style?.alignment?.indent;
  if (typeof indent === 'number' && indent > 0) out.indent = indent;
  if (merge) out.merge = merge;
  return out;
}

function gridFromWorksheet(ws: ExcelJS.Worksheet, palette: readonly string[]): SheetGrid {
  const merges = mergesOf(ws);
  const mergeAt = new Map<number, string>();
  for (const range of merges) {
    const box = parseRange(range);
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) mergeAt.set(cellKey(r, c), range);
    }
  }

  const rows: (Cell | undefined)[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    const out: (Cell | undefined)[] = [];
    // Walk the row's own sparse cell list: eachCell({ includeEmpty }) would create a cell object
    // for every gap up to the last column, and without it styled empty cells are skipped.
    const cells = (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells;
    const visit = (cell: ExcelJS.Cell | undefined, c: number): void => {
      if (!cell) return;
      const read = readCell(cell, r, c, palette, mergeAt.size ? mergeAt.get(cellKey(r, c)) : undefined);
      if (read) out[c - 1] = read;
    };
    if (Array.isArray(cells)) {
      for (let i = 0; i < cells.length; i++) visit(cells[i], i + 1);
    } else row.eachCell({ includeEmpty: true }, visit);
    if (out.length > 0) rows[r - 1] = out;
  });

  const grid: SheetGrid = { name: ws.name, rows, merges };
  grid.state = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  return grid;
}
