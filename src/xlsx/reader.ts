import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { columnLetters, formatRange, parseRange } from '../grid/address';
import { themePalette } from './colors';
import { translateFormula } from './formula';
import { parseRels, relsPathOf, resolveTarget, type Relationship } from './opc';
import { damaged, tooLarge, XlsxPackage } from './package';
import { readStyles, type CellFormat } from './styles-read';
import { decodeOoxmlEscapes, isEmptyPart, parseXmlBytes, parseXmlPart, type XmlHandlers } from './xml';
import { decodeAddressText, SCAN_BAIL, scanSheet, type SheetSink } from './sheet-scan';
import { WorkbookReadError } from './errors';

/**
 * SpreadsheetML into the grid, with zlib/fflate, saxes and a byte scanner: workbook.xml for the sheets (names,
 * states, the 1904 date system), styles.xml for number formats, fills, bold and indent, the
 * shared strings, then each worksheet streamed cell by cell. Nothing else of the package is
 * inflated. Only what the grid holds is kept; whole-column data validations, conditional
 * formats and the like are skipped by the tokenizer without building anything.
 */

export interface SheetEntry {
  name: string;
  /** Part name of the worksheet, e.g. xl/worksheets/sheet1.xml. */
  part: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  rId: string;
  sheetId: string;
}

export interface WorkbookInfo {
  /** Part name of the workbook, normally xl/workbook.xml. */
  part: string;
  rels: Relationship[];
  /** Sheets in workbook order, worksheets only (chart and macro sheets have no cells). */
  sheets: SheetEntry[];
  /** All <sheet> entries, also chart sheets, in workbook order. */
  allSheets: { name: string; rId: string; sheetId: string }[];
  date1904: boolean;
}

/** `fast`: the package's small parts through the byte scanner (see parseXmlPart), else saxes alone. */
export function workbookPart(pkg: XlsxPackage, fast = true): string {
  const rels = parseRels(pkg.read('_rels/.rels'), fast);
  const main = rels.find((r) => r.kind === 'officeDocument' && !r.external);
  const part = main ? pkg.find(resolveTarget('', main.target)) : undefined;
  const found = part ?? pkg.find('xl/workbook.xml');
  if (!found) {
    throw new WorkbookReadError(
      'not-xlsx',
      `Filen ${pkg.displayName} är ett zip-arkiv men ingen Excel-arbetsbok (delen xl/workbook.xml saknas).`,
      `The file ${pkg.displayName} is a zip archive but not an Excel workbook (xl/workbook.xml is missing).`,
    );
  }
  return found;
}

export function readWorkbookInfo(pkg: XlsxPackage, fast = true): WorkbookInfo {
  const part = workbookPart(pkg, fast);
  const rels = parseRels(pkg.read(relsPathOf(part)), fast);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const raw: { name: string; rId: string; sheetId: string; state: string | undefined }[] = [];
  let date1904 = false;
  const xml = pkg.read(part) ?? new Uint8Array(0);
  try {
    parseXmlPart(xml, {
      open: (name, a) => {
        if (name === 'sheet') {
          const rId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
          raw.push({ name: a.name ?? '', rId, sheetId: a.sheetId ?? '', state: a.state });
        } // Only the main workbookPr has date1904; x15:workbookPr in extLst must not reset it.
        else if (name === 'workbookPr' && a.date1904 !== undefined) date1904 = a.date1904 === '1' || a.date1904 === 'true';
      },
    }, fast);
  } catch (err) {
    throw damaged(pkg.displayName, err);
  }
  const sheets: SheetEntry[] = [];
  for (const s of raw) {
    const rel = byId.get(s.rId);
    if (!rel || rel.external || rel.kind !== 'worksheet') continue;
    const target = pkg.find(resolveTarget(part, rel.target));
    if (!target) continue;
    const state = s.state === 'hidden' || s.state === 'veryHidden' ? s.state : 'visible';
    sheets.push({ name: s.name, part: target, state, rId: s.rId, sheetId: s.sheetId });
  }
  return { part, rels, sheets, allSheets: raw.map(({ name, rId, sheetId }) => ({ name, rId, sheetId })), date1904 };
}

