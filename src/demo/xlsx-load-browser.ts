import ExcelJS from 'exceljs';

/**
 * Browser stand-in for src/xlsx/load.ts (swapped in by webpack for the page only): the same
 * `loadWorkbook` over bytes, without Node's fs and Buffer. src/xlsx/read.ts then turns the
 * ExcelJS workbook into grids exactly as on the command line.
 */

export type WorkbookInput = ArrayBuffer | Uint8Array;

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  entries: string[];
  displayName: string;
}

export async function loadWorkbook(input: WorkbookInput | string): Promise<LoadedWorkbook> {
  if (typeof input === 'string') throw new Error('Filer läses från bytes i webbläsaren.');
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new Error('Filen är ingen Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok och försök igen.');
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  if (workbook.worksheets.length === 0) throw new Error('Arbetsboken innehåller inga kalkylblad som går att läsa.');
  return { workbook, entries: [], displayName: 'arbetsboken' };
}
