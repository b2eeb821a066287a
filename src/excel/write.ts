import type { SheetGrid } from '../grid/types';
import { parseA1, toA1 } from '../grid/address';
import type { CellEdit, PriorCell, WritePlan } from '../grid/write-plan';
import { STATE_SHEET, stateSheet, type ToolState } from '../grid/tool-state';
import type { XClientResult, XCellProps, XContext, XFill, XRange, XWorksheet } from './api';
import { fromOfficeColor } from './convert';
import { ExcelActionError } from './errors';
import { putCells } from './read';
import { cellRuns, officeInput, writeFills, writeSheetContent } from './sheet-writer';

/**
 * Apply a WritePlan in three syncs whatever its size: (1) which sheets exist, (2) what the
 * edited cells and the replaced sheets hold now (for undo) and whether a sheet is protected,
 * (3) every write, grouped into rectangles and colour groups, with screen updating suspended.
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

/** Queue reads of what the runs hold now (values, formulas, fills where needed). */
export function queuePriorReads(ctx: XContext, runs: Run[], needFill: (run: Run) => boolean, supports: (v: string) => boolean): PriorRead[] {
  return runs.map((run) => {
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
  });
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

/** Write values down each run: one `values` assignment per run. */
export function writeRunValues(ctx: XContext, runs: Run[], valueAt: (sheet: string, row: number, col: number) => ReturnType<typeof officeInput> | undefined): void {
  for (const run of runs) {
    const values: (string | number | boolean)[][] = [];
    for (let r = run.top; r <= run.bottom; r++) values.push([valueAt(run.sheet, r, run.col) ?? '']);
    ctx.workbook.worksheets.getItem(run.sheet).getRange(run.address).formulas = values;
  }
}

/** The state sheet's content written into column A (cleared first when the sheet exists). */
export function writeState(ctx: XContext, grid: SheetGrid | null, exists: boolean, supports: (v: string) => boolean): void {
  const sheets = ctx.workbook.worksheets;
  if (grid === null) {
    if (exists) sheets.getItem(STATE_SHEET).delete();
    return;
  }
  const ws = exists ? sheets.getItem(STATE_SHEET) : sheets.add(STATE_SHEET);
  if (exists) ws.getRange('A:A').clear('Contents');
  writeSheetContent(ws, { ...grid, state: 'veryHidden' }, supports);
}

export async function applyPlan(ctx: XContext, plan: WritePlan, opts: WriteOptions = {}): Promise<UndoRecord> {
  const supports = opts.supports ?? (() => false);
  const edits = dedupeEdits(plan.edits);
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name');
  await ctx.sync();

  const existing = worksheets.items.map((w) => w.name);
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
  const reads = queuePriorReads(ctx, runs, (run) => fillRuns.has(run.sheet), supports);
  const edited = [...new Set(edits.map((e) => e.sheet))];
  const protections = edited.map((name) => {
    const p = worksheets.getItem(name).protection;
    p.load('protected');
    return { name, p };
  });
  const snapshots = toDelete.map((name) => queueSnapshot(worksheets.getItem(name), name));
  // Adding or deleting sheets (the report, the first state sheet) needs an unprotected structure.
  const structural = toDelete.length > 0 || plan.addSheets.length > 0 || (plan.state !== undefined && !stateExists);
  const workbookLock = structural ? ctx.workbook.protection : undefined;
  workbookLock?.load('protected');
  const stateSnap = plan.state !== undefined && stateExists ? queueSnapshot(worksheets.getItem(STATE_SHEET), STATE_SHEET) : undefined;
  await ctx.sync();

  const locked = protections.find((x) => x.p.protected);
  if (locked) throw new ExcelActionError('AccessDenied', `Protected sheet ${locked.name}`, locked.name);
  if (workbookLock?.protected) throw new ExcelActionError('WorkbookProtected', 'Workbook structure is protected');
  const record: UndoRecord = {
    cells: collectPriors(reads),
    written: edits,
    addedSheets: plan.addSheets.map((s) => s.grid.name),
    deletedSheets: snapshots.map(takeSnapshot),
    deletedPositions: snapshots.map((s) => s.ws.position),
  };
  if (plan.state !== undefined) record.priorState = stateSnap ? takeSnapshot(stateSnap) : null;

  // Sync 3: all writes.
  if (supports('1.9')) ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  for (const name of toDelete) worksheets.getItem(name).delete();
  for (const s of plan.addSheets) writeSheetContent(worksheets.add(s.grid.name), s.grid, supports, { columnWidths: s.columnWidths, print: s.print });
  const byCell = new Map(edits.map((e) => [`${e.sheet}\u0000${e.cell}`, e]));
  writeRunValues(ctx, runs, (sheet, row, col) => {
    const e = byCell.get(`${sheet}\u0000${toA1(row, col)}`);
    return e ? officeInput(e.value) : undefined;
  });
  for (const sheet of fillRuns) {
    const cells = edits.filter((e) => e.sheet === sheet && e.fill !== undefined).map((e) => ({ ...parseA1(e.cell), fill: e.fill ?? null }));
    writeFills(worksheets.getItem(sheet), cells, supports);
  }
  if (plan.state !== undefined) writeState(ctx, stateSheet(plan.state as ToolState), stateExists, supports);
  await ctx.sync();
  return record;
}
