import { inflateSync, unzipSync } from 'fflate';
import { WorkbookReadError } from './errors';

/**
 * The .xlsx package (an OPC zip) opened with fflate, read part by part: only the parts a caller
 * asks for are inflated, one at a time, so a big sheet's bytes are dropped before the next is
 * read. Browser-safe (no Node modules): the command line and the demo's worker share it.
 */

export interface ReadLimits {
  /** Total inflated bytes of the parts read (sheets, strings, styles …). */
  maxInflatedBytes: number;
  /** Cells in the whole workbook (every <c> element, also empty styled ones). */
  maxCells: number;
}

/**
 * Far above any board's workbook (a few thousand cells) and above the bench's 1 M cells, below
 * what a Node process with its default heap can hold as a grid (about 200 bytes a cell).
 */
export const DEFAULT_LIMITS: ReadLimits = { maxInflatedBytes: 768 * 1024 * 1024, maxCells: 3_000_000 };

export interface PartInfo {
  name: string;
  /** Inflated size as the zip's central directory declares it; fflate never inflates beyond it. */
  size: number;
  /** Where the entry's data is, when the central directory was read directly (not ZIP64). */
  at?: { offset: number; compressedSize: number; method: number };
}

/**
 * A faster raw-deflate inflater the host may lend (Node's zlib on the command line): the bytes of
 * `data` inflated, never more than `size`; undefined (or an exception) when it cannot, and then
 * fflate inflates the entry as without it, so what a damaged entry gives stays fflate's.
 */
export type Inflater = (data: Uint8Array, size: number) => Uint8Array | undefined;

export class XlsxPackage {
  readonly parts: PartInfo[];
  private readonly byLower = new Map<string, PartInfo>();
  private inflated = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly displayName: string,
    readonly limits: ReadLimits = DEFAULT_LIMITS,
    private readonly fastInflate?: Inflater,
  ) {
    this.parts = listParts(bytes, displayName);
    for (const p of this.parts) {
      const key = partKey(p.name);
      if (this.byLower.has(key)) {
        // Two entries for one part (names differ at most in case or slashes): which one Excel
        // would take is unknown, so neither is read.
        throw new WorkbookReadError(
          'damaged',
          `Filen ${displayName} är skadad: delen ${p.name} finns två gånger i zip-paketet. Öppna den i Excel, som ofta kan reparera filen, och spara den på nytt.`,
          `The file ${displayName} is damaged: the part ${p.name} occurs twice in the zip package. Open it in Excel, which can often repair it, and save it again.`,
        );
      }
      this.byLower.set(key, p);
    }
  }

  get names(): string[] {
    return this.parts.map((p) => p.name);
  }

  /** The stored name of a part (with / for any \\), matched case-insensitively (OPC part names are). */
  find(name: string): string | undefined {
    return this.byLower.get(partKey(name))?.name.replace(/\\/g, '/');
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** A part's bytes, or undefined when the package has no such part. Counts against the limit. */
  read(name: string): Uint8Array | undefined {
    const info = this.byLower.get(partKey(name));
    if (!info) return undefined;
    this.inflated += info.size;
    if (this.inflated > this.limits.maxInflatedBytes) throw tooLarge(this.displayName, this.limits);
    const direct = info.at ? this.readDirect(info.at, info.size) : undefined;
    if (direct) return direct;
    let out: Record<string, Uint8Array>;
    try {
      out = unzipSync(this.bytes, { filter: (f) => f.name === info.name });
    } catch (err) {
      throw damaged(this.displayName, err);
    }
    return out[info.name];
  }

  /**
   * One entry inflated from its own bytes: fflate's unzipSync would walk the whole central
   * directory again for every part (800 sheets: 800 walks). Undefined sends the caller back to
   * unzipSync (an unusual local header, a method other than stored or deflate).
   */
  private readDirect(at: { offset: number; compressedSize: number; method: number }, size: number): Uint8Array | undefined {
    const b = this.bytes;
    const o = at.offset;
    if (o + 30 > b.length || b[o] !== 0x50 || b[o + 1] !== 0x4b || b[o + 2] !== 0x03 || b[o + 3] !== 0x04) return undefined;
    const start = o + 30 + (b[o + 26] | (b[o + 27] << 8)) + (b[o + 28] | (b[o + 29] << 8));
    const end = start + at.compressedSize;
    if (end > b.length) throw damaged(this.displayName);
    const data = b.subarray(start, end);
    if (at.method === 0) return data;
    if (at.method !== 8) return undefined;
    if (this.fastInflate) {
      try {
        const out = this.fastInflate(data, size);
        if (out) return out;
      } catch {
        // fflate below decides (and reports the damage as before).
      }
    }
    try {
      return inflateSync(data, { out: new Uint8Array(size) });
    } catch (err) {
      throw damaged(this.displayName, err);
    }
  }

  /** A part as text (UTF-8, BOM dropped), or undefined when absent. */
  text(name: string): string | undefined {
    const bytes = this.read(name);
    return bytes === undefined ? undefined : decodeUtf8(bytes);
  }
}

/** Part names match case-insensitively (OPC); some Windows tools store "xl\\workbook.xml". */
export function partKey(name: string): string {
  const n = name.replace(/\\/g, '/');
  return (n.startsWith('/') ? n.slice(1) : n).toLowerCase();
}

const decoder = typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-8') : undefined;

