import type { WorkbookGrid } from '../grid/types';
import type { WritePlan } from '../grid/write-plan';
import type { ExcelHost } from './api';
import { capabilityNotice } from './capabilities';
import type { Lang } from './errors';
import { readWorkbookGrid, type ReadReport } from './read';
import { selectCell } from './select';
import { undoWrite, type UndoResult } from './undo';
import { applyPlan, type UndoRecord } from './write';

/** What the task pane and the ribbon get: workbook operations, each one Excel.run batch. */
export interface WorkbookService {
  readGrid(): Promise<WorkbookGrid>;
  apply(plan: WritePlan): Promise<UndoRecord>;
  undo(record: UndoRecord): Promise<UndoResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * What this Excel cannot show the tool (colours, indent, hidden rows, merges on hosts below
   * ExcelApi 1.9 / 1.13) and what that means for the checks, in `lang`; null when nothing is missing.
   */
  capabilityNotice?(lang?: Lang): string | null;
  /** What the last read did (syncs, refused requests, cells whose properties were read). */
  lastRead?(): ReadReport | undefined;
}

/** Optional members are always there in what createWorkbookService returns. */
export type FullWorkbookService = Required<WorkbookService>;

export function createWorkbookService(host: ExcelHost): FullWorkbookService {
  const supports = (v: string): boolean => host.supports(v);
  let last: ReadReport | undefined;
  return {
    readGrid: async () => {
      const report = {} as ReadReport;
      const grid = await host.run((ctx) => readWorkbookGrid(ctx, { supports, report }));
      last = report;
      return grid;
    },
    apply: (plan) => host.run((ctx) => applyPlan(ctx, plan, { supports })),
    undo: (record) => host.run((ctx) => undoWrite(ctx, record, { supports })),
    selectCell: (sheet, cell) => host.run((ctx) => selectCell(ctx, sheet, cell)),
    capabilityNotice: (lang = 'sv') => capabilityNotice(supports, lang),
    lastRead: () => last,
  };
}
