import type { WorkbookGrid } from '../grid/types';
import { applyWritePlan, emptyPackage, zipParts } from './apply-plan';

export { checkRgb, checkSheetName } from './sheet-xml';

/**
 * A new .xlsx from grids (generated test workbooks, fixtures): a package with only the parts a
 * workbook needs, then each sheet added exactly as a write plan adds a generated sheet.
 */
export async function writeWorkbook(grid: WorkbookGrid): Promise<Buffer> {
  const empty = zipParts(emptyPackage());
  return applyWritePlan(empty, { edits: [], deleteSheets: [], addSheets: grid.sheets.map((sheet) => ({ grid: sheet })) });
}
