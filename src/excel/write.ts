import type { SheetGrid } from '../grid/types';
import { parseA1, toA1 } from '../grid/address';
import type { CellEdit, PriorCell, WritePlan } from '../grid/write-plan';
import { STATE_SHEET, stateSheet, type ToolState } from '../grid/tool-state';
import type { XClientResult, XCellProps, XContext, XFill, XRange, XWorksheet } from './api';
import { fromOfficeColor } from './convert';
import { ExcelActionError } from './errors';
import { putCells, readWorkbookGrid } from './read';
import { cellRuns, officeInput, writeFills, writeSheetContent } from './sheet-writer';
import { RequestBatcher, chunkRows } from './batch';
import { ACTION_BYTES, PAYLOAD_BUDGET_BYTES, isPayloadError, jsonSize } from './payload';

/**
 * Apply a WritePlan in three syncs whatever its number of sheets: (1) which sheets exist, (2)
 * what the edited cells and the replaced sheets hold now (for undo) and whether a sheet is
 * protected, (3) every write, grouped into rectangles and colour groups, with screen updating
 * suspended. Steps 2 and 3 are planned by bytes: a write whose request (or a read of prior
 * cells whose response) would pass the 5 MB limit takes as many more syncs as it needs, each
 * under the budget.
 */

export interface PriorCellFull extends PriorCell {
  /** The formula the cell held (without "="), restored instead of its value. */
  formula?: string;
}

/** Everything needed to put the workbook back as it was before one write. */
export interface UndoRecord {
  cells: PriorCellFull[];
  /** What the tool wrote in each edited cell; undo skips a cell someone changed since. */
  written: CellEdit[];
  addedSheets: string[];
  deletedSheets: SheetGrid[];
  /** Where each deleted sheet stood (zero-based), so undo puts it back in place. */
  deletedPositions?: number[];
  /** The state sheet before the write: null when there was none, undefined when untouched. */
  priorState?: SheetGrid | null;
}

export interface WriteOptions {
  supports?: (version: string) => boolean;
  /** Bytes of JSON one request (and one prior-cells response) may carry in the plan. */
  payloadBudget?: number;
}

export interface Run {
  sheet: string;
  col: number;
  top: number;
  bottom: number;
  address: string;
}

/** Edits → vertical runs of adjacent cells per sheet and column (one range each). */
export function editRuns(edits: { sheet: string; cell: string }[]): Run[] {
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const e of edits) {
    const list = bySheet.get(e.sheet) ?? [];
    list.push(parseA1(e.cell));
    bySheet.set(e.sheet, list);
  }
  const runs: Run[] = [];
  for (const [sheet, cells] of bySheet) {
    for (const address of cellRuns(cells)) {
      const [a, b] = address.split(':');
      const start = parseA1(a);
      const end = b ? parseA1(b) : start;
      runs.push({ sheet, col: start.col, top: start.row, bottom: end.row, address });
    }
  }
  return runs;
}

