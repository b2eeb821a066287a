/**
 * The .xlsx adapter: read a package into grids (fflate + saxes, src/xlsx/reader.ts) and apply
 * write plans by patching the package (src/xlsx/apply-plan.ts). Node only for paths; the reader
 * itself runs in the browser too (src/demo).
 */
export { readWorkbook, type ReadOptions } from './read';
export { applyWritePlan, type ApplyOptions } from './apply-plan';
export { writeWorkbook } from './write-sheet';
export { openPackage, type WorkbookInput } from './load';
export { DEFAULT_LIMITS, type ReadLimits } from './package';
export { WorkbookReadError, WorkbookWriteError, type WorkbookReadErrorCode, type WorkbookWriteErrorCode } from './errors';
export { listZipEntries } from './zip-entries';
