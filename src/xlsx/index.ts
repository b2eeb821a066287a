/** ExcelJS adapter: read .xlsx files into grids and apply write plans. Node only. */
export { readWorkbook, gridFromWorkbook, convertValue } from './read';
export { applyWritePlan, type ApplyOptions } from './apply-plan';
export { writeWorkbook } from './write-sheet';
export { loadWorkbook, type WorkbookInput, type LoadedWorkbook } from './load';
export { WorkbookReadError, WorkbookWriteError, type WorkbookReadErrorCode, type WorkbookWriteErrorCode } from './errors';
export { listZipEntries, lossyParts } from './zip-entries';