/** Last edit per cell wins, so a plan that touches a cell twice writes it once. */
export function dedupeEdits(edits: CellEdit[]): CellEdit[] {
  const map = new Map<string, CellEdit>();
  for (const e of edits) map.set(`${e.sheet}\u0000${parseA1(e.cell).row}\u0000${parseA1(e.cell).col}`, { ...e, cell: toA1(parseA1(e.cell).row, parseA1(e.cell).col) });
  return [...map.values()];
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

interface Snapshot {
  name: string;
  ws: XWorksheet;
  used: XRange;
}

function queueSnapshot(ws: XWorksheet, name: string): Snapshot {
  ws.load('visibility,position');
  const used = ws.getUsedRangeOrNullObject(false);
  used.load('rowIndex,columnIndex,values,formulas,numberFormat,valueTypes');
  return { name, ws, used };
}

function takeSnapshot(s: Snapshot): SheetGrid {
  const sheet: SheetGrid = { name: s.name, rows: [], merges: [], state: s.ws.visibility === 'VeryHidden' ? 'veryHidden' : s.ws.visibility === 'Hidden' ? 'hidden' : 'visible' };
  if (!s.used.isNullObject) {
    putCells(sheet, s.used.rowIndex + 1, s.used.columnIndex + 1, {
      values: s.used.values,
      formulas: s.used.formulas,
      formats: s.used.numberFormat,
      types: s.used.valueTypes,
    });
  }
  return sheet;
}

interface PriorRead {
  run: Run;
  range: XRange;
  props?: XClientResult<XCellProps[][]>;
  /** Per-cell fill proxies, only on hosts without getCellProperties (ExcelApi < 1.9). */
  fills?: XFill[];
}

/** JSON of one prior cell's values, formulas and valueTypes, and of its fill. */
const PRIOR_CELL_BYTES = 60;
const PRIOR_FILL_BYTES = 60;
const OLD_HOST_FILL_BYTES = 2 * ACTION_BYTES;

/**
 * Queue reads of what the runs hold now (values, formulas, fills where needed). Runs are cut
 * so that no response passes `budget`; when the queued reads reach it, they are synced here and
 * the rest is queued after — the caller's own sync sends the last part.
 */
export async function queuePriorReads(ctx: XContext, runs: Run[], needFill: (run: Run) => boolean, supports: (v: string) => boolean, budget = PAYLOAD_BUDGET_BYTES): Promise<PriorRead[]> {
  // Below ExcelApi 1.9 a fill is read through one range proxy per cell: its cost is in the request.
  const perCell = (run: Run): number => PRIOR_CELL_BYTES + (needFill(run) ? (supports('1.9') ? PRIOR_FILL_BYTES : OLD_HOST_FILL_BYTES) : 0);
  const pieces: Run[] = [];
  for (const run of runs) {
    const rows = Math.max(1, Math.floor(budget / 2 / perCell(run)));
    for (let top = run.top; top <= run.bottom; top += rows) {
      const bottom = Math.min(run.bottom, top + rows - 1);
      pieces.push({ ...run, top, bottom, address: top === bottom ? toA1(top, run.col) : `${toA1(top, run.col)}:${toA1(bottom, run.col)}` });
    }
  }
  let pending = 0;
  const out: PriorRead[] = [];
  for (const run of pieces) {
    const bytes = (run.bottom - run.top + 1) * perCell(run);
    if (pending > 0 && pending + bytes > budget) {
      await ctx.sync();
      pending = 0;
    }
    pending += bytes;
    out.push(queuePriorRead(ctx, run, needFill, supports));
  }
  return out;
}

function queuePriorRead(ctx: XContext, run: Run, needFill: (run: Run) => boolean, supports: (v: string) => boolean): PriorRead {
  {
    const ws = ctx.workbook.worksheets.getItem(run.sheet);
    const range = ws.getRange(run.address);
    range.load('values,formulas,valueTypes');
    const read: PriorRead = { run, range };
    if (needFill(run)) {
      if (supports('1.9')) read.props = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
      else {
        read.fills = [];
        for (let r = run.top; r <= run.bottom; r++) {
          // The rule cannot see through the proxy chain: `fill` is loaded on the next line.
          // eslint-disable-next-line office-addins/load-object-before-read
          const fill = ws.getRange(toA1(r, run.col)).format.fill;
          fill.load('color');
          read.fills.push(fill);
        }
      }
    }
    return read;
  }
}

export function collectPriors(reads: PriorRead[]): PriorCellFull[] {
  const out: PriorCellFull[] = [];
  for (const p of reads) {
    const sheet: SheetGrid = { name: p.run.sheet, rows: [], merges: [] };
    putCells(sheet, p.run.top, p.run.col, { values: p.range.values, formulas: p.range.formulas, formats: [], types: p.range.valueTypes });
    for (let r = p.run.top; r <= p.run.bottom; r++) {
      const cell = sheet.rows[r - 1]?.[p.run.col - 1];
      const prior: PriorCellFull = { sheet: p.run.sheet, cell: toA1(r, p.run.col), value: cell?.value ?? null };
      if (cell?.formula !== undefined) prior.formula = cell.formula;
      const i = r - p.run.top;
      if (p.props) {
        const f = p.props.value[i]?.[0]?.format?.fill;
        prior.fill = fromOfficeColor(f?.color, f?.pattern) ?? null;
      } else if (p.fills) {
        const color = p.fills[i].color;
        prior.fill = color ? (fromOfficeColor(color, undefined) ?? null) : null;
      }
      out.push(prior);
    }
  }
  return out;
}

/** Write values down each run: one `formulas` assignment per run (per block of a very long run). */
export async function writeRunValues(b: RequestBatcher, ctx: XContext, runs: Run[], valueAt: (sheet: string, row: number, col: number) => ReturnType<typeof officeInput> | undefined): Promise<void> {
  for (const run of runs) {
    const values: (string | number | boolean)[][] = [];
    for (let r = run.top; r <= run.bottom; r++) values.push([valueAt(run.sheet, r, run.col) ?? '']);
    const rowBytes = values.map((v) => jsonSize(v));
    for (const [from, to] of chunkRows(rowBytes, b.budget / 2)) {
      const address = from === 0 && to === values.length ? run.address : `${toA1(run.top + from, run.col)}:${toA1(run.top + to - 1, run.col)}`;
      let bytes = 3 * ACTION_BYTES + address.length + run.sheet.length;
      for (let i = from; i < to; i++) bytes += rowBytes[i] + 1;
      const part = from === 0 && to === values.length ? values : values.slice(from, to);
      await b.add(bytes, () => (ctx.workbook.worksheets.getItem(run.sheet).getRange(address).formulas = part));
    }
  }
}

/** The state sheet's content written into column A (cleared first when the sheet exists). */
export async function writeState(b: RequestBatcher, ctx: XContext, grid: SheetGrid | null, exists: boolean, supports: (v: string) => boolean): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  if (grid === null) {
    if (exists) await b.add(ACTION_BYTES, () => sheets.getItem(STATE_SHEET).delete());
    return;
  }
  let ws = undefined as unknown as XWorksheet;
  await b.add(2 * ACTION_BYTES, () => {
    ws = exists ? sheets.getItem(STATE_SHEET) : sheets.add(STATE_SHEET);
    if (exists) ws.getRange('A:A').clear('Contents');
  });
  await writeSheetContent(b, ws, { ...grid, state: 'veryHidden' }, supports);
}

