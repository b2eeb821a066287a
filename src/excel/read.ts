import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { parseRange, toA1 } from '../grid/address';
import type { XCellProps, XClientResult, XColumnProps, XContext, XRange, XRangeAreas, XRowProps, XSpecialCells, XWorksheet } from './api';
import { fromOfficeColor, serialToDate, stateFromVisibility, isDateFormat } from './convert';
import { ACTION_BYTES, PAYLOAD_BUDGET_BYTES, RANGE_CELL_LIMIT, isPayloadError, jsonSize } from './payload';

export { isPayloadError } from './payload';

/**
 * Read every sheet's used range into a WorkbookGrid, planned by bytes so that no sync asks
 * Excel for more than it may answer (5 MB on Excel on the web, five million cells per range):
 *
 *  1. One sync for the sheet list, each used range's size and (ExcelApi 1.9) how many of its
 *     cells are typed-in text — text is what makes a cell's JSON long.
 *  2. Content syncs: sheets and row blocks packed by their estimated JSON size under a budget
 *     with a margin below the limit. A small workbook, cell properties included, fits in one:
 *     two syncs in all, whatever the number of sheets. Each block's real size corrects the
 *     estimate for the rest of its sheet; a sync refused for its size is retried with the
 *     blocks halved.
 *
 * Fills, bold and indent (getCellProperties, ExcelApi 1.9) cost about twice a numeric cell's
 * values. When the whole workbook does not fit in one response they are read only where the
 * core uses them, found from the values already read: rows of text (header bands, titles,
 * indicator and assessment rows), columns of text (row labels, whose indent gives the level;
 * assessment columns, whose fill is the assessment) and merged areas. A numeric cell in a
 * numeric row and column keeps its value, formula and format; its colour is not read.
 */

export interface ReadOptions {
  /** ExcelApi requirement-set check; fills, bold, indent and hidden rows and columns need 1.9, merges 1.13. */
  supports?: (version: string) => boolean;
  /** Bytes of JSON the plan allows one response (default: 4 MB, a 20 % margin under 5 MB). */
  payloadBudget?: number;
  /**
   * Where cell properties are read: 'auto' (everywhere when the workbook fits in one response,
   * else where the core uses them), 'all' or 'needed'.
   */
  properties?: 'auto' | 'all' | 'needed';
  /** Skip sheets whose name matches (the tool's own state is read separately if wanted). */
  skipSheet?: (name: string) => boolean;
  /** Filled in with what the read did (the bench and the tests look here). */
  report?: ReadReport;
}

export interface ReadReport {
  syncs: number;
  /** Syncs Excel refused for their size, each retried with halved blocks. */
  refused: number;
  /** Cells in the used ranges. */
  cells: number;
  /** Cells whose fill, bold and indent were read. */
  propertyCells: number;
  propertyMode: 'all' | 'needed' | 'none';
  /** Largest estimated response of one sync, in bytes. */
  maxEstimateBytes: number;
}

/** JSON of one empty or numeric cell across values, formulas, numberFormat and valueTypes. */
const CELL_BYTES = 40;
/** A text cell's extra: its text twice (values and formulas), quoted, before anything is measured. */
const TEXT_EXTRA_BYTES = 2 * 48;
/** Share of text among the cells when the host cannot count them (below ExcelApi 1.9). */
const UNKNOWN_TEXT_SHARE = 0.5;
const PROPS_OPTIONS = { format: { fill: { color: true, pattern: true }, font: { bold: true }, indentLevel: true } };
const PROPS_CELL_BYTES = jsonSize({ format: { fill: { color: '#FFFFFF', pattern: 'None' }, font: { bold: false }, indentLevel: 0 } }) + 1;
const ROW_PROPS_BYTES = jsonSize({ rowHidden: false }) + 1;
const COL_PROPS_BYTES = jsonSize({ columnHidden: false }) + 1;
/** Refusals in a row after which the read gives up (each one halves the blocks). */
const MAX_REFUSALS = 24;

