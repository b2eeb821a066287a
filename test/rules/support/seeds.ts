import * as fs from 'fs';
import * as path from 'path';
import type { ReportModel } from '../../../src/model/types';
import type { WorkbookGrid } from '../../../src/grid/types';
import { readWorkbook } from '../../../src/xlsx';
import { buildModel, mapWorkbook } from '../../../src/mapping';

export const SEED_DIR = path.resolve(__dirname, '../../../seeds');
export const SEED_2024 = path.join(SEED_DIR, 'delarsrapport-2024.xlsx');
export const SEED_2019 = path.join(SEED_DIR, 'arsbokslut-2019.xlsx');

export function seedsPresent(): boolean {
  return fs.existsSync(SEED_2024) && fs.existsSync(SEED_2019);
}

/** A sample workbook read, mapped and built the way the command line does it. */
export async function seedModel(file: string): Promise<{ model: ReportModel; workbook: WorkbookGrid }> {
  const workbook = await readWorkbook(file);
  const { model } = buildModel(workbook, mapWorkbook(workbook));
  return { model, workbook };
}