function relPart(pkg: XlsxPackage, info: WorkbookInfo, kind: string): string | undefined {
  const rel = info.rels.find((r) => r.kind === kind && !r.external);
  return rel ? pkg.find(resolveTarget(info.part, rel.target)) : undefined;
}

function readSharedStrings(xml: Uint8Array | undefined, fast: boolean): string[] {
  if (!xml || isEmptyPart(xml)) return [];
  const out: string[] = [];
  let inSi = false;
  let skip = 0;
  let inT = false;
  let text = '';
  parseXmlPart(xml, {
    open: (name) => {
      if (name === 'si') {
        inSi = true;
        text = '';
      } else if (inSi && (name === 'rPh' || name === 'phoneticPr')) skip++;
      else if (inSi && name === 't' && skip === 0) inT = true;
    },
    close: (name) => {
      if (name === 'si') {
        out.push(decodeOoxmlEscapes(text));
        inSi = false;
      } else if (name === 'rPh' || name === 'phoneticPr') skip = Math.max(0, skip - 1);
      else if (name === 't') inT = false;
    },
    text: (t) => {
      if (inT) text += t;
    },
  }, fast);
  return out;
}

const MS_PER_DAY = 86400000;

/** A serial date as a Date (UTC midnight-based, as the grid's dates are). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

/** An ISO 8601 cell (t="d"): a date without zone is the workbook's local wall time, read as UTC like serial dates. */
function isoToDate(text: string): CellValue {
  const t = text.trim();
  if (!t) return null;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : /^\d{2}:\d{2}/.test(t) ? `1899-12-30T${t}Z` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(t) ? t : `${t}Z`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? t : d;
}

const LETTERS: string[] = [];
const letters = (col: number): string => (LETTERS[col] ??= columnLetters(col));

/**
 * A1 addresses built once per workbook and shared by every sheet's cells at the same position
 * (addresses[col][row]): most sheets of a workbook cover the same top-left block, and a cell's
 * address string was a third of what the read allocated.
 */
type AddressTable = string[][];
function addressAt(table: AddressTable, r: number, c: number): string {
  const column = (table[c] ??= []);
  return (column[r] ??= letters(c) + r);
}

const F_NUMFMT = 1;
const F_FILL = 2;
const F_BOLD = 4;
const F_INDENT = 8;
const F_FORMULA = 16;

/** Which of the grid's style properties a cell format gives a cell (as put() tests them). */
function formatMask(f: CellFormat): number {
  return (f.numFmt ? F_NUMFMT : 0) | (f.fill ? F_FILL : 0) | (f.bold ? F_BOLD : 0) | (f.indent > 0 ? F_INDENT : 0);
}

interface SheetContext {
  strings: string[];
  formats: CellFormat[];
  date1904: boolean;
  /** Shared A1 address strings (see addressAt). */
  addresses: AddressTable;
  /** formatMask of formats[i], filled as cells use them. */
  masks: number[];
  /** Cells read so far in the workbook, against the limit. */
  counter: { cells: number; max: number; name: string; limits: XlsxPackage['limits'] };
}

/** Excel's last column (XFD). */
const MAX_COLUMNS = 16384;

/** Merges bigger than this are marked only where the sheet has cells (a whole-column merge would be a million). */
const MAX_MARKED_MERGE = 10000;

/**
 * One worksheet into its grid, through the byte scanner (`sheet-scan.ts`: sheetData's cells and
 * the rest of the part); when the scanner meets anything it does not handle as saxes would, the
 * sheet is read again with saxes alone, from a clean state.
 */
export function readSheet(bytes: Uint8Array, entry: SheetEntry, ctx: SheetContext, options: { fast?: boolean } = {}): SheetGrid {
  if (options.fast === false) return readSheetWith(bytes, entry, ctx, false);
  const before = ctx.counter.cells;
  try {
    return readSheetWith(bytes, entry, ctx, true);
  } catch (err) {
    if (err !== SCAN_BAIL) throw err;
    ctx.counter.cells = before;
    return readSheetWith(bytes, entry, ctx, false);
  }
}