interface SheetPlan {
  index: number;
  ws: XWorksheet;
  used: XRange;
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Offsets [from, to) of rows and [colFrom, colTo) of columns not read yet. */
  pending: Area[];
  /** Estimated JSON bytes of one unread cell, from the head block and the text count. */
  cellBytes: number;
  /** Measured size over estimated size of this sheet's last block. */
  learned: number;
  /** Doubled by each refused sync this sheet was in. */
  backoff: number;
  /** Merged areas (A1), read with the head. */
  merges: string[];
}

interface Area {
  from: number;
  to: number;
  colFrom: number;
  colTo: number;
}

interface ContentJob {
  kind: 'content';
  plan: SheetPlan;
  area: Area;
  estimate: number;
  range?: XRange;
  props?: XClientResult<XCellProps[][]>;
  rowProps?: XClientResult<XRowProps[]>;
}

interface PropsJob {
  kind: 'props';
  plan: SheetPlan;
  /** Absolute, 1-based. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  result?: XClientResult<XCellProps[][]>;
}

type Job = ContentJob | PropsJob;

function propsJobBytes(j: PropsJob): number {
  return (j.bottom - j.top + 1) * (j.right - j.left + 1) * PROPS_CELL_BYTES * j.plan.backoff;
}

/**
 * Bytes per cell the head allows itself before anything is known: a numeric cell with its
 * properties (~125) and room for text — a head full of 40-character texts still fits.
 */
const HEAD_CELL_BYTES = 200;

/**
 * The head block's shape for a workbook of `sheets` sheets: rows × columns from the used range's
 * top-left. Twice as tall as wide and at most 20 columns: a board's report sheets are narrow
 * (the samples have 2 to 8 columns) and grow downwards.
 */
export function headShape(sheets: number, budget: number): { rows: number; cols: number } {
  const cells = Math.max(16, Math.floor(budget / (Math.max(1, sheets) * HEAD_CELL_BYTES)));
  const cols = Math.max(4, Math.min(20, Math.round(Math.sqrt(cells / 2))));
  return { rows: Math.max(4, Math.floor(cells / cols)), cols };
}

interface Loaded {
  range: XRange;
  props?: XClientResult<XCellProps[][]>;
  rowProps?: XClientResult<XRowProps[]>;
  colProps?: XClientResult<XColumnProps[]>;
}

/** `rows` / `columns`: also whether the block's rows / columns are hidden (each read by one block only). */
function loadContent(range: XRange, props: boolean, rows: boolean, columns: boolean): Loaded {
  range.load('values,formulas,numberFormat,valueTypes');
  return {
    range,
    props: props ? range.getCellProperties(PROPS_OPTIONS) : undefined,
    rowProps: rows ? range.getRowProperties({ rowHidden: true }) : undefined,
    colProps: columns ? range.getColumnProperties({ columnHidden: true }) : undefined,
  };
}

function matrices(l: Loaded): LoadedCells {
  const r = l.range;
  return { values: r.values, formulas: r.formulas, formats: r.numberFormat, types: r.valueTypes, props: l.props?.value };
}

/** Text cells in a block and the JSON bytes of their text. */
function textIn(m: LoadedCells): { cells: number; bytes: number } {
  let cells = 0;
  let bytes = 0;
  m.types.forEach((line, i) =>
    line.forEach((t, j) => {
      if (t !== 'String') return;
      cells++;
      bytes += jsonSize(m.values[i][j]);
    }),
  );
  return { cells, bytes };
}

function hiddenRowsOf(l: Loaded, top: number): number[] {
  const out: number[] = [];
  l.rowProps?.value.forEach((r, i) => {
    if (r.rowHidden) out.push(top + i);
  });
  return out;
}

function hiddenColumnsOf(l: Loaded, left: number): number[] {
  const out: number[] = [];
  l.colProps?.value.forEach((c, i) => {
    if (c.columnHidden) out.push(left + i);
  });
  return out;
}

export async function readWorkbookGrid(ctx: XContext, opts: ReadOptions = {}): Promise<WorkbookGrid> {
  const supports = opts.supports ?? (() => false);
  const budget = opts.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
  const withProps = supports('1.9');
  const withMerges = supports('1.13');
  const report: ReadReport = opts.report ?? { syncs: 0, refused: 0, cells: 0, propertyCells: 0, propertyMode: 'none', maxEstimateBytes: 0 };
  Object.assign(report, { syncs: 0, refused: 0, cells: 0, propertyCells: 0, propertyMode: withProps ? (opts.properties === 'needed' ? 'needed' : 'all') : 'none', maxEstimateBytes: 0 });
  const sync = async (): Promise<void> => {
    report.syncs++;
    await ctx.sync();
  };
  // Turning a large block into grid cells is done in slices, so the pane stays responsive.
  const checkpoint = slicer();

  // Sync 1: the sheets (Office cannot address a sheet it has not listed).
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await sync();
  const sheets = worksheets.items.filter((ws) => !opts.skipSheet?.(ws.name));
  const grids: SheetGrid[] = sheets.map((ws) => ({ name: ws.name, rows: [], merges: [], state: stateFromVisibility(ws.visibility) }));

  // Sync 2: each used range's size, its text count and its merges, and a head block from its
  // top-left corner — titles and header bands, and for a small workbook everything — sized so
  // that all heads together stay under the budget.
  const headProps = withProps && opts.properties !== 'needed';
  const shape = headShape(sheets.length, budget);
  const second = (withHeads: boolean, countText: boolean) =>
    sheets.map((ws) => {
      // getUsedRange (not …OrNullObject) gives A1 for an empty sheet, so no method is ever
      // called on a null object; that one cell costs nothing.
      const used = ws.getUsedRange(false);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      let text: XSpecialCells | undefined;
      if (countText) {
        text = used.getSpecialCellsOrNullObject('Constants', 'Text');
        text.load('cellCount');
      }
      let merges: XRangeAreas | undefined;
      if (withMerges) {
        merges = used.getMergedAreasOrNullObject();
        merges.load('address');
      }
      // Anchored at the used range's own corner, so the intersection is never empty.
      const head = withHeads ? loadContent(used.getIntersection(used.getCell(0, 0).getResizedRange(shape.rows - 1, shape.cols - 1)), headProps, withProps, withProps) : undefined;
      return { used, text, merges, head };
    });
  let measured = second(true, withProps);
  try {
    await sync();
  } catch (e) {
    // Heads too heavy (very long texts): sizes and counts only, the plan reads the rest.
    // Any other error: a host that cannot count the text cells or place the head (a used range
    // at the sheet's far edge) — sizes alone, once.
    const tooLarge = isPayloadError(e);
    if (tooLarge) report.refused++;
    measured = second(false, tooLarge && withProps);
    await sync();
  }

  const propQueue: PropsJob[] = [];
  const plans: SheetPlan[] = measured.map((m, i) => {
    const r = m.used;
    const rows = r.rowCount;
    const cols = r.columnCount;
    const top = r.rowIndex + 1;
    const left = r.columnIndex + 1;
    const plan: SheetPlan = { index: i, ws: sheets[i], used: r, top, left, rows, cols, pending: [], cellBytes: CELL_BYTES, learned: 1, backoff: 1, merges: [] };
    if (m.merges && !m.merges.isNullObject) {
      plan.merges = m.merges.address
        .split(',')
        .map((part) => part.trim().replace(/^.*!/, '').replace(/\$/g, ''))
        .filter(Boolean);
    }
    const textTotal = m.text ? (m.text.isNullObject ? 0 : m.text.cellCount) : undefined;
    let headRows = 0;
    let headCols = 0;
    let textSeen = { cells: 0, bytes: 0 };
    if (m.head) {
      const mats = matrices(m.head);
      headRows = mats.values.length;
      headCols = mats.values[0]?.length ?? 0;
      putCells(grids[i], top, left, mats);
      if (m.head.props) report.propertyCells += headRows * headCols;
      const hidden = hiddenRowsOf(m.head, top);
      if (hidden.length > 0) grids[i].hiddenRows = hidden;
      const hiddenCols = hiddenColumnsOf(m.head, left);
      if (hiddenCols.length > 0) grids[i].hiddenColumns = hiddenCols;
      textSeen = textIn(mats);
      if (!headProps && withProps) queueNeededProps(plan, top, left, mats, propQueue);
    }
    // Merged areas (titles) outside a head read with its properties: their cells once.
    if (withProps) {
      for (const a1 of plan.merges) {
        const box = parseRange(a1);
        const t = Math.max(box.top, top);
        const l = Math.max(box.left, left);
        const bt = Math.min(box.bottom, top + rows - 1);
        const rt = Math.min(box.right, left + cols - 1);
        const inHead = headProps && bt < top + headRows && rt < left + headCols;
        if (t <= bt && l <= rt && !inHead) propQueue.push({ kind: 'props', plan, top: t, left: l, bottom: bt, right: rt });
      }
    }
    // What is left: the strip right of the head, and every row below it.
    if (headCols < cols && headRows > 0) plan.pending.push({ from: 0, to: headRows, colFrom: headCols, colTo: cols });
    if (headRows < rows) plan.pending.push({ from: headRows, to: rows, colFrom: 0, colTo: cols });
    const restCells = rows * cols - headRows * headCols;
    if (restCells > 0) {
      const restText = textTotal !== undefined ? Math.max(0, textTotal - textSeen.cells) : restCells * UNKNOWN_TEXT_SHARE;
      // The head shows how long this sheet's texts are; twice: in values and in formulas.
      const perText = textSeen.cells > 0 ? (2 * textSeen.bytes) / textSeen.cells : TEXT_EXTRA_BYTES;
      plan.cellBytes = CELL_BYTES + (Math.min(restText, restCells) / restCells) * perText;
    }
    return plan;
  });
  report.cells = plans.reduce((a, p) => a + p.rows * p.cols, 0);
  let refusalsInARow = 0;
  const restProps = withProps && opts.properties === 'all';
  const cellCost = (p: SheetPlan): number => (p.cellBytes + (restProps ? PROPS_CELL_BYTES : 0)) * p.learned * p.backoff;
  for (const p of plans) if (p.pending.length > 0 && withProps && !restProps) report.propertyMode = 'needed';

  const nextBatch = (): Job[] => {
    const jobs: Job[] = [];
    let room = budget;
    // Properties first: they were found from blocks already read and never wait long.
    while (propQueue.length > 0) {
      const pj = propQueue[0];
      const bytes = propsJobBytes(pj);
      if (bytes <= room) {
        jobs.push(propQueue.shift() as PropsJob);
        room -= bytes + ACTION_BYTES;
        continue;
      }
      const perRow = bytes / (pj.bottom - pj.top + 1);
      const fit = Math.floor(room / perRow);
      if (fit >= 1 || jobs.length === 0) {
        const rows = Math.max(1, fit);
        jobs.push({ ...pj, bottom: pj.top + rows - 1 });
        pj.top += rows;
        if (pj.top > pj.bottom) propQueue.shift();
      }
      return jobs;
    }
    for (const p of plans) {
      while (p.pending.length > 0) {
        const a = p.pending[0];
        const width = a.colTo - a.colFrom;
        const perRow = width * cellCost(p) + (withProps ? ROW_PROPS_BYTES : 0);
        let fit = Math.min(Math.floor((room - ACTION_BYTES) / perRow), Math.floor(RANGE_CELL_LIMIT / width));
        if (fit < 1) {
          if (jobs.length > 0) return jobs;
          fit = 1;
        }
        const end = Math.min(a.to, a.from + fit);
        const area = { ...a, to: end };
        if (end === a.to) p.pending.shift();
        else p.pending[0] = { ...a, from: end };
        // The first block of an area also reads its columns' hidden state.
        const estimate = (end - a.from) * perRow + (withProps && a.from === 0 ? width * COL_PROPS_BYTES : 0);
        jobs.push({ kind: 'content', plan: p, area, estimate });
        room -= estimate + ACTION_BYTES;
      }
    }
    return jobs;
  };

  for (;;) {
    const jobs = nextBatch();
    if (jobs.length === 0) break;
    let estimate = 0;
    const loadedJobs = new Map<ContentJob, Loaded>();
    for (const job of jobs) {
      const p = job.plan;
      if (job.kind === 'props') {
        estimate += propsJobBytes(job);
        job.result = p.ws.getRange(`${toA1(job.top, job.left)}:${toA1(job.bottom, job.right)}`).getCellProperties(PROPS_OPTIONS);
        continue;
      }
      estimate += job.estimate;
      const a = job.area;
      const range = p.ws.getRange(`${toA1(p.top + a.from, p.left + a.colFrom)}:${toA1(p.top + a.to - 1, p.left + a.colTo - 1)}`);
      loadedJobs.set(job, loadContent(range, restProps, withProps && a.colFrom === 0, withProps && a.from === 0));
    }
    report.maxEstimateBytes = Math.max(report.maxEstimateBytes, Math.round(estimate));
    try {
      await sync();
    } catch (e) {
      if (!isPayloadError(e) || ++refusalsInARow > MAX_REFUSALS) throw e;
      report.refused++;
      // Halve: every sheet in the refused sync plans its blocks at half the size from now on.
      for (const job of [...jobs].reverse()) {
        job.plan.backoff *= 2;
        if (job.kind === 'content') job.plan.pending.unshift(job.area);
        else propQueue.unshift({ ...job, result: undefined });
      }
      continue;
    }
    refusalsInARow = 0;
    for (const job of jobs) {
      const p = job.plan;
      const sheet = grids[p.index];
      if (job.kind === 'props') {
        report.propertyCells += (job.bottom - job.top + 1) * (job.right - job.left + 1);
        putProps(sheet, job.top, job.left, (job.result as XClientResult<XCellProps[][]>).value);
        await checkpoint();
        continue;
      }
      const l = loadedJobs.get(job) as Loaded;
      const a = job.area;
      const top = p.top + a.from;
      const left = p.left + a.colFrom;
      const mats = matrices(l);
      await putCellsSliced(sheet, top, left, mats, checkpoint);
      if (l.props) report.propertyCells += (a.to - a.from) * (a.colTo - a.colFrom);
      // What this block really weighed corrects the estimate for the rest of the sheet.
      const planned = (a.to - a.from) * (a.colTo - a.colFrom) * p.cellBytes;
      let bytes = 0;
      for (const part of [mats.values, mats.formulas, mats.formats, mats.types]) {
        // Row by row: the same sum as jsonSize(part), with checkpoints between slices.
        bytes += 2 + Math.max(0, part.length - 1);
        for (let i = 0; i < part.length; i++) {
          bytes += jsonSize(part[i]);
          if (i % SLICE_ROWS === SLICE_ROWS - 1) await checkpoint();
        }
      }
      p.learned = Math.min(16, Math.max(0.25, bytes / Math.max(1, planned)));
      await checkpoint();
      const hidden = hiddenRowsOf(l, top);
      if (hidden.length > 0) sheet.hiddenRows = [...(sheet.hiddenRows ?? []), ...hidden];
      const hiddenCols = hiddenColumnsOf(l, left);
      if (hiddenCols.length > 0) sheet.hiddenColumns = [...(sheet.hiddenColumns ?? []), ...hiddenCols];
      if (withProps && !restProps) queueNeededProps(p, top, left, mats, propQueue);
      await checkpoint();
    }
  }

  for (const p of plans) {
    const sheet = grids[p.index];
    for (const a1 of p.merges) {
      sheet.merges.push(a1);
      const box = parseRange(a1);
      for (let r = box.top; r <= box.bottom; r++) {
        for (let c = box.left; c <= box.right; c++) {
          const cell = sheet.rows[r - 1]?.[c - 1];
          if (cell) cell.merge = a1;
        }
      }
    }
    if (sheet.hiddenRows) sheet.hiddenRows.sort((a, b) => a - b);
    if (sheet.hiddenColumns) sheet.hiddenColumns.sort((a, b) => a - b);
  }
  return { sheets: grids };
}

/** Runs of consecutive true entries: [start, end] inclusive, offsets. */
function runsOf(flags: boolean[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= flags.length; i++) {
    if (i < flags.length && flags[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push([start, i - 1]);
      start = -1;
    }
  }
  return out;
}

/**
 * Where this block's cell properties matter to the core: rows where text outweighs numbers
 * (header bands, titles, indicator rows with their assessment cells) and columns where it does
 * (row labels and their indent, assessment columns and their fill).
 */
function queueNeededProps(p: SheetPlan, top: number, left: number, m: LoadedCells, queue: PropsJob[]): void {
  const rows = m.types.length;
  const cols = m.types[0]?.length ?? 0;
  const colText = new Array<number>(cols).fill(0);
  const colNum = new Array<number>(cols).fill(0);
  const rowFlags: boolean[] = [];
  for (let i = 0; i < rows; i++) {
    const line = m.types[i];
    let text = 0;
    let num = 0;
    for (let j = 0; j < cols; j++) {
      const t = line[j];
      if (t === 'String') {
        text++;
        colText[j]++;
      } else if (t === 'Double' || t === 'Integer') {
        num++;
        colNum[j]++;
      }
    }
    rowFlags.push(text > 0 && text >= num);
  }
  const right = left + cols - 1;
  for (const [a, b] of runsOf(rowFlags)) queue.push({ kind: 'props', plan: p, top: top + a, left, bottom: top + b, right });
  const colFlags = colText.map((t, j) => t > 0 && t >= colNum[j]);
  // Text columns only in the rows not already asked for whole, so no cell is asked twice.
  const otherRows = runsOf(rowFlags.map((f) => !f));
  for (const [a, b] of runsOf(colFlags)) {
    for (const [ra, rb] of otherRows) queue.push({ kind: 'props', plan: p, top: top + ra, left: left + a, bottom: top + rb, right: left + b });
  }
}

/** Fill, bold and indent read on their own, onto cells already read (or new fill-only cells). */
export function putProps(sheet: SheetGrid, top: number, left: number, props: XCellProps[][]): void {
  props.forEach((line, i) => {
    const row = top + i;
    line.forEach((cp, j) => {
      const col = left + j;
      const f = cp?.format;
      const fill = fromOfficeColor(f?.fill?.color, f?.fill?.pattern);
      const bold = f?.font?.bold === true;
      const indent = f?.indentLevel ?? 0;
      let cell = sheet.rows[row - 1]?.[col - 1];
      if (!cell) {
        // Same rule as putCells: an empty cell is kept only for its fill.
        if (fill === undefined) return;
        cell = { address: toA1(row, col), row, col, value: null };
        (sheet.rows[row - 1] ??= [])[col - 1] = cell;
      }
      if (fill) cell.fill = fill;
      if (bold) cell.bold = true;
      if (indent > 0) cell.indent = indent;
    });
  });
}

function toCellValue(raw: unknown, type: string | undefined, numFmt: string | undefined): CellValue {
  if (type === 'Empty' || raw === '' || raw === null || raw === undefined) return null;
  if (type === 'Error') return { error: String(raw) };
  if (typeof raw === 'number' && numFmt && isDateFormat(numFmt)) return serialToDate(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}


export interface LoadedCells {
  values: unknown[][];
  formulas: unknown[][];
  formats: unknown[][];
  types: string[][];
  props?: XCellProps[][];
}

/** Rows of a block converted between two checkpoints. */
const SLICE_ROWS = 500;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * A checkpoint to await between pieces of work: hands the event loop back (a macrotask) once
 * this much time has passed since the last time, else costs nothing.
 */
function slicer(ms = 15): () => Promise<void> | undefined {
  let start = now();
  return () => {
    if (now() - start < ms) return undefined;
    return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      start = now();
    });
  };
}

/** putCells in slices of rows, with a checkpoint between them. */
async function putCellsSliced(sheet: SheetGrid, top: number, left: number, m: LoadedCells, checkpoint: () => Promise<void> | undefined): Promise<void> {
  for (let i = 0; i < m.values.length; i += SLICE_ROWS) {
    const part = (x: unknown[][] | undefined): unknown[][] => (x ? x.slice(i, i + SLICE_ROWS) : []);
    putCells(sheet, top + i, left, { values: part(m.values), formulas: part(m.formulas), formats: part(m.formats), types: part(m.types) as string[][], props: m.props ? (part(m.props) as XCellProps[][]) : undefined });
    await checkpoint();
  }
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
