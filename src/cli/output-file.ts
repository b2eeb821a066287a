import { constants as fsc, promises as fs } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

/**
 * Writing `-o <ut.xlsx>`: the input is never touched, whatever path leads back to it (the same
 * path, a symbolic link, a hard link, "./a/../a.xlsx"), and an interrupted write never leaves
 * half a file: the bytes go to a temporary file beside the target, which is then renamed over
 * it in one step (rename within a folder is atomic on POSIX and NTFS).
 */

export type OutputFileErrorCode = 'same-as-input' | 'folder-missing' | 'not-writable' | 'is-folder' | 'write-failed';

export class OutputFileError extends Error {
  override readonly name = 'OutputFileError';
  readonly code: OutputFileErrorCode;
  readonly messageEn: string;
  override readonly cause?: unknown;

  constructor(code: OutputFileErrorCode, message: string, messageEn: string, cause?: unknown) {
    super(message);
    this.code = code;
    this.messageEn = messageEn;
    this.cause = cause;
  }
}

const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

function sameAsInput(output: string): OutputFileError {
  return new OutputFileError(
    'same-as-input',
    `Utdatafilen ${output} är samma fil som indatafilen (samma sökväg, en genväg eller en hård länk); indatafilen ändras aldrig. Välj ett annat namn.`,
    `The output file ${output} is the input file (same path, a symbolic link or a hard link); the input is never changed. Choose another name.`,
  );
}

function fsError(output: string, e: unknown): OutputFileError {
  const code = errno(e);
  const folder = path.dirname(output);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new OutputFileError('folder-missing', `Mappen ${folder} för utdatafilen ${output} finns inte.`, `The folder ${folder} for the output file ${output} does not exist.`, e);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new OutputFileError(
      'not-writable',
      `Utdatafilen ${output} kan inte skrivas: behörighet saknas i mappen ${folder}.`,
      `The output file ${output} cannot be written: no permission in the folder ${folder}.`,
      e,
    );
  }
  if (code === 'EISDIR') return new OutputFileError('is-folder', `Utdatafilen ${output} är en mapp.`, `The output file ${output} is a folder.`, e);
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new OutputFileError('write-failed', `Utdatafilen ${output} kunde inte skrivas: disken är full. Inget har ändrats.`, `The output file ${output} could not be written: the disk is full. Nothing was changed.`, e);
  }
  return new OutputFileError('write-failed', `Utdatafilen ${output} kunde inte skrivas. Inget har ändrats.`, `The output file ${output} could not be written. Nothing was changed.`, e);
}

/**
 * Refuse an output that is the input under any name, a folder, or in a folder that is missing or
 * not writable. Run before the work (to fail fast) and again right before writing.
 */
export async function checkOutput(input: string, output: string): Promise<void> {
  const target = path.resolve(output);
  if (target === path.resolve(input)) throw sameAsInput(output);
  const folder = path.dirname(target);
  let dirStat;
  try {
    dirStat = await fs.stat(folder);
  } catch (e) {
    throw fsError(output, e);
  }
  if (!dirStat.isDirectory()) throw fsError(output, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }));
  let inStat;
  try {
    inStat = await fs.stat(input);
  } catch {
    inStat = undefined; // the reader reports a missing input in its own words
  }
  try {
    const outStat = await fs.stat(target); // follows a symbolic link to what it names
    if (outStat.isDirectory()) throw fsError(output, Object.assign(new Error('folder'), { code: 'EISDIR' }));
    if (inStat && outStat.dev === inStat.dev && outStat.ino === inStat.ino) throw sameAsInput(output);
    const [a, b] = await Promise.all([fs.realpath(target), fs.realpath(input)]);
    if (a === b) throw sameAsInput(output);
  } catch (e) {
    if (e instanceof OutputFileError) throw e;
    // No such file yet (or a dangling link, which the rename replaces): nothing to compare.
  }
  try {
    await fs.access(folder, fsc.W_OK);
  } catch (e) {
    throw fsError(output, e);
  }
}

/** Write the bytes to `output` through a temporary file beside it and a rename. */
export async function writeOutputFile(input: string, output: string, bytes: Uint8Array): Promise<void> {
  await checkOutput(input, output);
  const target = path.resolve(output);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, target);
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    throw fsError(output, e);
  }
}
