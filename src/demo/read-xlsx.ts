import type { WorkbookGrid } from '../grid/types';

/** Parse .xlsx bytes in the browser with ExcelJS through src/xlsx (its own lazy chunk). */
export async function readXlsx(bytes: ArrayBuffer): Promise<WorkbookGrid> {
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../xlsx/read');
  return readWorkbook(bytes);
}
