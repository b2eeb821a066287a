import { columnLetters, formatRange, type RangeBox } from '../grid/address';
import type { RowMapping, TableMapping, UnmappedRegion } from '../model/mapping-types';
import type { SheetView } from './sheet-view';

/** Which cells of a sheet the mapping has accounted for. */
export class Coverage {
  private readonly boxes: RangeBox[] = [];
  add(box: RangeBox): void {
    this.boxes.push(box);
  }
  addRow(row: number): void {
    this.boxes.push({ top: row, bottom: row, left: 1, right: Number.MAX_SAFE_INTEGER });
  }
  has(row: number, col: number): boolean {
    for (const b of this.boxes) if (row >= b.top && row <= b.bottom && col >= b.left && col <= b.right) return true;
    return false;
  }
  /** Whether one box holds every column from left to right of the row (then `has` is true for each). */
  hasSpan(row: number, left: number, right: number): boolean {
    for (const b of this.boxes) if (row >= b.top && row <= b.bottom && left >= b.left && right <= b.right) return true;
    return false;
  }
}

/** A row none of whose filled cells is left: one box covers them all (most rows of a mapped sheet). */
function rowCovered(view: SheetView, coverage: Coverage, r: number): boolean {
  const cols = view.filledCols(r);
  return cols.length > 0 && coverage.hasSpan(r, cols[0], cols[cols.length - 1]);
}

const PROSE = 80;

/**
 * Running text outside the tables (a "Kommentarer" sheet, analysis paragraphs under a table)
 * becomes a narrative table: one paragraph per long text cell, its section from a short text to
 * its left or the last short heading above it.
 */
export function proseTable(view: SheetView, coverage: Coverage, minLength = PROSE): TableMapping | undefined {
  const paragraphs: { row: number; col: number }[] = [];
  for (let r = 1; r <= view.maxRow; r++) {
    if (rowCovered(view, coverage, r)) continue;
    for (const c of view.filledCols(r)) {
      // Cheapest test first: most cells are numbers or short labels.
      if (typeof view.raw(r, c) === 'string' && view.text(r, c).length >= minLength && !coverage.has(r, c)) {
        paragraphs.push({ row: r, col: c });
        break;
      }
    }
  }
  if (paragraphs.length === 0) return undefined;
  const counts = new Map<number, number>();
  for (const p of paragraphs) counts.set(p.col, (counts.get(p.col) ?? 0) + 1);
  const textCol = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const sectionCol = textCol > 1 && paragraphs.some((p) => !view.isEmpty(p.row, textCol - 1)) ? textCol - 1 : undefined;
  const rows: RowMapping[] = [];
  const first = paragraphs[0].row;
  const last = paragraphs[paragraphs.length - 1].row;
  let top = first;
  // A short heading just above the first paragraph belongs to it.
  for (let r = first - 1; r >= Math.max(1, first - 2); r--) {
    const cols = view.filledCols(r).filter((c) => !coverage.has(r, c));
    if (cols.length === 1 && view.text(r, cols[0]).length < minLength) top = r;
    if (cols.length) break;
  }
  for (let r = top; r <= last; r++) {
    const cols = view.filledCols(r).filter((c) => !coverage.has(r, c));
    if (cols.length === 0) continue;
    const p = paragraphs.find((x) => x.row === r);
    if (p) rows.push({ row: r, label: `${view.text(r, p.col).slice(0, 60)}…`, role: 'paragraph' });
    else rows.push({ row: r, label: view.text(r, cols[0]), role: 'heading' });
  }
  const left = Math.min(sectionCol ?? textCol, ...rows.map((r) => view.filledCols(r.row)[0] ?? textCol));
  const right = Math.max(textCol, ...rows.map((r) => Math.max(...view.filledCols(r.row))));
  const columns = [{ col: textCol, letter: columnLetters(textCol), header: '', role: 'text' }];
  if (sectionCol) columns.unshift({ col: sectionCol, letter: columnLetters(sectionCol), header: '', role: 'section' });
  return {
    kind: 'narrative',
    sheet: view.name,
    range: formatRange({ top, left, bottom: last, right }),
    confidence: 0.5,
    headerRows: [],
    unit: 'count',
    rows,
    columns,
  };
}

/** Non-empty blocks the mapping did not account for, one region per block of adjacent rows. */
export function uncoveredRegions(view: SheetView, coverage: Coverage, reason: string): UnmappedRegion[] {
  const out: UnmappedRegion[] = [];
  let box: RangeBox | undefined;
  let gap = 0;
  const flush = () => {
    if (box) out.push({ sheet: view.name, range: formatRange(box), reason });
    box = undefined;
  };
  for (let r = 1; r <= view.maxRow; r++) {
    let left = Infinity;
    let right = -Infinity;
    if (!rowCovered(view, coverage, r)) {
      for (const c of view.filledCols(r)) {
        if (coverage.has(r, c) || view.master(r, c)) continue;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    if (left === Infinity) {
      if (box && ++gap > 1) flush();
      continue;
    }
    gap = 0;
    if (!box) box = { top: r, bottom: r, left, right };
    else box = { top: box.top, bottom: r, left: Math.min(box.left, left), right: Math.max(box.right, right) };
  }
  flush();
  return out;
}
