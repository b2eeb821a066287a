/**
 * Reading Swedish report prose: sentences, clauses and the amounts they quote ("-6,6 mnkr",
 * "knappt 0,9 mnkr", "drygt 9 procent", "14 311 tkr"), each with the words around it.
 */

/** 'pp' = procentenheter, a difference of two percentages. */
export type QuoteUnit = 'mnkr' | 'tkr' | 'kr' | 'percent' | 'pp';
/**
 * drygt = a bit above, knappt = a bit below, cirka = approximately; över / under = more / less
 * than, by any amount.
 */
export type Qualifier = 'above' | 'below' | 'about' | 'over' | 'under';

export interface Quote {
  /** Offsets of the number (with its unit) in the paragraph. */
  start: number;
  end: number;
  raw: string;
  value: number;
  /** A minus or plus written before the number. */
  explicitSign: boolean;
  decimals: number;
  unit: QuoteUnit;
  qualifier?: Qualifier;
  /** A range ("mellan 2 och 3 mnkr", "2–3 mnkr"): the lower end; value is the upper end. */
  low?: number;
  /** Written in parentheses right after another figure ("1,6 mkr (4,4 procent)"). */
  parenthesised?: boolean;
  /** Clause text before the number (qualifier removed), lower case. */
  before: string;
  /** Clause text after the number and its unit, lower case. */
  after: string;
}

export interface Clause {
  text: string;
  start: number;
  /** Continues the previous clause's subject ("…, vilket motsvarar 30 procent …"). */
  continues: boolean;
  quotes: Quote[];
}

export interface Sentence {
  text: string;
  start: number;
  clauses: Clause[];
  years: number[];
}

const NUMBER = /(^|[\s(])([-\u2212\u2013+]\s?)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?:\s?(?:-|\u2013|\u2212|till|och)\s?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?)?\s?(mnkr|mkr|msek|miljoner kronor|miljoner kr|miljoner|mille|tkr|tsek|tusen kronor|kronor|kr|procentenheter|procentenhet|procent|%-enheter|%)(?![\p{L}\d])/giu;
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:^|\s)(?:drygt|strax över|något över|dryga|knappt över)\s*$/, 'above'],
  [/(?:^|\s)(?:knappt|nästan|närmare|strax under|drygt under|knappa)\s*$/, 'below'],
  [/(?:^|\s)(?:cirka|ca\.?|c:a|runt|ungefär|omkring|kring|i storleksordningen)\s*$/, 'about'],
  [/(?:^|\s)(?:över|mer än|mera än|fler än|minst)\s*$/, 'over'],
  [/(?:^|\s)(?:under|mindre än|färre än|högst|upp till)\s*$/, 'under'],
];

/** More than the longest qualifier ("i storleksordningen", 19) with the space before it. */
const QUALIFIER_WINDOW = 32;

function unitOf(raw: string): QuoteUnit {
  const u = raw.toLowerCase();
  if (u === 'mnkr' || u === 'mkr' || u === 'msek' || u.startsWith('miljoner') || u === 'mille') return 'mnkr';
  if (u.startsWith('procentenhet') || u === '%-enheter') return 'pp';
  if (u === 'tkr' || u === 'tsek' || u === 'tusen kronor') return 'tkr';
  if (u === 'kr' || u === 'kronor') return 'kr';
  return 'percent';
}

const DIGIT = /[0-9]/;
const DIGIT_ALL = /[0-9]/g;

/** Whether the text has an ASCII digit: a text without one holds no year and no amount. */
function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}

/** `\w` of a regex without the `u` flag. */
function isAsciiWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/**
 * The years YEAR finds (1950–2099 standing alone), read by hand: every sentence and clause is
 * asked, and the regex walk makes a match object per year.
 */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let i = 0; i + 4 <= n; i++) {
    const a = text.charCodeAt(i);
    if (a !== 0x31 && a !== 0x32) continue;
    const b = text.charCodeAt(i + 1);
    const c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3);
    if (d < 0x30 || d > 0x39) continue;
    // 19[5-9]\d or 20\d\d
    if (a === 0x31 ? b !== 0x39 || c < 0x35 || c > 0x39 : b !== 0x30 || c < 0x30 || c > 0x39) continue;
    if ((i > 0 && isAsciiWord(text.charCodeAt(i - 1))) || (i + 4 < n && isAsciiWord(text.charCodeAt(i + 4)))) continue;
    out.push((a - 0x30) * 1000 + (b - 0x30) * 100 + (c - 0x30) * 10 + (d - 0x30));
    i += 3;
  }
  return out;
}

/** A sentence's end (matchAll walks a copy: the shared pattern keeps no state). */
const SENTENCE_END = /[.!?:](?=\s+[A-ZÅÄÖ0-9"”-])|\n+/g;

/** Split a paragraph into sentences at ". " before a capital or a digit; keeps offsets. */
export function sentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = paragraph.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead, clauses: clauses(text, start + lead), years: yearsIn(text) });
  };
  // exec on the shared pattern from 0 (nothing inside the loop uses it): matchAll clones it per paragraph.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m; m = SENTENCE_END.exec(paragraph)) {
    // "ca. 4", "t.ex. 5", "§ 45." – an abbreviation or a number is not a sentence end.
    const prev = paragraph.slice(Math.max(0, m.index - 4), m.index);
    if (m[0] === '.' && /(?:\bca|\bt\.ex|\bbl\.a|\bo\.s\.v|\bnr|\bst)$/i.test(prev)) continue;
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(paragraph.length);
  return out;
}

const CLAUSE_BREAK = /,\s+(?=\D)|;\s+|\s+(?=(?:men|samtidigt som|medan|vilket|vilka|varav)\s)/g;

