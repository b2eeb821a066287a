import type { Cell, CellValue, SheetGrid } from '../grid/types';
import type { CellStyle, NewSheet } from '../grid/write-plan';
import { parseA1, toA1 } from '../grid/address';

/**
 * Builds one generated sheet: cells with number formats, bold, fills and indents (Cell), plus
 * the extra styles (rules, wrapping, fonts) and row heights a NewSheet carries. Values keep
 * their type: numbers stay numbers, every text stays a string (the adapters protect strings
 * that Excel would read as formulas).
 */

/** Thousands of kronor and counts: Excel shows the user's own separators with "#,##0". */
export const FMT_INTEGER = '#,##0';
/** Rates as printed, one decimal. */
export const FMT_RATE = '0.0';
/** A percentage kept in per-cent units (97 → "97 %"); the quoted space is literal text. */
export const FMT_PERCENT_UNITS = '0" %"';

export const GREY = '808080';
export const TITLE_SIZE = 13;
export const NOTE_SIZE = 8;
/** Default row height in points for 11 pt Calibri. */
const LINE_HEIGHT = 15;
/** Excel's width unit is one digit; estimate conservatively (bold headers, substitute fonts) so wrapped text is never clipped. */
const CHARS_PER_UNIT = 0.95;
/** Excel caps a row at 409 points. */
const MAX_ROW_HEIGHT = 409;

export interface CellOptions {
  numFmt?: string;
  bold?: boolean;
  fill?: string;
  indent?: number;
  style?: CellStyle;
}

export class SheetBuilder {
  private readonly rows: (Cell | undefined)[][] = [];
  private readonly styles: Record<string, CellStyle> = {};
  private readonly merges: string[] = [];
  private lastRow = 0;

  constructor(private readonly widths: number[]) {}

  /** The last row written (0 before anything). */
  get row(): number {
    return this.lastRow;
  }

  /** Leave `n` empty rows and return the next row to write. */
  skip(n = 1): number {
    this.lastRow += n;
    return this.lastRow;
  }

  /** The next row number, advancing the cursor. */
  next(): number {
    this.lastRow += 1;
    return this.lastRow;
  }

  set(row: number, col: number, value: CellValue, opts: CellOptions = {}): void {
    if (row > this.lastRow) this.lastRow = row;
    const empty = value === null || value === '';
    // An empty cell is still written when it carries a signal colour (a dot without text).
    if (empty && !opts.fill) {
      if (opts.style && Object.keys(opts.style).length > 0) this.addStyle(row, col, opts.style);
      return;
    }
    const address = toA1(row, col);
    const cell: Cell = { address, row, col, value: empty ? null : value };
    if (opts.numFmt && typeof value === 'number') cell.numFmt = opts.numFmt;
    if (opts.bold) cell.bold = true;
    if (opts.fill) cell.fill = opts.fill;
    if (opts.indent) cell.indent = opts.indent;
    const line = (this.rows[row - 1] ??= []);
    line[col - 1] = cell;
    if (opts.style && Object.keys(opts.style).length > 0) this.addStyle(row, col, opts.style);
  }

  /** Merge style into a cell's style (a rule on an empty cell is allowed). */
  addStyle(row: number, col: number, style: CellStyle): void {
    const a = toA1(row, col);
    const prev = this.styles[a] ?? {};
    const border = style.border || prev.border ? { ...prev.border, ...style.border } : undefined;
    this.styles[a] = { ...prev, ...style, ...(border ? { border } : {}) };
  }

  /** A thin rule along the top or bottom of columns 1..lastCol of a row. */
  rule(row: number, edge: 'top' | 'bottom', lastCol: number): void {
    for (let c = 1; c <= lastCol; c++) this.addStyle(row, c, { border: { [edge]: 'thin' } });
  }

  /** Merge columns from..to of one row; the value stays in the first cell. */
  mergeAcross(row: number, from: number, to: number): void {
    if (to <= from) return;
    const range = `${toA1(row, from)}:${toA1(row, to)}`;
    this.merges.push(range);
    const master = this.rows[row - 1]?.[from - 1];
    if (master) master.merge = range;
  }

  build(name: string, print: NewSheet['print'] = { orientation: 'portrait', fitToWidth: true }): NewSheet {
    const grid: SheetGrid = { name, rows: this.rows.map((r) => r ?? []), merges: [...this.merges] };
    const sheet: NewSheet = { grid, columnWidths: [...this.widths], print, styles: { ...this.styles } };
    const heights = this.rowHeights();
    if (Object.keys(heights).length > 0) sheet.rowHeights = heights;
    return sheet;
  }

  /** Rows whose wrapped text needs more than one line, estimated from the column widths. */
  private rowHeights(): Record<number, number> {
    const out: Record<number, number> = {};
    const spans = this.mergeSpans();
    this.rows.forEach((line, i) => {
      if (!line) return;
      const row = i + 1;
      let height = LINE_HEIGHT;
      let wrapped = false;
      for (const cell of line) {
        if (!cell || typeof cell.value !== 'string') continue;
        const style = this.styles[cell.address];
        if (!style?.wrap) continue;
        const width = spans.get(cell.address) ?? this.widths[cell.col - 1] ?? 10;
        const size = style.fontSize ?? 11;
        const perLine = (width * CHARS_PER_UNIT * 11) / (size * (cell.bold ? 1.05 : 1));
        const lines = textLines(cell.value, perLine);
        if (lines > 1) wrapped = true;
        height = Math.max(height, lines * LINE_HEIGHT * (size / 11));
      }
      if (wrapped && height > LINE_HEIGHT) out[row] = Math.min(MAX_ROW_HEIGHT, Math.ceil(height));
    });
    return out;
  }

  private mergeSpans(): Map<string, number> {
    const spans = new Map<string, number>();
    for (const range of this.merges) {
      const [a, b] = range.split(':');
      const from = parseA1(a).col;
      const to = parseA1(b).col;
      let w = 0;
      for (let c = from; c <= to; c++) w += this.widths[c - 1] ?? 10;
      spans.set(a, w);
    }
    return spans;
  }
}

/** Lines a text needs at a given number of characters per line, breaking at spaces. */
export function textLines(text: string, perLine: number): number {
  const max = Math.max(1, Math.floor(perLine));
  let total = 0;
  for (const para of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const len = word.length;
      if (used === 0) {
        used = len;
      } else if (used + 1 + len <= max) {
        used += 1 + len;
      } else {
        lines++;
        used = len;
      }
      while (used > max) {
        lines++;
        used -= max;
      }
    }
    total += lines;
  }
  return total;
}
