import type { Cell, CellValue, SheetGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { columnLetters, toA1 } from '../grid/address';
import type { NewSheet } from '../grid/write-plan';
import type { XWorksheet } from './api';
import { dateToSerial, needsApostrophe, visibilityFromState } from './convert';
import { chunkRows, type RequestBatcher } from './batch';
import { ACTION_BYTES, jsonSize } from './payload';

/** Grouped writes: whole rectangles of values, and one range (or range area) per colour. */

/** What to put in `range.values` so Excel stores exactly this value (text stays text). */
export function officeInput(value: CellValue | undefined, formula?: string): string | number | boolean {
  if (formula !== undefined) return `=${formula}`;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return needsApostrophe(value) ? `'${value}` : value;
  if (value instanceof Date) return dateToSerial(value);
  if (isCellError(value)) return value.error;
  return value;
}

/** Rectangles covering the given cells: vertical runs of consecutive rows per column. */
export function cellRuns(cells: { row: number; col: number }[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const out: string[] = [];
  for (const [col, rows] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    let prev = sorted[0];
    for (const r of [...sorted.slice(1), Number.NaN]) {
      if (r === prev + 1) {
        prev = r;
        continue;
      }
      out.push(start === prev ? toA1(start, col) : `${toA1(start, col)}:${toA1(prev, col)}`);
      start = r;
      prev = r;
    }
  }
  return out;
}

/** Split addresses into comma-joined groups short enough for getRanges. */
function addressGroups(addresses: string[], maxLength = 2000): string[] {
  const groups: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + a.length + 1 > maxLength) {
      groups.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) groups.push(current);
  return groups;
}

/** Set (or clear, for null) the fill of many cells: one call per colour, not per cell. */
export async function writeFills(b: RequestBatcher, ws: XWorksheet, cells: { row: number; col: number; fill: string | null }[], supports: (v: string) => boolean): Promise<void> {
  const byColor = new Map<string, { row: number; col: number }[]>();
  for (const c of cells) {
    const key = c.fill === null ? '' : c.fill.toUpperCase();
    const list = byColor.get(key) ?? [];
    list.push(c);
    byColor.set(key, list);
  }
  for (const [color, list] of byColor) {
    const runs = cellRuns(list);
    // RangeAreas (ExcelApi 1.9) take many rectangles in one proxy; older hosts get one per run.
    const groups = supports('1.9') ? addressGroups(runs) : runs;
    for (const address of groups) {
      await b.add(ACTION_BYTES * 2 + address.length + color.length, () => {
        const fill = supports('1.9') ? ws.getRanges(address).format.fill : ws.getRange(address).format.fill;
        if (color === '') fill.clear();
        else fill.color = `#${color}`;
      });
    }
  }
}

async function writeBold(b: RequestBatcher, ws: XWorksheet, cells: { row: number; col: number }[], supports: (v: string) => boolean): Promise<void> {
  if (cells.length === 0) return;
  const runs = cellRuns(cells);
  if (supports('1.9')) for (const a of addressGroups(runs)) await b.add(ACTION_BYTES * 2 + a.length, () => (ws.getRanges(a).format.font.bold = true));
  else for (const a of runs) await b.add(ACTION_BYTES * 2 + a.length, () => (ws.getRange(a).format.font.bold = true));
}

function boundingBox(sheet: SheetGrid): { bottom: number; right: number; top: number; left: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  sheet.rows.forEach((line, ri) =>
    line?.forEach((c, ci) => {
      if (!c) return;
      top = Math.min(top, ri + 1);
      left = Math.min(left, ci + 1);
      bottom = Math.max(bottom, ri + 1);
      right = Math.max(right, ci + 1);
    }),
  );
  return bottom === 0 ? null : { top, left, bottom, right };
}

/** Excel character units → points (Calibri 11: 8.43 characters ≈ 48 pt). */
function charsToPoints(chars: number): number {
  return Math.round(chars * 5.69 * 100) / 100;
}

/**
 * Write a whole sheet's content into an (empty) worksheet with a handful of range operations:
 * one rectangle of values (and one of formats), split into row blocks only when it would not
 * fit in one request.
 */
export async function writeSheetContent(b: RequestBatcher, ws: XWorksheet, sheet: SheetGrid, supports: (v: string) => boolean, extra?: Omit<NewSheet, 'grid'>): Promise<void> {
  const box = boundingBox(sheet);
  if (box) {
    const cells: Cell[] = [];
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    let anyFormat = false;
    for (let r = box.top; r <= box.bottom; r++) {
      const vLine: (string | number | boolean)[] = [];
      const fLine: string[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const cell = sheet.rows[r - 1]?.[c - 1];
        if (cell) cells.push(cell);
        vLine.push(officeInput(cell?.value, cell?.formula));
        fLine.push(cell?.numFmt ?? 'General');
        if (cell?.numFmt) anyFormat = true;
      }
      values.push(vLine);
      formats.push(fLine);
    }
    const rowBytes = values.map((line, i) => jsonSize(line) + (anyFormat ? jsonSize(formats[i]) : 0));
    // Half the budget per block, so a block always shares its request with what came before.
    for (const [from, to] of chunkRows(rowBytes, b.budget / 2)) {
      const address = `${toA1(box.top + from, box.left)}:${toA1(box.top + to - 1, box.right)}`;
      let bytes = 2 * ACTION_BYTES + address.length;
      for (let i = from; i < to; i++) bytes += rowBytes[i] + 1;
      await b.add(bytes, () => {
        const range = ws.getRange(address);
        // Formats first, so a text format ("@") applies to the values written next.
        if (anyFormat) range.numberFormat = formats.slice(from, to);
        range.formulas = values.slice(from, to);
      });
    }
    const filled = cells.filter((c) => c.fill).map((c) => ({ row: c.row, col: c.col, fill: c.fill as string }));
    if (filled.length > 0) await writeFills(b, ws, filled, supports);
    await writeBold(b, ws, cells.filter((c) => c.bold), supports);
    for (const m of sheet.merges) await b.add(ACTION_BYTES * 2 + m.length, () => ws.getRange(m).merge(false));
  }
  for (const [i, w] of (extra?.columnWidths ?? []).entries()) {
    if (w > 0) await b.add(ACTION_BYTES * 2, () => (ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = charsToPoints(w)));
  }
  const print = extra?.print;
  if (print && supports('1.9')) await b.add(ACTION_BYTES, () => (ws.pageLayout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait'));
  const state = sheet.state;
  if (state && state !== 'visible') await b.add(ACTION_BYTES, () => (ws.visibility = visibilityFromState(state)));
}
