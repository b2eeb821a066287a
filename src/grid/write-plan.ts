import type { CellValue, SheetGrid } from './types';

/**
 * What the core asks an adapter to write. The core never writes itself: fill and report build
 * a WritePlan, and each adapter (ExcelJS, Office.js) applies it in grouped operations.
 */

export interface CellEdit {
  sheet: string;
  /** A1 address. */
  cell: string;
  value: string | number | null;
  /** 6-digit RGB fill without '#'; null clears the fill; undefined leaves it. */
  fill?: string | null;
}

/**
 * Formatting a generated sheet needs beyond what Cell carries (Cell keeps value, number format,
 * fill, bold and indent). Optional throughout: an adapter that ignores a field still writes a
 * correct, if plainer, sheet.
 */
export interface CellStyle {
  /** Thin rules on the cell's edges (the report's table rules). */
  border?: { top?: 'thin'; bottom?: 'thin' };
  /** Wrap text within the column width. */
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  italic?: boolean;
  /** Font colour as 6-digit RGB hex without '#', e.g. "808080". */
  fontColor?: string;
  /** Font size in points (absent: the workbook default, 11). */
  fontSize?: number;
}

export interface NewSheet {
  grid: SheetGrid;
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths?: number[];
  /** Print setup: A4 portrait, fit to one page wide. */
  print?: { orientation: 'portrait' | 'landscape'; fitToWidth?: boolean };
  /** Extra formatting by A1 address (borders, wrapping, alignment, font colour and size). */
  styles?: Record<string, CellStyle>;
  /**
   * Row heights in points by 1-based row number, for rows whose wrapped text needs more than
   * one line (Excel does not grow a row to fit wrapped text written by a file writer).
   */
  rowHeights?: Record<number, number>;
}

export interface WritePlan {
  /** Edits of existing cells (only cells the tool owns). */
  edits: CellEdit[];
  /** Sheets the tool generates; an existing sheet of the same name is replaced only if listed in deleteSheets. */
  addSheets: NewSheet[];
  /** Names of tool-generated sheets to remove before adding. */
  deleteSheets: string[];
  /** The tool's state, persisted in its veryHidden sheet (see src/grid/tool-state.ts). */
  state?: unknown;
}

/** What a cell held before an edit, so the pane can undo. */
export interface PriorCell {
  sheet: string;
  cell: string;
  value: CellValue;
  fill?: string | null;
}

/**
 * Text that Excel would read as a formula or a number must be written as text. ExcelJS writes
 * strings as shared strings already; Office.js needs the number format "@" or a leading
 * apostrophe. Both adapters call this to decide.
 */
export function needsTextProtection(value: unknown): value is string {
  return typeof value === 'string' && /^[=+\-@]/.test(value);
}

export function emptyPlan(): WritePlan {
  return { edits: [], addSheets: [], deleteSheets: [] };
}
