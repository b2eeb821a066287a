import type { WorkbookGrid } from '../grid/types';
import type { WritePlan } from '../grid/write-plan';
import type { ExcelHost } from './api';
import { readWorkbookGrid } from './read';
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

export function createWorkbookService(host: ExcelHost): WorkbookService {
  const supports = (v: string): boolean => host.supports(v);
  return {
    readGrid: () => host.run((ctx) => readWorkbookGrid(ctx, { supports })),
    apply: (plan) => host.run((ctx) => applyPlan(ctx, plan, { supports })),
    undo: (record) => host.run((ctx) => undoWrite(ctx, record, { supports })),
    selectCell: (sheet, cell) => host.run((ctx) => selectCell(ctx, sheet, cell)),
  };
}