/**
 * The state of one worksheet's read, and the scanner's sink for it. The sink's methods and the
 * steps they call are module functions, not closures made per sheet: a closure's optimized code
 * is held only weakly once the closure is gone, so a full GC between two reads (a batch of
 * workbooks, the pane's next file) would drop it and the next read would start in the
 * interpreter for its first hundred thousand cells. One object literal, every field set here:
 * its shape never changes after it is made.
 */
interface SheetRead extends SheetSink {
  ctx: SheetContext;
  rows: (Cell | undefined)[][];
  hiddenRows: number[];
  hiddenColumns: number[];
  mergeRefs: string[];
  sharedMasters: Map<string, { formula: string; row: number; col: number }>;
  /** Empty cells with a style, kept only if a merge covers them (added when merges are applied). */
  styledEmpty: Map<number, CellFormat>;
  inSheetData: boolean;
  /** The row and column the scanner is at (a cell without an address takes the next). */
  atRow: number;
  atCol: number;
  // The cell being read.
  cRow: number;
  cCol: number;
  cType: string;
  cStyle: number;
  vText: string | null;
  /** The scanner's number for vText (NaN when it gave none); with vText null the cell has a plain <v>. */
  vNum: number;
  hasV: boolean;
  fText: string | null;
  fAttrs: Record<string, string> | null;
  isText: string;
  hasIs: boolean;
  capture: 'v' | 'f' | 't' | null;
  inIs: boolean;
  rphDepth: number;
}

function sheetRead(ctx: SheetContext): SheetRead {
  return {
    ctx,
    rows: [],
    hiddenRows: [],
    hiddenColumns: [],
    mergeRefs: [],
    sharedMasters: new Map(),
    styledEmpty: new Map(),
    inSheetData: false,
    atRow: 0,
    atCol: 0,
    cRow: 0,
    cCol: 0,
    cType: '',
    cStyle: 0,
    vText: null,
    vNum: NaN,
    hasV: false,
    fText: null,
    fAttrs: null,
    isText: '',
    hasIs: false,
    capture: null,
    inIs: false,
    rphDepth: 0,
    row: sinkRow,
    cellOpen: sinkCellOpen,
    value: sinkValue,
    formula: sinkFormula,
    cellClose: sinkCellClose,
    mergeCell: sinkMergeCell,
    col: sinkCol,
  };
}

function sinkRow(this: SheetRead, rNum: number, rText: string | undefined, hidden: string | undefined): void {
  beginRow(this, rNum, rText, hidden);
}

function sinkCellOpen(this: SheetRead, ar: number, ac: number, t: string | undefined, sNum: number, sText: string | undefined): void {
  beginCell(this, ar, ac, t, sNum >= 0 ? sNum : sText ? parseInt(sText, 10) || 0 : 0);
}

function sinkValue(this: SheetRead, text: string | null, num: number): void {
  this.vText = text;
  this.vNum = num;
  this.hasV = true;
}

function sinkFormula(this: SheetRead, text: string, attrs: Record<string, string>): void {
  this.fText = text;
  this.fAttrs = attrs;
}

function sinkCellClose(this: SheetRead): void {
  finishCell(this);
}

function sinkMergeCell(this: SheetRead, ref: string | undefined): void {
  if (ref) this.mergeRefs.push(ref);
}

function sinkCol(this: SheetRead, min: string | undefined, max: string | undefined, hidden: string | undefined): void {
  hideColumns(this, min, max, hidden);
}

