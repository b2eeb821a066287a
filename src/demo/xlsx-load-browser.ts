import { DEFAULT_LIMITS, XlsxPackage, type ReadLimits } from '../xlsx/package';

/**
 * Browser stand-in for src/xlsx/load.ts (swapped in by webpack for the page and the worker): the
 * same `openPackage` over bytes, without Node's fs and Buffer. src/xlsx/reader.ts then turns the
 * package into grids exactly as on the command line.
 */

export type WorkbookInput = ArrayBuffer | Uint8Array;

export async function readBytes(input: WorkbookInput | string): Promise<{ bytes: Uint8Array; displayName: string }> {
  if (typeof input === 'string') throw new Error('Filer läses från bytes i webbläsaren.');
  return { bytes: input instanceof Uint8Array ? input : new Uint8Array(input), displayName: 'arbetsboken' };
}

export async function openPackage(input: WorkbookInput | string, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxPackage> {
  const { bytes, displayName } = await readBytes(input);
  return new XlsxPackage(bytes, displayName, limits);
}
