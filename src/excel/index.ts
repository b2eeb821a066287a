/** The Office.js adapter: reads workbooks into grids, applies write plans, undoes them. */
export type { ExcelHost, XContext } from './api';
export { readWorkbookGrid, DEFAULT_CELL_BUDGET, type ReadOptions } from './read';
export { applyPlan, editRuns, type UndoRecord, type PriorCellFull, type WriteOptions } from './write';
export { undoWrite, type UndoResult } from './undo';
export { selectCell } from './select';
export { describeExcelError, errorCode, ExcelActionError, type Lang } from './errors';
export { createWorkbookService, type WorkbookService } from './service';
export { needsApostrophe } from './convert';
export { detectOffice, officeExcelHost, displayLanguage, associateCommand, whenOfficeReady, type OfficeInfo } from './office-host';
