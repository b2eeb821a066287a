import type { WorkbookGrid } from '../grid/types';

/**
 * Parse .xlsx bytes in the browser with the reader of src/xlsx (fflate + saxes, its own lazy chunk). The chunk
 * starts loading at once, while the bytes may still be on their way.
 */
export async function readXlsx(bytes: ArrayBuffer | Promise<ArrayBuffer>): Promise<WorkbookGrid> {
  const [{ readWorkbook }, data] = await Promise.all([import(/* webpackChunkName: "xlsx" */ '../xlsx/read'), bytes]);
  return readWorkbook(data);
}
