import { writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

/**
 * A tiny builder of crafted workbooks for the hardening tests: a real workbook (a seed) opened
 * with ExcelJS, changed by the test, written to disk. Nothing here is the project's own writer,
 * so a forged state sheet looks exactly like one another program (or a person) could make.
 */

export async function writeCrafted(dir: string, name: string, base: string, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(base);
  await edit(wb);
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A state sheet holding `json` in 30 000-character chunks down column A, as the tool stores it. */
export function addStateSheet(wb: ExcelJS.Workbook, json: string, opts: { name?: string; state?: SheetState } = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(opts.name ?? 'Nämndrapport_data', { state: opts.state ?? 'veryHidden' });
  for (let i = 0, r = 1; i < json.length || r === 1; i += 30000, r++) ws.getCell(r, 1).value = json.slice(i, i + 30000);
  return ws;
}
