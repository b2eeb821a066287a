import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { parseRange, toA1 } from '../grid/address';
import type { XCellProps, XClientResult, XContext, XRange, XRangeAreas, XRowProps } from './api';
import { fromOfficeColor, serialToDate, stateFromVisibility, isDateFormat } from './convert';

/**
 * Read every sheet's used range into a WorkbookGrid in a constant number of syncs: one for the
 * sheet list, one for the used-range sizes, one for the contents of all sheets together. The
 * content load is split only when it would exceed the cell budget that keeps a response under
 * Excel on the web's ~5 MB payload limit (so the count grows with cells, never with sheets).
 */

export interface ReadOptions {
  /** ExcelApi requirement-set check; fills, bold, indent and hidden rows need 1.9, merges 1.13. */
  supports?: (version: string) => boolean;
  /** Cells per content sync (values, formulas, formats and cell properties). */
  cellBudget?: number;
  /** Skip sheets whose name matches (the tool's own state is read separately if wanted). */
  skipSheet?: (name: string) => boolean;
}

/** ~150 bytes per cell with all properties: 30 000 cells stay well under 5 MB. */
export const DEFAULT_CELL_BUDGET = 30_000;

interface Block {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface PendingBlock {
  block: Block;
  range: XRange;
  props?: XClientResult<XCellProps[][]>;
  rowProps?: XClientResult<XRowProps[]>;
  merges?: XRangeAreas;
}

/** Split a sheet's used range into row blocks of at most `budget` cells. */
function splitBlocks(sheet: number, top: number, left: number, rows: number, cols: number, budget: number): Block[] {
  const perBlock = Math.max(1, Math.floor(budget / Math.max(1, cols)));
  const out: Block[] = [];
  for (let r = 0; r < rows; r += perBlock) {
    out.push({ sheet, top: top + r, left, bottom: top + Math.min(rows, r + perBlock) - 1, right: left + cols - 1 });
  }
  return out;
}

/**
 * Pack blocks into batches of at most `budget` cells, keeping sheet order; a block that does not
 * fit in what is left of a batch is split at a row boundary so batches are filled.
 */
function packBatches(blocks: Block[], budget: number): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let size = 0;
  const queue = [...blocks];
  while (queue.length > 0) {
    const b = queue.shift() as Block;
    const cols = b.right - b.left + 1;
    const cells = (b.bottom - b.top + 1) * cols;
    if (size + cells <= budget) {
      current.push(b);
      size += cells;
      continue;
    }
    // A row wider than the whole budget still goes alone, one row per batch.
    const rowsThatFit = current.length === 0 ? Math.max(1, Math.floor(budget / cols)) : Math.floor((budget - size) / cols);
    if (rowsThatFit > 0) {
      current.push({ ...b, bottom: b.top + rowsThatFit - 1 });
      queue.unshift({ ...b, top: b.top + rowsThatFit });
    } else {
      queue.unshift(b);
    }
    batches.push(current);
    current = [];
    size = 0;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function toCellValue(raw: unknown, type: string | undefined, numFmt: string | undefined): CellValue {
  if (type === 'Empty' || raw === '' || raw === null || raw === undefined) return null;
  if (type === 'Error') return { error: String(raw) };
  if (typeof raw === 'number' && numFmt && isDateFormat(numFmt)) return serialToDate(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}

export async function readWorkbookGrid(ctx: XContext, opts: ReadOptions = {}): Promise<WorkbookGrid> {
  const supports = opts.supports ?? (() => false);
  const budget = opts.cellBudget ?? DEFAULT_CELL_BUDGET;
  const withProps = supports('1.9');
  const withMerges = supports('1.13');

  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await ctx.sync();

  const sheetList = worksheets.items.filter((ws) => !opts.skipSheet?.(ws.name));
  const used = sheetList.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(false);
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    return r;
  });
  await ctx.sync();

  const grids: SheetGrid[] = sheetList.map((ws) => ({
    name: ws.name,
    rows: [],
    merges: [],
    state: stateFromVisibility(ws.visibility),
  }));

  const blocks: Block[] = [];
  used.forEach((r, i) => {
    if (r.isNullObject) return;
    blocks.push(...splitBlocks(i, r.rowIndex + 1, r.columnIndex + 1, r.rowCount, r.columnCount, budget));
  });

  const mergesSeen = new Set<number>();
  for (const batch of packBatches(blocks, budget)) {
    const pending: PendingBlock[] = batch.map((block) => {
      const range = sheetList[block.sheet].getRange(`${toA1(block.top, block.left)}:${toA1(block.bottom, block.right)}`);
      range.load('values,formulas,numberFormat,valueTypes');
      const p: PendingBlock = { block, range };
      if (withProps) {
        p.props = range.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true }, indentLevel: true } });
        p.rowProps = range.getRowProperties({ rowIndex: true, rowHidden: true });
      }
      if (withMerges && !mergesSeen.has(block.sheet)) {
        mergesSeen.add(block.sheet);
        p.merges = used[block.sheet].getMergedAreasOrNullObject();
        p.merges.load('address');
      }
      return p;
    });
    // One sync per batch; there is more than one batch only for workbooks above the payload budget.
    await ctx.sync();
    for (const p of pending) collectBlock(grids[p.block.sheet], p);
  }
  return { sheets: grids };
}

