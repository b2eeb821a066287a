import * as path from 'path';
import type { WorkbookGrid } from '../../../src/grid/types';
import { readWorkbook } from '../../../src/xlsx/read';

export const SEED_2024 = 'delarsrapport-2024.xlsx';
export const SEED_2019 = 'arsbokslut-2019.xlsx';

/** A sample workbook from seeds/, read by the product's own reader. */
export function loadSeed(file: string): Promise<WorkbookGrid> {
  return readWorkbook(path.resolve(__dirname, '../../../seeds', file));
}
