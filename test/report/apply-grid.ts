import type { WorkbookGrid } from '../../src/grid/types';
import type { WritePlan } from '../../src/grid/write-plan';
import { STATE_SHEET, stateSheet, type ToolState } from '../../src/grid/tool-state';

/**
 * Applies a report WritePlan to a workbook grid the way the adapters do (delete the listed sheets,
 * add the new ones at the end, rewrite the state sheet), so regeneration can be tested in the pure
 * core without a file.
 */
export function applyToGrid(wb: WorkbookGrid, plan: WritePlan): WorkbookGrid {
  const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  if (plan.edits.length > 0) throw new Error('report plans carry no cell edits');
  const deleted = new Set(plan.deleteSheets);
  const kept = wb.sheets.filter((s) => !deleted.has(s.name) && (plan.state === undefined || s.name !== STATE_SHEET));
  for (const add of plan.addSheets) {
    if (kept.some((s) => s.name.toLowerCase() === add.grid.name.toLowerCase())) {
      throw new Error(`Bladet "${add.grid.name}" finns redan och står inte bland de blad som ska tas bort`);
    }
    kept.push(clone(add.grid));
  }
  const state = plan.state !== undefined ? [stateSheet(plan.state as ToolState)] : wb.sheets.filter((s) => s.name === STATE_SHEET);
  return { sheets: [...clone(kept), ...state] };
}