export function decodeUtf8(bytes: Uint8Array): string {
  if (!decoder) throw new Error('TextDecoder missing');
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function tooLarge(name: string, limits: ReadLimits): WorkbookReadError {
  const mb = Math.round(limits.maxInflatedBytes / (1024 * 1024));
  return new WorkbookReadError(
    'too-large',
    `Filen ${name} är för stor för att läsas (mer än ${mb} MB uppackat eller ${limits.maxCells.toLocaleString('sv-SE')} celler). Dela upp arbetsboken eller ta bort blad som inte ingår i rapporten.`,
    `The file ${name} is too large to read (more than ${mb} MB unpacked or ${limits.maxCells} cells). Split the workbook or remove sheets that are not part of the report.`,
  );
}

export function damaged(name: string, cause?: unknown): WorkbookReadError {
  return new WorkbookReadError(
    'damaged',
    `Filen ${name} kunde inte läsas: arbetsboken verkar vara skadad. Öppna den i Excel, som ofta kan reparera filen, och spara den på nytt.`,
    `The file ${name} could not be read: the workbook seems damaged. Open it in Excel, which can often repair it, and save it again.`,
    cause,
  );
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The package's parts, after telling apart the ways a file can fail to be an .xlsx. */
function listParts(bytes: Uint8Array, name: string): PartInfo[] {
  if (bytes.length === 0) {
    throw new WorkbookReadError('empty', `Filen ${name} är tom och är ingen Excel-arbetsbok.`, `The file ${name} is empty; it is not an Excel workbook.`);
  }
  if (bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new WorkbookReadError(
      'legacy-or-encrypted',
      `Filen ${name} är lösenordsskyddad eller sparad i det äldre .xls-formatet. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx) utan lösenord.`,
      `The file ${name} is password-protected or in the old .xls format. Open it in Excel and save it as an Excel workbook (.xlsx) without a password.`,
    );
  }
  const looksLikeZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const direct = centralDirectory(bytes);
  if (direct) return checkParts(direct, name);
  const parts: PartInfo[] = [];
  let ok = true;
  try {
    // The filter sees every entry of the central directory and inflates none.
    unzipSync(bytes, {
      filter: (f) => {
        parts.push({ name: f.name, size: f.compression === 0 ? f.size : f.originalSize });
        return false;
      },
    });
  } catch {
    ok = false;
  }
  if (!ok || parts.length === 0) {
    if (!looksLikeZip) {
      throw new WorkbookReadError(
        'not-xlsx',
        `Filen ${name} är ingen Excel-arbetsbok (.xlsx). Det kan vara en textfil, t.ex. CSV, med fel filändelse. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).`,
        `The file ${name} is not an Excel workbook (.xlsx); it may be a text file such as CSV with the wrong extension. Open it in Excel and save it as an Excel workbook (.xlsx).`,
      );
    }
    throw new WorkbookReadError(
      'damaged',
      `Filen ${name} är skadad eller ofullständig (zip-paketet går inte att läsa). Öppna den i Excel, som ofta kan reparera filen, och spara den på nytt.`,
      `The file ${name} is damaged or truncated (the zip package cannot be read). Open it in Excel, which can often repair it, and save it again.`,
    );
  }
  return checkParts(parts, name);
}

function checkParts(parts: PartInfo[], name: string): PartInfo[] {
  const lower = parts.map((p) => partKey(p.name));
  if (lower.includes('xl/workbook.bin')) {
    throw new WorkbookReadError(
      'binary-xlsb',
      `Filen ${name} är en binär Excel-arbetsbok (.xlsb), som inte stöds. Spara den som Excel-arbetsbok (.xlsx).`,
      `The file ${name} is a binary workbook (.xlsb), which is not supported. Save it as an Excel workbook (.xlsx).`,
    );
  }
  if (!lower.includes('[content_types].xml') && !lower.some((n) => n.endsWith('workbook.xml'))) {
    throw new WorkbookReadError(
      'not-xlsx',
      `Filen ${name} är ett zip-arkiv men ingen Excel-arbetsbok (delen xl/workbook.xml saknas).`,
      `The file ${name} is a zip archive but not an Excel workbook (xl/workbook.xml is missing).`,
    );
  }
  return parts;
}

const utf8 = typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-8') : undefined;
const latin1 = typeof TextDecoder !== 'undefined' ? new TextDecoder('latin1') : undefined;

/**
 * The central directory read directly (names, sizes, where each entry's data is), or null when
 * it is anything unusual (ZIP64, a bad signature, entries past the end): fflate then reads it.
 */
/** Little-endian integers of the zip's records (module functions: see sheetRead in reader.ts on why not closures). */
function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

function centralDirectory(b: Uint8Array): PartInfo[] | null {
  if (b.length < 22 || !utf8 || !latin1) return null;
  let eocd = -1;
  for (let i = b.length - 22, stop = Math.max(0, b.length - 22 - 0xffff); i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(b, eocd + 10);
  const offset = u32(b, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || offset >= b.length) return null;
  const out: PartInfo[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) return null;
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const compressedSize = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const local = u32(b, p + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff || p + 46 + nameLen > b.length) return null;
    // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII part latin1 reads the same.
    const raw = b.subarray(p + 46, p + 46 + nameLen);
    const name = flags & 0x800 ? utf8.decode(raw) : latin1.decode(raw);
    out.push({ name, size: method === 0 ? compressedSize : size, at: { offset: local, compressedSize, method } });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
