import type { WorkbookGrid } from '../grid/types';
import { openPackage, type WorkbookInput } from './load';
import { DEFAULT_LIMITS, type ReadLimits } from './package';
import { readPackage } from './reader';

export interface ReadOptions {
  /** Refuse larger workbooks with a Swedish message (default DEFAULT_LIMITS). */
  limits?: Partial<ReadLimits>;
  /** false: every part through saxes alone, without the byte scanners of sheets and small parts (tests compare the two). */
  fastSheetData?: boolean;
}

/** Read an .xlsx file (path or bytes) into grids. Throws WorkbookReadError with a Swedish message. */
export async function readWorkbook(input: WorkbookInput, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const pkg = await openPackage(input, { ...DEFAULT_LIMITS, ...options.limits });
  return readPackage(pkg, { fast: options.fastSheetData });
}
