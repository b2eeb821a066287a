import { parseA1 } from '../grid/address';
import { STATE_SHEET } from '../grid/tool-state';
import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import type { XContext, XWorksheet } from './api';
import { RequestBatcher } from './batch';
import { ACTION_BYTES } from './payload';
import { ExcelActionError } from './errors';
import { officeInput, writeFills, writeSheetContent } from './sheet-writer';
import { collectPriors, editRuns, queuePriorReads, writeRunValues, writeState, type PriorCellFull, type UndoRecord } from './write';

/**
 * Put back what one write overwrote, in three syncs: which sheets exist, what the cells hold
 * now, then every restore at once.
 * A cell that no longer holds what the tool wrote was changed by a person afterwards; undo
 * leaves it alone and reports it.
 */

export interface UndoResult {
  restored: number;
  /** Cells changed by someone since the write; left as they are. */
  skipped: PriorCellFull[];
}

function sameValue(now: CellValue, written: string | number | null): boolean {
  if (written === null || written === '') return now === null || now === '';
  if (isCellError(now) || now instanceof Date) return false;
  if (typeof written === 'number') return typeof now === 'number' && Math.abs(now - written) < 1e-9;
  return String(now) === written;
}

export async function undoWrite(ctx: XContext, record: UndoRecord, opts: { supports?: (v: string) => boolean; payloadBudget?: number } = {}): Promise<UndoResult> {
  const supports = opts.supports ?? (() => false);
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name');
  await ctx.sync();
  const existing = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const has = (n: string): boolean => existing.has(n.toLowerCase());

  const liveCells = record.written.filter((w) => has(w.sheet));
  const runs = editRuns(liveCells);
  const protections = [...new Set(liveCells.map((c) => c.sheet))].map((name) => {
    const p = worksheets.getItem(name).protection;
    p.load('protected');
    return { name, p };
  });
  const structural = record.addedSheets.length > 0 || record.deletedSheets.length > 0 || record.priorState !== undefined;
  const workbookLock = structural ? ctx.workbook.protection : undefined;
  workbookLock?.load('protected');
  const reads = await queuePriorReads(ctx, runs, () => false, supports, opts.payloadBudget);
  await ctx.sync();
  const locked = protections.find((x) => x.p.protected);
  if (locked) throw new ExcelActionError('AccessDenied', `Protected sheet ${locked.name}`, locked.name);
  if (workbookLock?.protected) throw new ExcelActionError('WorkbookProtected', 'Workbook structure is protected');

  const now = new Map(collectPriors(reads).map((c) => [`${c.sheet}\u0000${c.cell}`, c]));
  const priorByCell = new Map(record.cells.map((c) => [`${c.sheet}\u0000${c.cell}`, c]));
  const restore: PriorCellFull[] = [];
  const skipped: PriorCellFull[] = [];
  for (const w of record.written) {
    const prior = priorByCell.get(`${w.sheet}\u0000${w.cell}`);
    if (!prior) continue;
    const current = now.get(`${w.sheet}\u0000${w.cell}`);
    if (current && current.formula === undefined && sameValue(current.value, w.value)) restore.push(prior);
    else skipped.push(prior);
  }

  const b = new RequestBatcher(ctx, opts.payloadBudget, supports('1.9') ? () => ctx.workbook.application.suspendScreenUpdatingUntilNextSync() : undefined);
  const restoreRuns = editRuns(restore);
  const byCell = new Map(restore.map((c) => [`${c.sheet}\u0000${parseA1(c.cell).row}\u0000${parseA1(c.cell).col}`, c]));
  await writeRunValues(b, ctx, restoreRuns, (sheet, row, col) => {
    const p = byCell.get(`${sheet}\u0000${row}\u0000${col}`);
    return p ? officeInput(p.value, p.formula) : undefined;
  });
  for (const sheet of new Set(restore.map((c) => c.sheet))) {
    const fills = restore.filter((c) => c.sheet === sheet && c.fill !== undefined).map((c) => ({ ...parseA1(c.cell), fill: c.fill ?? null }));
    if (fills.length > 0) await writeFills(b, worksheets.getItem(sheet), fills, supports);
  }
  for (const name of record.addedSheets) if (has(name)) await b.add(ACTION_BYTES, () => worksheets.getItem(name).delete());
  // Re-added in their old order, each moved back to where it stood.
  const order = record.deletedSheets.map((sheet, i) => ({ sheet, position: record.deletedPositions?.[i] })).sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity));
  for (const { sheet, position } of order) {
    let ws = undefined as unknown as XWorksheet;
    await b.add(ACTION_BYTES, () => (ws = worksheets.add(sheet.name)));
    await writeSheetContent(b, ws, sheet, supports);
    if (position !== undefined) await b.add(ACTION_BYTES, () => (ws.position = position));
  }
  if (record.priorState !== undefined) await writeState(b, ctx, record.priorState, has(STATE_SHEET), supports);
  await b.finish();
  return { restored: restore.length, skipped };
}
