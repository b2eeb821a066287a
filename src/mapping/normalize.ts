/**
 * Text normalisation shared by header parsing and row labels. Controllers type the same label
 * many ways ("Delårs-\nbokslut", "VERKSAMHETENS  KOSTNADER", "Bedöm-ning", "bistånd2"), so every
 * comparison goes through `matchKey`, which keeps only letters and digits.
 */

const SPACES = /[\u00A0\u2000-\u200B\u202F\u205F\u3000\t]/g;

/** A character or pair cleanText changes (leading and trailing spaces are tested apart). */
const NEEDS_CLEANING_INSIDE = /[\u00AD\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]| {2}/;

/**
 * Whether a text holds anything cleanText changes: a soft hyphen, a special space, a tab or line
 * break, two spaces in a row, or a leading or trailing space. (Equal to testing
 * /[\u00AD\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]| {2}|^ | $/, whose "$" alternative the regex
 * engine tried at every position: twice the time on every cell text.)
 */
export function needsCleaning(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return true;
  return NEEDS_CLEANING_INSIDE.test(text);
}

/** Collapse the many spaces and line breaks of a cell into single spaces; undo hyphenation. */
export function cleanText(text: string): string {
  if (!needsCleaning(text)) return text;
  return text
    .replace(/\u00AD/g, '')
    .replace(SPACES, ' ')
    .replace(/(\p{L})-\s*\r?\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/\r?\n/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Comparison key: lower case, letters and digits only. "Avv. prognos/ budget" and
 * "avv prognos/budget" give the same key; so do "Delårs-bokslut" and "Delårsbokslut".
 */
const keyMemo = new Map<string, string>();

export function matchKey(text: string): string {
  // Labels and headers repeat across tables and boards: short texts are keyed once.
  if (text.length > 200) return readMatchKey(text);
  let k = keyMemo.get(text);
  if (k === undefined) {
    if (keyMemo.size > 20000) keyMemo.clear();
    keyMemo.set(text, (k = readMatchKey(text)));
  }
  return k;
}

function readMatchKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A label with its footnote marker split off: "bistånd2" → "bistånd" + "2"; "Sjukfrånvaro*" → "*". */
export function splitFootnote(text: string): { text: string; footnote?: string } {
  const t = cleanText(text);
  const star = /^(.*?\S)\s*(\*+)$/.exec(t);
  if (star) return { text: star[1], footnote: star[2] };
  // A digit glued to a word (not to a number or a unit sign) is a footnote reference.
  const glued = /^(.*\p{L}\)?)(\d{1,2})$/u.exec(t);
  if (glued && !/\d\s*\p{L}{0,3}$/u.test(glued[1])) return { text: glued[1], footnote: glued[2] };
  // "andel (%)3", "antal (#)4"
  const paren = /^(.*\))(\d{1,2})$/.exec(t);
  if (paren) return { text: paren[1], footnote: paren[2] };
  return { text: t };
}

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, maj: 5, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, dec: 12,
};

/** Month number from a Swedish (or English) month name or abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().slice(0, 3)];
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An interval named by an age or day band label, inclusive; `to` null when open-ended.
 * "Dag 1-14" → 1..14; "Dag 59>" and "> 59" mean more than 59 → from 60; "<29 år" means under 29
 * → 0..28; "50 år>" → from 51. The strict reading is used consistently so that overlaps
 * ("1-14 dagar" inside "1-59 dagar") can be told apart from partitions.
 */
export function parseBand(label: string): { from: number; to: number | null } | undefined {
  // Every band names a number: a label without a digit ("Kvinnor", "Totalt") is tried no further.
  if (!/\d/.test(label)) return undefined;
  const t = cleanText(label).replace(/[\u2212\u2013\u2014]/g, '-');
  const range = /(\d+)\s*-\s*(\d+)/.exec(t);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  const over = /(?:>\s*=?\s*(\d+))|(?:(\d+)\s*(?:\p{L}+\s*)?(?:>|\+|och (?:äldre|över|mer)|eller mer))/u.exec(t);
  if (over) {
    const n = Number(over[1] ?? over[2]);
    return { from: /=/.test(t) ? n : n + 1, to: null };
  }
  const under = /(?:<\s*(=?)\s*(\d+))|(?:(\d+)\s*(?:\p{L}+\s*)?<)/u.exec(t);
  if (under) {
    const inclusive = under[1] === '=';
    const n = Number(under[2] ?? under[3]);
    return { from: 0, to: inclusive ? n : n - 1 };
  }
  const under2 = /(?:under|upp till)\s*(\d+)/i.exec(t);
  if (under2) return { from: 0, to: Number(under2[1]) - 1 };
  return undefined;
}

/** Key of a row label: footnote marker, years and a leading sub-row dash left out. */
export function labelKey(label: string): string {
  const { text } = splitFootnote(label);
  return matchKey(text.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, ' '));
}
