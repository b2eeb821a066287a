import { columnLetters, formatRange, type RangeBox } from '../grid/address';
import type { RowMapping, TableMapping, UnmappedRegion } from '../model/mapping-types';
import type { SheetView } from './sheet-view';

/**
 * Which cells of a sheet the mapping has accounted for: boxes kept as four numbers each in one
 * flat array (top, bottom, left, right), not as objects of the several shapes callers pass in.
 */
export interface Coverage {
  add(box: RangeBox): void;
  addRow(row: number): void;
  has(row: number, col: number): boolean;
  /** Whether one box holds every column from left to right of the row (then `has` is true for each). */
  hasSpan(row: number, left: number, right: number): boolean;
}

/** Nothing covered yet. (Closures in one literal, not a class: see SheetView on shapes and GC.) */
export function emptyCoverage(): Coverage {
  const edges: number[] = [];
  return {
    add: (box) => {
      edges.push(box.top, box.bottom, box.left, box.right);
    },
    addRow: (row) => {
      edges.push(row, row, 1, Number.MAX_SAFE_INTEGER);
    },
    has: (row, col) => {
      for (let i = 0; i < edges.length; i += 4) if (row >= edges[i] && row <= edges[i + 1] && col >= edges[i + 2] && col <= edges[i + 3]) return true;
      return false;
    },
    hasSpan: (row, left, right) => {
      for (let i = 0; i < edges.length; i += 4) if (row >= edges[i] && row <= edges[i + 1] && left >= edges[i + 2] && right <= edges[i + 3]) return true;
      return false;
    },
  };
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
    // Only a cell holding a string can be a paragraph: most cells are numbers or short labels.
    // Cleaning only shortens a text: a raw string shorter than minLength is not cleaned to see.
    for (const c of view.stringCols(r)) {
      if ((view.raw(r, c) as string).length >= minLength && view.text(r, c).length >= minLength && !coverage.has(r, c)) {
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

/** A filled cell neither covered nor hidden under a merge. */
function isLeftOver(view: SheetView, coverage: Coverage, r: number, c: number): boolean {
  return !coverage.has(r, c) && !view.master(r, c);
}

/** Non-empty blocks the mapping did not account for, one region per block of adjacent rows. */
export function uncoveredRegions(view: SheetView, coverage: Coverage, reason: string): UnmappedRegion[] {
  const out: UnmappedRegion[] = [];
  // The open block's box (top 0: none open), grown row by row.
  let top = 0;
  let bottom = 0;
  let boxLeft = 0;
  let boxRight = 0;
  let gap = 0;
  for (let r = 1; r <= view.maxRow; r++) {
    let left = Infinity;
    let right = -Infinity;
    if (!rowCovered(view, coverage, r)) {
      // The leftmost and rightmost cells left over (the row's columns ascend): scanned from each end.
      const cols = view.filledCols(r);
      let i = 0;
      while (i < cols.length && !isLeftOver(view, coverage, r, cols[i])) i++;
      if (i < cols.length) {
        left = cols[i];
        let j = cols.length - 1;
        while (!isLeftOver(view, coverage, r, cols[j])) j--;
        right = cols[j];
      }
    }
    if (left === Infinity) {
      if (top > 0 && ++gap > 1) {
        out.push({ sheet: view.name, range: formatRange({ top, left: boxLeft, bottom, right: boxRight }), reason });
        top = 0;
      }
      continue;
    }
    gap = 0;
    if (top === 0) {
      top = r;
      boxLeft = left;
      boxRight = right;
    } else {
      boxLeft = Math.min(boxLeft, left);
      boxRight = Math.max(boxRight, right);
    }
    bottom = r;
  }
  if (top > 0) out.push({ sheet: view.name, range: formatRange({ top, left: boxLeft, bottom, right: boxRight }), reason });
  return out;
}