export async function applyPlan(ctx: XContext, plan: WritePlan, opts: WriteOptions = {}): Promise<UndoRecord> {
  const supports = opts.supports ?? (() => false);
  const edits = dedupeEdits(plan.edits);
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await ctx.sync();

  const existing = worksheets.items.map((w) => w.name);
  // Excel compares sheet names without case: a visible or differently cased sheet with the state
  // sheet's name is the user's, and writing the state would replace it. Refuse before anything.
  const taken = worksheets.items.find((w) => sameName(w.name, STATE_SHEET) && (w.name !== STATE_SHEET || w.visibility !== 'VeryHidden'));
  if (taken && (plan.state !== undefined || plan.deleteSheets.some((n) => sameName(n, STATE_SHEET)))) {
    throw new ExcelActionError('StateSheetTaken', `User sheet has the state sheet's name: ${taken.name}`, taken.name);
  }
  const exists = (n: string): string | undefined => existing.find((e) => sameName(e, n));
  for (const e of edits) if (!exists(e.sheet)) throw new ExcelActionError('ItemNotFound', `Missing sheet ${e.sheet}`, e.sheet);
  const toDelete = plan.deleteSheets.map(exists).filter((n): n is string => n !== undefined && !sameName(n, STATE_SHEET));
  for (const s of plan.addSheets) {
    const clash = exists(s.grid.name);
    if (clash && !toDelete.some((d) => sameName(d, clash))) throw new ExcelActionError('ItemAlreadyExists', `Sheet exists: ${clash}`, clash);
  }
  const stateExists = exists(STATE_SHEET) !== undefined;

  // Sync 2: what is there now.
  const runs = editRuns(edits);
  const fillRuns = new Set(edits.filter((e) => e.fill !== undefined).map((e) => e.sheet));
  const budget = opts.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
  const edited = [...new Set(edits.map((e) => e.sheet))];
  // Adding or deleting sheets (the report, the first state sheet) needs an unprotected structure.
  const structural = toDelete.length > 0 || plan.addSheets.length > 0 || (plan.state !== undefined && !stateExists);
  const gather = async (withSnapshots: boolean) => {
    const protections = edited.map((name) => {
      const p = worksheets.getItem(name).protection;
      p.load('protected');
      return { name, p };
    });
    const places = toDelete.map((name) => {
      const ws = worksheets.getItem(name);
      ws.load('position');
      return ws;
    });
    const snapshots = withSnapshots ? toDelete.map((name) => queueSnapshot(worksheets.getItem(name), name)) : [];
    const workbookLock = structural ? ctx.workbook.protection : undefined;
    workbookLock?.load('protected');
    const stateSnap = plan.state !== undefined && stateExists ? queueSnapshot(worksheets.getItem(STATE_SHEET), STATE_SHEET) : undefined;
    const reads = await queuePriorReads(ctx, runs, (run) => fillRuns.has(run.sheet), supports, budget);
    await ctx.sync();
    return { protections, places, snapshots, workbookLock, stateSnap, reads };
  };
  let got;
  let deletedSheets: SheetGrid[];
  try {
    got = await gather(true);
    deletedSheets = got.snapshots.map(takeSnapshot);
  } catch (e) {
    // The sheets to be replaced are too big to copy in one response (a long report made
    // earlier): everything else again, then those sheets through the read planned by bytes.
    if (!isPayloadError(e) || toDelete.length === 0) throw e;
    got = await gather(false);
    const wanted = new Set(toDelete.map((n) => n.toLowerCase()));
    const read = await readWorkbookGrid(ctx, { supports, payloadBudget: budget, skipSheet: (n) => !wanted.has(n.toLowerCase()) });
    deletedSheets = toDelete.map((n) => read.sheets.find((x) => sameName(x.name, n)) ?? { name: n, rows: [], merges: [] });
  }
  const { protections, places, workbookLock, stateSnap, reads } = got;

  const locked = protections.find((x) => x.p.protected);
  if (locked) throw new ExcelActionError('AccessDenied', `Protected sheet ${locked.name}`, locked.name);
  if (workbookLock?.protected) throw new ExcelActionError('WorkbookProtected', 'Workbook structure is protected');
  const record: UndoRecord = {
    cells: collectPriors(reads),
    written: edits,
    addedSheets: plan.addSheets.map((s) => s.grid.name),
    deletedSheets,
    deletedPositions: places.map((ws) => ws.position),
  };
  if (plan.state !== undefined) record.priorState = stateSnap ? takeSnapshot(stateSnap) : null;

  // Sync 3: all writes (more syncs only for a request above the budget).
  const b = new RequestBatcher(ctx, budget, supports('1.9') ? () => ctx.workbook.application.suspendScreenUpdatingUntilNextSync() : undefined);
  for (const name of toDelete) await b.add(ACTION_BYTES + name.length, () => worksheets.getItem(name).delete());
  for (const s of plan.addSheets) {
    let ws = undefined as unknown as XWorksheet;
    await b.add(ACTION_BYTES + s.grid.name.length, () => (ws = worksheets.add(s.grid.name)));
    await writeSheetContent(b, ws, s.grid, supports, { columnWidths: s.columnWidths, print: s.print });
  }
  const byCell = new Map(edits.map((e) => [`${e.sheet}\u0000${e.cell}`, e]));
  await writeRunValues(b, ctx, runs, (sheet, row, col) => {
    const e = byCell.get(`${sheet}\u0000${toA1(row, col)}`);
    return e ? officeInput(e.value) : undefined;
  });
  for (const sheet of fillRuns) {
    const cells = edits.filter((e) => e.sheet === sheet && e.fill !== undefined).map((e) => ({ ...parseA1(e.cell), fill: e.fill ?? null }));
    await writeFills(b, worksheets.getItem(sheet), cells, supports);
  }
  if (plan.state !== undefined) await writeState(b, ctx, stateSheet(plan.state as ToolState), stateExists, supports);
  await b.finish();
  return record;
}
