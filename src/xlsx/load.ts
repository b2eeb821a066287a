import { promises as fsp } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { WorkbookReadError } from './errors';
import { listZipEntries } from './zip-entries';

/** A path to an .xlsx file, or its bytes. */
export type WorkbookInput = string | Buffer | Uint8Array | ArrayBuffer;

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Zip entry names of the package as read. */
  entries: string[];
  /** File name for messages ("arbetsboken" when read from memory). */
  displayName: string;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function readBytes(input: WorkbookInput): Promise<{ bytes: Buffer; displayName: string }> {
  if (typeof input !== 'string') {
    const bytes = Buffer.isBuffer(input)
      ? input
      : input instanceof ArrayBuffer
        ? Buffer.from(new Uint8Array(input))
        : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    return { bytes, displayName: 'arbetsboken' };
  }
  const displayName = path.basename(input);
  try {
    return { bytes: await fsp.readFile(input), displayName };
  } catch (err) {
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

/** Check the bytes are an xlsx package before ExcelJS sees them, so each failure gets its own message. */
function checkPackage(bytes: Buffer, name: string): string[] {
  if (bytes.length === 0) {
    throw new WorkbookReadError('empty', `Filen ${name} är tom och är ingen Excel-arbetsbok.`, `The file ${name} is empty; it is not an Excel workbook.`);
  }
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new WorkbookReadError(
      'legacy-or-encrypted',
      `Filen ${name} är lösenordsskyddad eller sparad i det äldre .xls-formatet. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx) utan lösenord.`,
      `The file ${name} is password-protected or in the old .xls format. Open it in Excel and save it as an Excel workbook (.xlsx) without a password.`,
    );
  }
  const looksLikeZip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  const entries = listZipEntries(bytes);
  if (!looksLikeZip && !entries) {
    throw new WorkbookReadError(
      'not-xlsx',
      `Filen ${name} är ingen Excel-arbetsbok (.xlsx). Det kan vara en textfil, t.ex. CSV, med fel filändelse. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).`,
      `The file ${name} is not an Excel workbook (.xlsx); it may be a text file such as CSV with the wrong extension. Open it in Excel and save it as an Excel workbook (.xlsx).`,
    );
  }
  if (!entries) {
    throw new WorkbookReadError(
      'damaged',
      `Filen ${name} är skadad eller ofullständig (zip-paketet går inte att läsa). Öppna den i Excel, som ofta kan reparera filen, och spara den på nytt.`,
      `The file ${name} is damaged or truncated (the zip package cannot be read). Open it in Excel, which can often repair it, and save it again.`,
    );
  }
  if (entries.some((e) => /^xl\/workbook\.bin$/i.test(e))) {
    throw new WorkbookReadError(
      'binary-xlsb',
      `Filen ${name} är en binär Excel-arbetsbok (.xlsb), som inte stöds. Spara den som Excel-arbetsbok (.xlsx).`,
      `The file ${name} is a binary workbook (.xlsb), which is not supported. Save it as an Excel workbook (.xlsx).`,
    );
  }
  if (!entries.some((e) => /^xl\/workbook\.xml$/i.test(e))) {
    throw new WorkbookReadError(
      'not-xlsx',
      `Filen ${name} är ett zip-arkiv men ingen Excel-arbetsbok (delen xl/workbook.xml saknas).`,
      `The file ${name} is a zip archive but not an Excel workbook (xl/workbook.xml is missing).`,
    );
  }
  return entries;
}

/** Load a workbook with ExcelJS; every failure becomes a WorkbookReadError with a Swedish message. */
export async function loadWorkbook(input: WorkbookInput): Promise<LoadedWorkbook> {
  const { bytes, displayName } = await readBytes(input);
  const entries = checkPackage(bytes, displayName);
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type; a Node Buffer is what it actually reads.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (err) {
    throw new WorkbookReadError(
      'damaged',
      `Filen ${displayName} kunde inte läsas: arbetsboken verkar vara skadad. Öppna den i Excel, som ofta kan reparera filen, och spara den på nytt.`,
      `The file ${displayName} could not be read: the workbook seems damaged. Open it in Excel, which can often repair it, and save it again.`,
      err,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookReadError(
      'damaged',
      `Filen ${displayName} innehåller inga kalkylblad som går att läsa; arbetsboken verkar vara skadad.`,
      `The file ${displayName} contains no readable worksheets; the workbook seems damaged.`,
    );
  }
  return { workbook, entries, displayName };
}
