import { parseRange } from '../grid/address';
import { getCell } from '../grid/sheet';
import type { Cell, CellValue, SheetGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { cleanText } from './normalize';

/**
 * A read-only view of one sheet for the mapper: values with merged cells resolved to their
 * master, text of a cell, the sheet's extent. Merges matter for headers ("Utfall" over two
 * year columns) and goal cells spanning several indicator rows.
 */
export class SheetView {
  readonly name: string;
  readonly maxRow: number;
  readonly maxCol: number;
  private readonly masterOf = new Map<string, { row: number; col: number; top: number; left: number; bottom: number; right: number }>();

  constructor(readonly sheet: SheetGrid) {
    this.name = sheet.name;
    let maxCol = 0;
    let maxRow = 0;
    sheet.rows.forEach((r, i) => {
      if (!r) return;
      r.forEach((c, j) => {
        if (c && !isEmptyValue(c.value)) {
          maxRow = Math.max(maxRow, i + 1);
          maxCol = Math.max(maxCol, j + 1);
        }
      });
    });
    this.maxRow = maxRow;
    this.maxCol = maxCol;
    for (const m of sheet.merges) {
      let box;
      try {
        box = parseRange(m);
      } catch {
        continue;
      }
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++)
          if (r !== box.top || c !== box.left) this.masterOf.set(`${r}:${c}`, { row: box.top, col: box.left, ...box });
    }
  }

  cell(row: number, col: number): Cell | undefined {
    return getCell(this.sheet, row, col);
  }

  /** The merged range's master when (row, col) is a covered cell of a merge. */
  master(row: number, col: number): { row: number; col: number; top: number; left: number; bottom: number; right: number } | undefined {
    return this.masterOf.get(`${row}:${col}`);
  }

  /** The raw value, without merge resolution. */
  raw(row: number, col: number): CellValue {
    const v = this.cell(row, col)?.value;
    return v === undefined ? null : v;
  }

  /** The value, a covered merge cell showing its master's value. */
  value(row: number, col: number): CellValue {
    const own = this.raw(row, col);
    if (!isEmptyValue(own)) return own;
    const m = this.master(row, col);
    return m ? this.raw(m.row, m.col) : own;
  }

  private readonly texts = new Map<number, string>();

  /** Cleaned display text of a cell ("" when empty). */
  text(row: number, col: number, resolveMerge = false): string {
    if (resolveMerge) return valueText(this.value(row, col));
    const key = row * 20000 + col;
    let t = this.texts.get(key);
    if (t === undefined) this.texts.set(key, (t = valueText(this.raw(row, col))));
    return t;
  }

  isEmpty(row: number, col: number): boolean {
    return isEmptyValue(this.raw(row, col));
  }

  rowIsEmpty(row: number, left = 1, right = this.maxCol): boolean {
    for (let c = left; c <= right; c++) if (!this.isEmpty(row, c)) return false;
    return true;
  }

  /** Columns of a row that hold something. */
  filledCols(row: number, left = 1, right = this.maxCol): number[] {
    const out: number[] = [];
    for (let c = left; c <= right; c++) if (!this.isEmpty(row, c)) out.push(c);
    return out;
  }
}

export function isEmptyValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

export function valueText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'SANT' : 'FALSKT';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return '';
}