function collectBlock(sheet: SheetGrid, p: PendingBlock): void {
  const { block, range } = p;
  putCells(sheet, block.top, block.left, {
    values: range.values,
    formulas: range.formulas,
    formats: range.numberFormat,
    types: range.valueTypes,
    props: p.props?.value,
  });
  const hidden = p.rowProps?.value.filter((r) => r.rowHidden).map((r) => (r.rowIndex ?? 0) + 1) ?? [];
  if (hidden.length > 0) sheet.hiddenRows = [...(sheet.hiddenRows ?? []), ...hidden];
  if (p.merges && !p.merges.isNullObject) {
    for (const part of p.merges.address.split(',')) {
      const a1 = part.trim().replace(/^.*!/, '').replace(/\$/g, '');
      if (!a1) continue;
      sheet.merges.push(a1);
      const box = parseRange(a1);
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          const cell = sheet.rows[r - 1]?.[c - 1];
          if (cell) cell.merge = a1;
        }
      }
    }
  }
}

export interface LoadedCells {
  values: unknown[][];
  formulas: unknown[][];
  formats: unknown[][];
  types: string[][];
  props?: XCellProps[][];
}

/** Turn loaded range matrices (top-left at row `top`, column `left`) into grid cells. */
export function putCells(sheet: SheetGrid, top: number, left: number, m: LoadedCells): void {
  m.values.forEach((line, i) => {
    const row = top + i;
    line.forEach((raw, j) => {
      const col = left + j;
      const fmtRaw = m.formats[i]?.[j];
      const numFmt = typeof fmtRaw === 'string' && fmtRaw !== 'General' ? fmtRaw : undefined;
      const value = toCellValue(raw, m.types[i]?.[j], numFmt);
      const f = m.formulas[i]?.[j];
      const formula = typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f.slice(1) : undefined;
      const cp = m.props?.[i]?.[j]?.format;
      const fill = fromOfficeColor(cp?.fill?.color, cp?.fill?.pattern);
      const indent = cp?.indentLevel ?? 0;
      if (value === null && formula === undefined && fill === undefined) return;
      const cell: Cell = { address: toA1(row, col), row, col, value };
      if (formula !== undefined) cell.formula = formula;
      if (numFmt) cell.numFmt = numFmt;
      if (fill) cell.fill = fill;
      if (cp?.font?.bold === true) cell.bold = true;
      if (indent > 0) cell.indent = indent;
      (sheet.rows[row - 1] ??= [])[col - 1] = cell;
    });
  });
}