function finishCell(s: SheetRead): void {
  const { formats, strings, date1904 } = s.ctx;
  const { cRow, cCol, cType, cStyle, vText, vNum, fText, fAttrs } = s;
  let value: CellValue = null;
  let formula: string | undefined;
  if (fText !== null && fText !== '') {
    formula = fText;
    if (fAttrs?.t === 'shared' && fAttrs.si !== undefined && fAttrs.ref) s.sharedMasters.set(fAttrs.si, { formula: fText, row: cRow, col: cCol });
  } else if (fAttrs?.t === 'shared' && fAttrs.si !== undefined) {
    const master = s.sharedMasters.get(fAttrs.si);
    if (master) formula = translateFormula(master.formula, cRow - master.row, cCol - master.col);
  }
  const format = cStyle > 0 || formats.length > 0 ? formats[cStyle] : undefined;
  if (cType === 'inlineStr') value = s.hasIs ? decodeOoxmlEscapes(s.isText) : null;
  else if (vText === null && s.hasV) {
    // From the scanner: a plain decimal in a number or shared-string cell.
    if (cType === 's') {
      const str = strings[Math.trunc(vNum)];
      value = str === undefined ? null : str;
    } else value = format?.isDate ? serialToDate(vNum, date1904) : vNum;
  } else if (vText !== null) {
    switch (cType) {
      case 's': {
        const str = strings[parseInt(vText, 10)];
        value = str === undefined ? null : str;
        break;
      }
      case 'str':
        value = decodeOoxmlEscapes(vText);
        break;
      case 'b':
        value = vText.trim() === '1' || vText.trim() === 'true';
        break;
      case 'e':
        value = { error: vText.trim() };
        break;
      case 'd':
        value = isoToDate(vText);
        break;
      default: {
        const t = vText.trim();
        if (t === '') value = null;
        else {
          const n = Number(t);
          value = Number.isFinite(n) ? (format?.isDate ? serialToDate(n, date1904) : n) : { error: '#NUM!' };
        }
      }
    }
  }
  // Excel shows an empty string as an empty cell; the grid has one kind of empty.
  if (value === '') value = null;
  const fill = format?.fill;
  if (value === null && formula === undefined && !fill) {
    // Kept only if a merge covers it (added when merges are applied).
    if (format && (format.numFmt || format.bold || format.indent)) s.styledEmpty.set(cRow * 16384 + cCol, format);
    return;
  }
  put(s, cRow, cCol, value, formula, format);
}

function put(s: SheetRead, r: number, c: number, value: CellValue, formula: string | undefined, format: CellFormat | undefined): void {
  const ctx = s.ctx;
  const address = addressAt(ctx.addresses, r, c);
  // One object literal per common combination of properties, in the order the grid has always
  // had them (address, row, col, value, formula, numFmt, fill, bold, indent): the object is
  // allocated with its final shape instead of growing a property store for each addition (and
  // a literal's shape lives as long as the code: one grown property by property is held only
  // weakly, and a full GC that drops it throws away the optimized code of all that read it).
  const mask = format ? ((ctx.masks[s.cStyle] ??= formatMask(format)) | (formula !== undefined ? F_FORMULA : 0)) : formula !== undefined ? F_FORMULA : 0;
  let out: Cell;
  switch (mask) {
    case 0:
      out = { address, row: r, col: c, value };
      break;
    case F_NUMFMT:
      out = { address, row: r, col: c, value, numFmt: format!.numFmt };
      break;
    case F_FORMULA:
      out = { address, row: r, col: c, value, formula };
      break;
    case F_FORMULA | F_NUMFMT:
      out = { address, row: r, col: c, value, formula, numFmt: format!.numFmt };
      break;
    case F_BOLD:
      out = { address, row: r, col: c, value, bold: true };
      break;
    case F_NUMFMT | F_BOLD:
      out = { address, row: r, col: c, value, numFmt: format!.numFmt, bold: true };
      break;
    case F_FORMULA | F_NUMFMT | F_BOLD:
      out = { address, row: r, col: c, value, formula, numFmt: format!.numFmt, bold: true };
      break;
    case F_FILL | F_BOLD:
      out = { address, row: r, col: c, value, fill: format!.fill, bold: true };
      break;
    case F_FILL:
      out = { address, row: r, col: c, value, fill: format!.fill };
      break;
    case F_INDENT:
      out = { address, row: r, col: c, value, indent: format!.indent };
      break;
    case F_BOLD | F_INDENT:
      out = { address, row: r, col: c, value, bold: true, indent: format!.indent };
      break;
    case F_NUMFMT | F_INDENT:
      out = { address, row: r, col: c, value, numFmt: format!.numFmt, indent: format!.indent };
      break;
    default:
      out = { address, row: r, col: c, value };
      if (formula !== undefined) out.formula = formula;
      if (format) {
        if (format.numFmt) out.numFmt = format.numFmt;
        if (format.fill) out.fill = format.fill;
        if (format.bold) out.bold = true;
        if (format.indent > 0) out.indent = format.indent;
      }
  }
  (s.rows[r - 1] ??= [])[c - 1] = out;
}

