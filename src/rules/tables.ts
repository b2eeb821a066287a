import type { Column, Figure, Row, SourceRef } from '../model/types';
import type { Cell, WorkbookGrid } from '../grid/types';
import { isCellError } from '../grid/types';
import { parseRange, toA1 } from '../grid/address';
import { findSheet } from '../grid/sheet';

/** Small read helpers over model tables, shared by the rules. */

export function hasValue(f: Figure | undefined): f is Figure & { value: number } {
  return !!f && typeof f.value === 'number' && Number.isFinite(f.value) && f.problem !== 'error-value';
}

export function columnByRole<C extends string>(columns: readonly Column<C>[], role: C): Column<C> | undefined {
  return columns.find((c) => c.role === role);
}

export function rowsByRole<R extends string, C extends string>(rows: readonly Row<R, C>[], ...roles: R[]): Row<R, C>[] {
  return rows.filter((r) => roles.includes(r.role));
}

/** "Verksamhetens kostnader, Budget 2024" */
export function cellLabel(row: { label: string }, column: { header: string } | undefined): string {
  const label = squeeze(row.label);
  const header = column && squeeze(column.header);
  return header ? `${label}, ${header}` : label;
}

/** White space other than a single inner space: only then does squeezing change the text. */
const UNSQUEEZED = /[^\S ]| {2}|^ | $/;

/** Runs of white space as one space, trimmed (most labels already are: test before rebuilding). */
function squeeze(text: string): string {
  return UNSQUEEZED.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

export function columnHeader<C extends string>(columns: readonly Column<C>[], role: C, fallback: string): string {
  return columnByRole(columns, role)?.header.replace(/\s+/g, ' ').trim() || fallback;
}

export function refKey(ref: SourceRef): string {
  return `${ref.sheet}!${ref.cell}`;
}

/** All figures of a table's rows, with their row and column role. */
export function* figuresOf<R extends string, C extends string>(
  rows: readonly Row<R, C>[],
): Generator<{ row: Row<R, C>; role: C; figure: Figure }> {
  for (const row of rows) {
    for (const [role, figure] of Object.entries(row.values) as [C, Figure | undefined][]) {
      if (figure) yield { row, role, figure };
    }
  }
}

/** The most rows and columns of a mapped table that a cell-by-cell scan visits (a damaged range stays bounded). */
const SCAN_ROWS = 5000;
const SCAN_COLS = 200;

/**
 * Every filled cell inside a mapped table's range, also those the mapping did not turn into
 * figures (a spacer column, a left-out row); bounded, and nothing for a range that does not parse.
 */
export function forEachTableCell(workbook: WorkbookGrid, table: { sheet: string; range: string }, visit: (cell: Cell, ref: SourceRef) => void): void {
  forEachTableCellWhere(workbook, table, () => true, visit);
}

/**
 * forEachTableCell for the cells that pass `test` only, in the same order: the reference (an A1
 * string and an object) is built only for those. The cell rules look for a few error or
 * uncalculated cells among thousands.
 */
export function forEachTableCellWhere(workbook: WorkbookGrid, table: { sheet: string; range: string }, test: (cell: Cell) => boolean, visit: (cell: Cell, ref: SourceRef) => void): void {
  const sheet = findSheet(workbook, table.sheet);
  if (!sheet) return;
  let box;
  try {
    box = parseRange(table.range);
  } catch {
    return;
  }
  const lastRow = Math.min(box.bottom, box.top + SCAN_ROWS, sheet.rows.length);
  for (let r = box.top; r <= lastRow; r++) {
    const line = sheet.rows[r - 1];
    if (!line) continue;
    const lastCol = Math.min(box.right, box.left + SCAN_COLS, line.length);
    for (let c = box.left; c <= lastCol; c++) {
      const cell = line[c - 1];
      if (cell && test(cell)) visit(cell, { sheet: table.sheet, cell: toA1(r, c) });
    }
  }
}

/** A cell the cell rules look at: an error value, or a formula without a saved value. */
function odd(cell: Cell): boolean {
  return (cell.value === null && !!cell.formula) || isCellError(cell.value);
}

/**
 * The error cells and uncalculated formula cells inside a mapped table's range, in
 * forEachTableCell's order: one scan per table and validate call, shared by cells/error-value and
 * cells/uncalculated-formula (each filters for its own kind).
 */
export function oddTableCells(
  ctx: { workbook: WorkbookGrid; shared: Map<string, unknown> },
  table: { sheet: string; range: string },
): readonly { cell: Cell; ref: SourceRef }[] {
  let byTable = ctx.shared.get('oddTableCells') as Map<object, { cell: Cell; ref: SourceRef }[]> | undefined;
  if (!byTable) ctx.shared.set('oddTableCells', (byTable = new Map()));
  let list = byTable.get(table);
  if (!list) {
    const out: { cell: Cell; ref: SourceRef }[] = [];
    forEachTableCellWhere(ctx.workbook, table, odd, (cell, ref) => out.push({ cell, ref }));
    byTable.set(table, (list = out));
  }
  return list;
}