function clauses(sentence: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = sentence.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/^,\s*/, '');
    if (!text) return;
    const abs = offset + start + lead;
    out.push({ text, start: abs, continues: /^(?:vilket|vilka)\s/i.test(text), quotes: quotes(text, abs) });
  };
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(sentence.length);
  return out;
}

/**
 * The matches of NUMBER in a clause, as matchAll gives them, each searched from just before the
 * next digit: a match starts at most three characters before its first digit (a space or "(", a
 * sign, a space), so the offsets before that cannot start one.
 */
function numbersIn(clause: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    DIGIT_ALL.lastIndex = from;
    const d = DIGIT_ALL.exec(clause);
    if (!d) break;
    NUMBER.lastIndex = Math.max(from, d.index - 3);
    const m = NUMBER.exec(clause);
    if (!m) break;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

function quotes(clause: string, offset: number): Quote[] {
  const out: Quote[] = [];
  // Most clauses quote nothing; NUMBER (with its unicode lookahead) is run only where a digit is.
  if (!hasDigit(clause)) return out;
  // One lower-case copy per clause, sliced below, where toLowerCase keeps every offset (it does
  // unless a character lowers to two, such as "İ"): not two copies of the clause's head per figure.
  const lowered = clause.toLowerCase();
  const lowerAt = lowered.length === clause.length ? lowered : undefined;
  const lowerSlice = (from: number, to?: number): string => (lowerAt !== undefined ? lowerAt.slice(from, to) : clause.slice(from, to).toLowerCase());
  for (const m of numbersIn(clause)) {
    let lead = m[1].length;
    // "uppgick under 2014 till 2 190 mkr": a year before "till" dates the figure, it opens no range.
    const yearTill = m[5] !== undefined && !m[2] && !m[4] && /^(?:19|20)\d\d$/.test(m[3]) && /^\d{4}\s?till\s?/u.test(clause.slice(m.index + lead));
    if (yearTill) lead += (/^\d{4}\s?till\s?/u.exec(clause.slice(m.index + lead)) as RegExpExecArray)[0].length;
    const numStart = m.index + lead;
    const sign = (m[2] ?? '').trim();
    const read = (d: string, f: string | undefined) => Number(f ? `${d.replace(/[\s\u00a0\u202f]/g, '')}.${f}` : d.replace(/[\s\u00a0\u202f]/g, ''));
    const first = yearTill ? read(m[5], m[6]) : read(m[3], m[4]);
    const ranged = m[5] !== undefined && !yearTill;
    // "2–3 mnkr", "mellan 2 och 3 mnkr": a range; "och" alone only after "mellan".
    const joiner = ranged ? clause.slice(m.index, m.index + m[0].length).match(/\d\s?(och|till)\s?\d/)?.[1] : undefined;
    const head = lowerSlice(0, m.index + lead);
    // "mellan 2 och 3 mnkr", "2–3 mnkr" are ranges; "från 5,2 till 5,9 procent" is a change.
    const isRange = ranged && (joiner === 'och' ? /mellan\s*$/.test(head) : !/från\s*$/.test(head));
    if (ranged && !isRange) continue;
    const frac = (isRange || yearTill ? m[6] : m[4]) ?? '';
    let value = isRange ? read(m[5], m[6]) : first;
    let low = isRange ? first : undefined;
    if (sign && sign !== '+') {
      value = -value;
      if (low !== undefined) low = -low;
    }
    let before = lowerSlice(0, numStart).replace(/\bmellan\s*$/, '');
    let qualifier: Qualifier | undefined;
    // The qualifiers end the words before the figure: they are asked of its last words only (a
    // window of QUALIFIER_WINDOW characters past the trailing spaces, longer than any qualifier
    // with its leading space, so "^" at the window's start can never stand for a word boundary).
    const cut = Math.max(0, before.trimEnd().length - QUALIFIER_WINDOW);
    const tail = cut ? before.slice(cut) : before;
    for (const [re, q] of QUALIFIERS) {
      const qm = re.exec(tail);
      if (qm) {
        qualifier = q;
        before = before.slice(0, cut + qm.index);
        break;
      }
    }
    const end = m.index + m[0].length;
    out.push({
      start: offset + numStart,
      end: offset + end,
      raw: clause.slice(numStart, end),
      value,
      explicitSign: !!sign,
      decimals: frac.length,
      unit: unitOf(m[7]),
      ...(qualifier ? { qualifier } : {}),
      ...(low !== undefined ? { low: Math.min(low, value), value: Math.max(low, value) } : {}),
      ...(m[1] === '(' ? { parenthesised: true } : {}),
      before: before.trimEnd(),
      after: lowerSlice(end),
    });
  }
  return out;
}

/**
 * Does a table value agree with a quoted one? Plain figures round to the quote's last digit;
 * "drygt" means at most one unit above, "knappt" at most one unit below, "cirka" one unit either way
 * (or 5 %). `slack` covers the rounding of the table figures behind a computed value.
 */
export function agrees(actual: number, quoted: number, decimals: number, qualifier: Qualifier | undefined, slack = 0): boolean {
  const step = 10 ** -decimals;
  const eps = 1e-9 + slack;
  const d = actual - quoted;
  switch (qualifier) {
    case 'above':
      return d >= -eps && d <= step + eps;
    case 'below':
      return d <= eps && d >= -step - eps;
    case 'about':
      return Math.abs(d) <= Math.max(step, Math.abs(quoted) * 0.05) + eps;
    case 'over':
      return d >= -step / 2 - eps;
    case 'under':
      return d <= step / 2 + eps;
    default:
      return Math.abs(d) <= step / 2 + eps;
  }
}