/** A `<col min max hidden>` range: its columns, when hidden, within Excel's 16 384. */
function hideColumns(s: SheetRead, min: string | undefined, max: string | undefined, hidden: string | undefined): void {
  if (hidden !== '1' && hidden !== 'true') return;
  const from = min ? parseInt(min, 10) : NaN;
  const to = max ? parseInt(max, 10) : from;
  if (!(from >= 1) || !(to >= from)) return;
  for (let c = from, last = Math.min(to, MAX_COLUMNS); c <= last; c++) s.hiddenColumns.push(c);
}

function beginRow(s: SheetRead, rNum: number, rText: string | undefined, hidden: string | undefined): void {
  const r = rNum >= 0 ? rNum : rText ? parseInt(rText, 10) : s.atRow + 1;
  s.atRow = Number.isFinite(r) && r > 0 ? r : s.atRow + 1;
  s.atCol = 0;
  if (hidden === '1' || hidden === 'true') s.hiddenRows.push(s.atRow);
}

/** A <c> opens: ar / ac its address (0 where absent), t its type attribute, style its index. */
function beginCell(s: SheetRead, ar: number, ac: number, t: string | undefined, style: number): void {
  const counter = s.ctx.counter;
  if (++counter.cells > counter.max) throw tooLarge(counter.name, counter.limits);
  let r = s.atRow;
  let c = s.atCol + 1;
  if (ac > 0) c = ac;
  if (ar > 0) r = ar;
  if (r === 0) r = s.atRow = 1;
  s.atCol = c;
  s.cRow = r;
  s.cCol = c;
  s.cType = t ?? 'n';
  s.cStyle = style;
  s.vText = null;
  s.vNum = NaN;
  s.hasV = false;
  s.fText = null;
  s.fAttrs = null;
  s.isText = '';
  s.hasIs = false;
}

/** saxes' events for the same read (the fallback when the scanner gives up: rare, so closures). */
function saxesHandlers(s: SheetRead): XmlHandlers {
  return {
    open: (name, a) => {
      if (s.inSheetData) {
        switch (name) {
          case 'row':
            beginRow(s, -1, a.r, a.hidden);
            return;
          case 'c': {
            const [ar, ac] = a.r ? decodeAddressText(a.r) : [0, 0];
            beginCell(s, ar, ac, a.t, a.s ? parseInt(a.s, 10) || 0 : 0);
            return;
          }
          case 'v':
            s.vText = '';
            s.capture = 'v';
            return;
          case 'f':
            s.fText = '';
            s.fAttrs = a;
            s.capture = 'f';
            return;
          case 'is':
            s.inIs = true;
            s.hasIs = true;
            return;
          case 'rPh':
            if (s.inIs) s.rphDepth++;
            return;
          case 't':
            if (s.inIs && s.rphDepth === 0) s.capture = 't';
            return;
          default:
            return;
        }
      }
      if (name === 'sheetData') s.inSheetData = true;
      else if (name === 'mergeCell' && a.ref) s.mergeRefs.push(a.ref);
      else if (name === 'col') hideColumns(s, a.min, a.max, a.hidden);
    },
    close: (name) => {
      if (!s.inSheetData) return;
      switch (name) {
        case 'c':
          finishCell(s);
          return;
        case 'v':
        case 'f':
        case 't':
          s.capture = null;
          return;
        case 'is':
          s.inIs = false;
          return;
        case 'rPh':
          if (s.rphDepth > 0) s.rphDepth--;
          return;
        case 'sheetData':
          s.inSheetData = false;
          return;
        default:
          return;
      }
    },
    text: (t) => {
      if (s.capture === 'v') s.vText += t;
      else if (s.capture === 'f') s.fText += t;
      else if (s.capture === 't') s.isText += t;
    },
  };
}

