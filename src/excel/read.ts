import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { parseRange, toA1 } from '../grid/address';
import type { XCellProps, XClientResult, XContext, XRange, XRangeAreas, XRowProps } from './api';
import { fromOfficeColor, serialToDate, stateFromVisibility, isDateFormat } from './convert';

/**
 * Read every sheet's used range into a WorkbookGrid in a constant number of syncs: one for the
 * sheet list, one for the contents of all sheets together. When that response would exceed
 * Excel on the web's ~5 MB payload limit (the host refuses it), the read measures the used
 * ranges (one sync) and loads them in chunks of a cell budget — so the count grows with cells,
 * never with sheets.
 */

export interface ReadOptions {
  /** ExcelApi requirement-set check; fills, bold, indent and hidden rows need 1.9, merges 1.13. */
  supports?: (version: string) => boolean;
  /** Cells per content sync (values, formulas, formats and cell properties). */
  cellBudget?: number;
  /**
   * Try reading everything in one content sync first (default). Pass false when the workbook is
   * known to be larger than one response may carry, to go straight to the measured, chunked read.
   */
  optimistic?: boolean;
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
  const grids: SheetGrid[] = sheetList.map((ws) => ({
    name: ws.name,
    rows: [],
    merges: [],
    state: stateFromVisibility(ws.visibility),
  }));

  // Usually everything fits in one response: read all used ranges at once (2 syncs in all).
  if (opts.optimistic !== false) {
    const pending = sheetList.map((ws, i): PendingBlock => {
      // getUsedRange (not …OrNullObject) gives A1 for an empty sheet, so the batch never
      // calls a method on a null object.
      const range = ws.getUsedRange(false);
      range.load('rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat,valueTypes');
      return queueExtras({ block: { sheet: i, top: 0, left: 0, bottom: 0, right: 0 }, range }, range, withProps, withMerges);
    });
    try {
      await ctx.sync();
      for (const p of pending) {
        p.block = { ...p.block, top: p.range.rowIndex + 1, left: p.range.columnIndex + 1 };
        collectBlock(grids[p.block.sheet], p);
      }
      return { sheets: grids };
    } catch (e) {
      // Too much for Excel on the web's payload limit: measure, then read in chunks.
      if (!isPayloadError(e)) throw e;
    }
  }

  const used = sheetList.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(false);
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    return r;
  });
  await ctx.sync();

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
      const mergesHere = withMerges && !mergesSeen.has(block.sheet);
      mergesSeen.add(block.sheet);
      return queueExtras({ block, range }, used[block.sheet], withProps, mergesHere);
    });
    // One sync per batch; there is more than one batch only for workbooks above the payload budget.
    await ctx.sync();
    for (const p of pending) collectBlock(grids[p.block.sheet], p);
  }
  return { sheets: grids };
}

/** Queue fills, bold, indent and hidden rows (ExcelApi 1.9) and merges (1.13) for a block. */
function queueExtras(p: PendingBlock, sheetRange: XRange, withProps: boolean, withMerges: boolean): PendingBlock {
  if (withProps) {
    p.props = p.range.getCellProperties({ format: { fill: { color: true, pattern: true }, font: { bold: true }, indentLevel: true } });
    p.rowProps = p.range.getRowProperties({ rowIndex: true, rowHidden: true });
  }
  if (withMerges) {
    p.merges = sheetRange.getMergedAreasOrNullObject();
    p.merges.load('address');
  }
  return p;
}

export function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
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
      // Excel reports a text cell "=10" (written as text) with the same string in values and
      // formulas; only a real formula's value differs from its formula text.
      const isText = typeof raw === 'string' && raw === f;
      const formula = !isText && typeof f === 'string' && f.startsWith('=') && f.length > 1 ? f.slice(1) : undefined;
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
