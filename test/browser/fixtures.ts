import * as path from 'path';
import ExcelJS from 'exceljs';
import { ROOT } from './build';

/**
 * Workbooks for the pane's mapping-correction walk, made from the 2024 sample in seeds/
 * (Socialnämnden, delårsbokslut 2024, transcribed as printed):
 * - `unknownWorkbook`: the Drift table with one cost row and one column in words the tool does
 *   not know — "Köpt verksamhet från externa utförare" (was "Köp av tjänster", row 9) and
 *   "Helårsbedömning" (was "Prognos helår", column C). Both are left out of the mapping.
 * - `nextWorkbook`: the same board a year on (headers 2025/2024, title 2025) carrying only the
 *   board's words in its state sheet, as next year's copy of the workbook would: no saved mapping
 *   (or, without `state`, a new file with no state sheet at all).
 */

const SAMPLE = path.join(ROOT, 'seeds/delarsrapport-2024.xlsx');
export const UNKNOWN_ROW = 'Köpt verksamhet från externa utförare';
export const UNKNOWN_COLUMN = 'Helårsbedömning';

async function sample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb;
}

function unknownWords(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet('Drift');
  if (!ws) throw new Error('Drift saknas i exemplet');
  ws.getCell('C3').value = UNKNOWN_COLUMN;
  ws.getCell('A9').value = UNKNOWN_ROW;
}

export async function unknownWorkbook(): Promise<Buffer> {
  const wb = await sample();
  unknownWords(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function nextWorkbook(state?: unknown): Promise<Buffer> {
  const wb = await sample();
  unknownWords(wb);
  const ws = wb.getWorksheet('Drift');
  if (!ws) throw new Error('Drift saknas i exemplet');
  ws.getCell('A1').value = 'Socialnämnden – Delårsbokslut per 31 augusti 2025';
  for (const c of ['B4', 'C4', 'D4', 'E4']) ws.getCell(c).value = 2025;
  ws.getCell('F4').value = 2024;
  ws.getCell('G4').value = '2024/2025';
  if (state !== undefined) {
    const data = wb.addWorksheet('Nämndrapport_data', { state: 'veryHidden' });
    data.getCell('A1').value = JSON.stringify(state);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The board's next workbook whose row 9 ("Köpt verksamhet från externa utförare", a cost row by
 * the board's word) no longer adds up with the other cost rows into Verksamhetens kostnader in
 * any column: the numbers contradict the word. (Planted for the test, not a printed table.)
 */
export async function contradictingWorkbook(state: unknown): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await nextWorkbook(state)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const ws = wb.getWorksheet('Drift');
  if (!ws) throw new Error('Drift saknas i exemplet');
  // ExcelJS rows, not Office.js ranges: the row's values as an array.
  const values = ws.getRow(9).values as unknown[];
  for (let c = 2; c <= 7; c++) if (typeof values[c] === 'number') ws.getRow(9).getCell(c).value = (values[c] as number) * 2 + 1000;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