function readSheetWith(bytes: Uint8Array, entry: SheetEntry, ctx: SheetContext, fast: boolean): SheetGrid {
  const s = sheetRead(ctx);
  if (!fast) parseXmlBytes(bytes, saxesHandlers(s));
  else scanSheet(bytes, s);
  const rows = s.rows;
  const merges = applyMerges(rows, s.mergeRefs, s.styledEmpty, ctx.addresses);
  const grid: SheetGrid = { name: entry.name, rows, merges, state: entry.state };
  if (s.hiddenRows.length > 0) grid.hiddenRows = [...new Set(s.hiddenRows)].sort((x, y) => x - y);
  if (s.hiddenColumns.length > 0) grid.hiddenColumns = [...new Set(s.hiddenColumns)].sort((x, y) => x - y);
  return grid;
}

function applyMerges(target: (Cell | undefined)[][], refs: string[], styled: Map<number, CellFormat>, addresses: AddressTable): string[] {
  const seen = new Set<string>();
  const boxes: { top: number; left: number; bottom: number; right: number; ref: string }[] = [];
  for (const ref of refs) {
    let box;
    try {
      box = parseRange(ref);
    } catch {
      continue;
    }
    const norm = formatRange(box);
    if (seen.has(norm)) continue;
    seen.add(norm);
    boxes.push({ ...box, ref: norm });
  }
  boxes.sort((x, y) => x.top - y.top || x.left - y.left);
  const lastRow = target.length;
  for (const b of boxes) {
    const area = (b.bottom - b.top + 1) * (b.right - b.left + 1);
    const bottom = area > MAX_MARKED_MERGE ? Math.min(b.bottom, Math.max(b.top, lastRow)) : b.bottom;
    for (let r = b.top; r <= bottom; r++) {
      const line = target[r - 1];
      let right = b.right;
      if (area > MAX_MARKED_MERGE) right = Math.min(b.right, Math.max(b.left, line ? line.length : b.left));
      for (let c = b.left; c <= right; c++) {
        const master = r === b.top && c === b.left;
        const existing = target[r - 1]?.[c - 1];
        if (existing) {
          if (!master) {
            existing.value = null;
            delete existing.formula;
          }
          existing.merge = b.ref;
        } else {
          const cell: Cell = { address: addressAt(addresses, r, c), row: r, col: c, value: null, merge: b.ref };
          const f = styled.get(r * 16384 + c);
          if (f) {
            if (f.numFmt) cell.numFmt = f.numFmt;
            if (f.bold) cell.bold = true;
            if (f.indent > 0) cell.indent = f.indent;
          }
          (target[r - 1] ??= [])[c - 1] = cell;
        }
      }
    }
  }
  return boxes.map((b) => b.ref);
}

/** The whole workbook as grids. */
export function readPackage(pkg: XlsxPackage, options: { fast?: boolean } = {}): WorkbookGrid {
  try {
    const fast = options.fast !== false;
    const info = readWorkbookInfo(pkg, fast);
    const themePart = relPart(pkg, info, 'theme');
    const palette = themePalette(themePart ? pkg.text(themePart) : undefined);
    const stylesPart = relPart(pkg, info, 'styles');
    const formats = readStyles(stylesPart ? pkg.read(stylesPart) : undefined, palette, fast);
    const stringsPart = relPart(pkg, info, 'sharedStrings') ?? pkg.find('xl/sharedStrings.xml');
    const strings = readSharedStrings(stringsPart ? pkg.read(stringsPart) : undefined, fast);
    const counter = { cells: 0, max: pkg.limits.maxCells, name: pkg.displayName, limits: pkg.limits };
    const sheets: SheetGrid[] = [];
    const addresses: AddressTable = [];
    const masks: number[] = [];
    for (const entry of info.sheets) {
      const bytes = pkg.read(entry.part);
      if (!bytes) continue;
      sheets.push(readSheet(bytes, entry, { strings, formats, date1904: info.date1904, counter, addresses, masks }, options));
    }
    if (sheets.length === 0) {
      throw new WorkbookReadError(
        'damaged',
        `Filen ${pkg.displayName} innehåller inga kalkylblad som går att läsa; arbetsboken verkar vara skadad.`,
        `The file ${pkg.displayName} contains no readable worksheets; the workbook seems damaged.`,
      );
    }
    return { sheets };
  } catch (err) {
    if (err instanceof WorkbookReadError) throw err;
    throw damaged(pkg.displayName, err);
  }
}
