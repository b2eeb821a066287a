import { promises as fsp } from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { WorkbookReadError } from './errors';
import { DEFAULT_LIMITS, XlsxPackage, type Inflater, type ReadLimits } from './package';

/**
 * Node's side of reading: a path or bytes into an opened package. The demo swaps this module for
 * src/demo/xlsx-load-browser.ts (webpack), which takes bytes only.
 */

/** A path to an .xlsx file, or its bytes. */
export type WorkbookInput = string | Buffer | Uint8Array | ArrayBuffer;

export async function readBytes(input: WorkbookInput): Promise<{ bytes: Uint8Array; displayName: string }> {
  if (typeof input !== 'string') {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
    return { bytes, displayName: 'arbetsboken' };
  }
  const displayName = path.basename(input);
  try {
    const stat = await fsp.stat(input);
    if (stat.isDirectory()) {
      throw new WorkbookReadError('not-a-file', `${input} är en mapp, inte en Excel-fil.`, `${input} is a folder, not an Excel file.`);
    }
    return { bytes: await fsp.readFile(input), displayName };
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new WorkbookReadError('missing', `Filen ${input} finns inte.`, `The file ${input} does not exist.`, err);
    }
    if (code === 'EISDIR') {
      throw new WorkbookReadError('not-a-file', `${input} är en mapp, inte en Excel-fil.`, `${input} is a folder, not an Excel file.`, err);
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new WorkbookReadError('no-access', `Filen ${input} kunde inte öppnas: behörighet saknas.`, `The file ${input} could not be opened: permission denied.`, err);
    }
    throw new WorkbookReadError('no-access', `Filen ${input} kunde inte läsas.`, `The file ${input} could not be read.`, err);
  }
}

/** The largest output buffer allocated for an entry before anything is inflated. */
const MAX_CHUNK = 16 * 1024 * 1024;

/**
 * Node's zlib inflates an entry about three times as fast as fflate. Only a stream that inflates
 * cleanly to at most the declared size is taken from it; anything else (a damaged stream, more
 * bytes than declared) goes to fflate as before, so a damaged file reads exactly as it did.
 */
const zlibInflate: Inflater = (data, size) => {
  // One output buffer of the declared size (+1, so that a full buffer does not make zlib allocate
  // another to look for more): with the default 16 kB chunks a sheet was inflated piece by piece
  // and the pieces copied together. Capped, so a size a damaged directory declares is not
  // allocated up front; beyond the cap zlib goes on in chunks as before.
  const chunkSize = Math.min(Math.max(64, size + 1), MAX_CHUNK);
  const out = inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize });
  // More than declared: fflate keeps the declared length (a zero-length part stays empty).
  if (out.byteLength > size) return undefined;
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};

/** Open the package (central directory only); every failure is a WorkbookReadError with a Swedish message. */
export async function openPackage(input: WorkbookInput, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxPackage> {
  const { bytes, displayName } = await readBytes(input);
  return new XlsxPackage(bytes, displayName, limits, zlibInflate);
}
