import type { WorkbookGrid } from '../grid/types';

/**
 * Parse .xlsx bytes in the browser with ExcelJS through src/xlsx (its own lazy chunk). The chunk
 * starts loading at once, while the bytes may still be on their way.
 */
export async function readXlsx(bytes: ArrayBuffer | Promise<ArrayBuffer>): Promise<WorkbookGrid> {
  const [{ readWorkbook }, data] = await Promise.all([import(/* webpackChunkName: "xlsx" */ '../xlsx/read'), bytes]);
  return readWorkbook(data);
}
