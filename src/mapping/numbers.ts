import type { CellValue } from '../grid/types';
import { isCellError } from '../grid/types';

/**
 * Numbers as controllers write them. A number cell is taken as is; text is read the way a
 * Swedish reader reads it ("−17 416", "6,6", "+-0", "97%", "-11 845 tkr"); anything else is
 * reported, never taken as 0.
 */
export interface ParsedNumber {
  /** null when the cell is empty, holds a dash, or cannot be read. */
  value: number | null;
  /** Decimals as printed: from the text, the number format, or the value itself. */
  decimals: number;
  /** The number came from text. */
  fromText: boolean;
  /** The text (or error) as found, when not a plain number. */
  raw?: string;
  problem?: 'error-value' | 'not-a-number';
  /** Percent text or a percent number format; value is in percent units (97, not 0.97). */
  percent?: boolean;
  /** A money unit written after the number ("tkr", "mnkr", "kr"). */
  unit?: 'kr' | 'tkr' | 'mnkr';
}

const ERROR_TEXT = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!|GETTING_DATA)/i;
/** Texts that mean "no figure" rather than a wrong one. */
const NO_FIGURE = /^(-|–|—|\.\.|\.|x|n\/a|saknas|ej tillgängligt|uppgift saknas)$/i;
const SPACE_CHARS = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000']/g;
const UNIT_SUFFIX = /(tkr|mnkr|mkr|kr|st|stycken|år|dagar|personer|%|procent)\.?$/i;

/**
 * A workbook uses a handful of number formats over thousands of cells: their reading is memoised
 * per format string (short strings; cleared when large).
 */
/** Decimals per format, −1 for none. */
const decimalsMemo = new Map<string, number>();
const percentMemo = new Map<string, boolean>();
const FORMAT_MEMO_MAX = 5000;

/** Decimals of a number format's first section ("0.0" → 1, "#,##0" → 0, "0.00%" → 2). */
export function formatDecimals(numFmt: string | undefined): number | undefined {
  if (!numFmt) return undefined;
  let d = decimalsMemo.get(numFmt);
  if (d === undefined) {
    if (decimalsMemo.size > FORMAT_MEMO_MAX) decimalsMemo.clear();
    decimalsMemo.set(numFmt, (d = readFormatDecimals(numFmt) ?? -1));
  }
  return d < 0 ? undefined : d;
}

function readFormatDecimals(numFmt: string): number | undefined {
  if (/^general$/i.test(numFmt.trim())) return undefined;
  const first = numFmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  if (!/[0#?]/.test(first)) return undefined;
  const m = /\.([0#?]+)/.exec(first);
  return m ? m[1].length : 0;
}

function formatIsPercent(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  let p = percentMemo.get(numFmt);
  if (p === undefined) {
    if (percentMemo.size > FORMAT_MEMO_MAX) percentMemo.clear();
    percentMemo.set(numFmt, (p = readFormatIsPercent(numFmt)));
  }
  return p;
}

function readFormatIsPercent(numFmt: string): boolean {
  const first = numFmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return first.includes('%');
}

/** Decimals of a plain number as JavaScript writes it briefly (7.4 → 1, -14311 → 0). */
export function valueDecimals(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return 0;
  const s = String(Number(v.toPrecision(12)));
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

function unreadable(raw: string, problem: 'error-value' | 'not-a-number'): ParsedNumber {
  return { value: null, decimals: 0, fromText: typeof raw === 'string', raw, problem };
}

function fromNumber(v: number, numFmt?: string): ParsedNumber {
  if (!Number.isFinite(v)) return unreadable(String(v), 'not-a-number');
  if (formatIsPercent(numFmt)) {
    const pct = Number((v * 100).toPrecision(12));
    return { value: pct, decimals: formatDecimals(numFmt) ?? valueDecimals(pct), fromText: false, percent: true };
  }
  return { value: v, decimals: formatDecimals(numFmt) ?? valueDecimals(v), fromText: false };
}

/** Read a number from text, or undefined when the text is not one number. */
function fromText(text: string): Omit<ParsedNumber, 'fromText' | 'raw'> | undefined {
  let t = text
    .replace(/[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g, '-')
    .replace(SPACE_CHARS, '')
    .toLowerCase();
  if (/^(\+-|-\+|±)0+([.,]0+)?$/.test(t)) {
    const dec = /[.,](\d+)$/.exec(t);
    return { value: 0, decimals: dec ? dec[1].length : 0 };
  }
  let percent = false;
  let unit: ParsedNumber['unit'];
  const suffix = UNIT_SUFFIX.exec(t);
  if (suffix && suffix.index > 0) {
    const s = suffix[1].toLowerCase();
    if (s === '%' || s === 'procent') percent = true;
    else if (s === 'tkr') unit = 'tkr';
    else if (s === 'mnkr' || s === 'mkr') unit = 'mnkr';
    else if (s === 'kr') unit = 'kr';
    t = t.slice(0, suffix.index).replace(/\.$/, '');
  }
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1];
  }
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return undefined;
  const decimalPart = /[.,](\d+)$/.exec(t);
  const value = Number(t.replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  const out: Omit<ParsedNumber, 'fromText' | 'raw'> = {
    value: negative ? -value : value,
    decimals: decimalPart ? decimalPart[1].length : 0,
  };
  if (percent) out.percent = true;
  if (unit) out.unit = unit;
  if (out.value === 0) out.value = 0; // no -0
  return out;
}

/**
 * Read a cell value as a number. Text keeps its raw form; a figure followed by a remark in
 * parentheses ("40 711 tkr (varav 19 372 tkr barn och unga …)") is read as its leading figure.
 */
export function parseNumber(value: CellValue, numFmt?: string): ParsedNumber {
  if (value === null || value === undefined) return { value: null, decimals: formatDecimals(numFmt) ?? 0, fromText: false };
  if (typeof value === 'number') return fromNumber(value, numFmt);
  if (isCellError(value)) return { value: null, decimals: 0, fromText: false, raw: value.error, problem: 'error-value' };
  if (typeof value === 'boolean') return { value: null, decimals: 0, fromText: false, raw: value ? 'SANT' : 'FALSKT', problem: 'not-a-number' };
  if (value instanceof Date) return { value: null, decimals: 0, fromText: false, raw: value.toISOString().slice(0, 10), problem: 'not-a-number' };
  // Anything else a damaged workbook or a foreign adapter hands over is no number, never a crash.
  if (typeof value !== 'string') return { value: null, decimals: 0, fromText: false, raw: typeof value === 'object' ? '(oläsligt innehåll)' : String(value), problem: 'not-a-number' };
  const raw = value;
  const trimmed = raw.replace(SPACE_CHARS, ' ').trim();
  if (trimmed === '') return { value: null, decimals: 0, fromText: true, raw };
  if (ERROR_TEXT.test(trimmed)) return unreadable(raw, 'error-value');
  if (NO_FIGURE.test(trimmed)) return { value: null, decimals: 0, fromText: true, raw };
  const direct = fromText(trimmed);
  if (direct) return { ...direct, fromText: true, raw };
  const remark = /^([^()]+?)\s*\((?:varav|därav|inkl|exkl|avser)[^]*\)\s*$/i.exec(trimmed);
  if (remark) {
    const lead = fromText(remark[1]);
    if (lead) return { ...lead, fromText: true, raw };
  }
  return unreadable(raw, 'not-a-number');
}
