import type { WorkbookGrid } from '../grid/types';
import type { WritePlan } from '../grid/write-plan';
import type { ExcelHost } from './api';
import { DEFAULT_CELL_BUDGET, readWorkbookGrid } from './read';
import { selectCell } from './select';
import { undoWrite, type UndoResult } from './undo';
import { applyPlan, type UndoRecord } from './write';

/** What the task pane and the ribbon get: workbook operations, each one Excel.run batch. */
export interface WorkbookService {
  readGrid(): Promise<WorkbookGrid>;
  apply(plan: WritePlan): Promise<UndoRecord>;
  undo(record: UndoRecord): Promise<UndoResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
}

/** Cells in the sheets' bounding boxes: what a read of this workbook loads. */
function usedCells(grid: WorkbookGrid): number {
  let n = 0;
  for (const s of grid.sheets) {
    let cols = 0;
    for (const r of s.rows) if (r && r.length > cols) cols = r.length;
    n += s.rows.length * cols;
  }
  return n;
}

export function createWorkbookService(host: ExcelHost): WorkbookService {
  const supports = (v: string): boolean => host.supports(v);
  // The pane re-reads after every write; a workbook known to be large skips the one-shot attempt.
  let lastCells: number | undefined;
  return {
    readGrid: async () => {
      const optimistic = lastCells === undefined || lastCells <= DEFAULT_CELL_BUDGET;
      const grid = await host.run((ctx) => readWorkbookGrid(ctx, { supports, optimistic }));
      lastCells = usedCells(grid);
      return grid;
    },
    apply: (plan) => host.run((ctx) => applyPlan(ctx, plan, { supports })),
    undo: (record) => host.run((ctx) => undoWrite(ctx, record, { supports })),
    selectCell: (sheet, cell) => host.run((ctx) => selectCell(ctx, sheet, cell)),
  };
}
