/** The Office.js adapter: reads workbooks into grids, applies write plans, undoes them. */
export type { ExcelHost, XContext } from './api';
export { readWorkbookGrid, type ReadOptions, type ReadReport } from './read';
export { PAYLOAD_BUDGET_BYTES, PAYLOAD_LIMIT_BYTES, RANGE_CELL_LIMIT, jsonSize, isPayloadError } from './payload';
export { capabilityNotice, missingCapabilities, type MissingCapabilities } from './capabilities';
export { applyPlan, editRuns, type UndoRecord, type PriorCellFull, type WriteOptions } from './write';
export { undoWrite, type UndoResult } from './undo';
export { selectCell } from './select';
export { describeExcelError, errorCode, ExcelActionError, type Lang } from './errors';
export { createWorkbookService, type WorkbookService, type FullWorkbookService } from './service';
export { needsApostrophe } from './convert';
export { detectOffice, officeExcelHost, displayLanguage, associateCommand, whenOfficeReady, type OfficeInfo } from './office-host';
