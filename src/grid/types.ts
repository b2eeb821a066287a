/**
 * The grid layer: what every adapter (ExcelJS, Office.js, the in-browser fake) reads a
 * workbook into, and what the pure core works on. Addresses are A1 strings, rows and columns
 * are 1-based as in Excel.
 */

/** An Excel error value such as `#REF!` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | Date | CellError | null;

export interface Cell {
  /** A1 address within its sheet, e.g. "B5". */
  address: string;
  row: number;
  col: number;
  /** The value Excel shows (for a formula: its cached result; null when never calculated). */
  value: CellValue;
  /** Formula without the leading "=", when the cell holds one. */
  formula?: string;
  /** Excel number format code, e.g. "#,##0" or "0.0"; absent means General. */
  numFmt?: string;
  /** Solid fill colour as 6-digit RGB hex without '#', upper case, e.g. "00B050". */
  fill?: string;
  bold?: boolean;
  /** Indent level (Excel's alignment indent). */
  indent?: number;
  /** The merged range this cell belongs to (master or covered cell), e.g. "A5:A6". */
  merge?: string;
}

export interface SheetGrid {
  name: string;
  /** Sparse rows: rows[r - 1][c - 1]; holes and missing rows are empty cells. */
  rows: (Cell | undefined)[][];
  /** Merged ranges in A1 notation. */
  merges: string[];
  /** 'visible' | 'hidden' | 'veryHidden' */
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Rows hidden by the user (1-based). */
  hiddenRows?: number[];
  /** Columns hidden by the user (1-based, ascending). */
  hiddenColumns?: number[];
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}
