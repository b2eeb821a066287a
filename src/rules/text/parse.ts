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
/**
 * The words of each qualifier, asked in this order of the words before a figure: a qualifier is
 * the last word there ("knappt 8 procent"), after white space or at the start.
 */
const QUALIFIERS: [Qualifier, string[]][] = [
  ['above', ['drygt', 'strax över', 'något över', 'dryga', 'knappt över']],
  ['below', ['knappt', 'nästan', 'närmare', 'strax under', 'drygt under', 'knappa']],
  ['about', ['cirka', 'ca.', 'ca', 'c:a', 'runt', 'ungefär', 'omkring', 'kring', 'i storleksordningen']],
  ['over', ['över', 'mer än', 'mera än', 'fler än', 'minst']],
  ['under', ['under', 'mindre än', 'färre än', 'högst', 'upp till']],
];

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

/** A year standing alone, 1950–2099. */
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;

/**
 * The years YEAR finds. Every sentence and clause is asked: an exec walk on the shared pattern
 * (nothing between the calls uses it), which scans faster than a loop over the characters does,
 * not matchAll (a clone of the pattern and an iterator per text).
 */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const at = m.index;
    out.push((text.charCodeAt(at) - 0x30) * 1000 + (text.charCodeAt(at + 1) - 0x30) * 100 + (text.charCodeAt(at + 2) - 0x30) * 10 + (text.charCodeAt(at + 3) - 0x30));
  }
  return out;
}

/** `\s` of a regex (and what `trim` removes): white space and line terminators. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const DOT = 0x2e;
const COMMA = 0x2c;

/** Abbreviations whose dot ends no sentence ("ca. 4", "t.ex. 5", "§ 45 st."). */
const ABBREVIATIONS = ['ca', 't.ex', 'bl.a', 'o.s.v', 'nr', 'st'];

/**
 * Whether the dot at `dot` ends an abbreviation, as `/(?:\bca|\bt\.ex|…)$/i` asked of the four
 * characters before it: the word boundary before an abbreviation is only looked for in that window
 * (its first character has none before it), and "o.s.v" never fits in it.
 */
function endsAbbreviation(text: string, dot: number): boolean {
  const window = Math.max(0, dot - 4);
  for (const a of ABBREVIATIONS) {
    const from = dot - a.length;
    if (from < window) continue;
    if (from > window && isAsciiWord(text.charCodeAt(from - 1))) continue;
    let same = true;
    for (let k = 0; k < a.length && same; k++) {
      const want = a.charCodeAt(k);
      const c = text.charCodeAt(from + k);
      // The letters in either case (`i` without `u` folds ASCII only), the dots as written.
      same = want === DOT ? c === DOT : (c | 0x20) === want;
    }
    if (same) return true;
  }
  return false;
}

/** A sentence's end. */
const SENTENCE_END = /[.!?:](?=\s+[A-ZÅÄÖ0-9"”-])|\n+/g;

/** Split a paragraph into sentences at ". " before a capital or a digit; keeps offsets. */
export function sentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // exec on the shared pattern from 0 (nothing inside the loop uses it): matchAll clones it per paragraph.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m; m = SENTENCE_END.exec(paragraph)) {
    // "ca. 4", "t.ex. 5", "§ 45." – an abbreviation or a number is not a sentence end.
    if (m[0] === '.' && endsAbbreviation(paragraph, m.index)) continue;
    const end = m.index + m[0].length;
    pushSentence(out, paragraph, start, end);
    start = end;
  }
  pushSentence(out, paragraph, start, paragraph.length);
  return out;
}

/** The sentence between `from` and `to`, trimmed, unless it is only white space. */
function pushSentence(out: Sentence[], paragraph: string, from: number, to: number): void {
  while (from < to && isSpace(paragraph.charCodeAt(from))) from++;
  while (to > from && isSpace(paragraph.charCodeAt(to - 1))) to--;
  if (from === to) return;
  const text = paragraph.slice(from, to);
  out.push({ text, start: from, clauses: clauses(text, from), years: yearsIn(text) });
}

const CLAUSE_BREAK = /,\s+(?=\D)|;\s+|\s+(?=(?:men|samtidigt som|medan|vilket|vilka|varav)\s)/g;

function clauses(sentence: string, offset: number): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    pushClause(out, sentence, offset, start, m.index);
    start = m.index + m[0].length;
  }
  pushClause(out, sentence, offset, start, sentence.length);
  return out;
}

/** Words that take up the previous clause's subject. */
const CONTINUERS = ['vilket', 'vilka'];

/** `/^(?:vilket|vilka)\s/i`: the clause opens with "vilket" or "vilka" (in either case) and white space. */
function continuesSubject(text: string): boolean {
  if ((text.charCodeAt(0) | 0x20) !== 0x76) return false;
  for (const w of CONTINUERS) {
    if (text.length <= w.length || !isSpace(text.charCodeAt(w.length))) continue;
    let k = 0;
    while (k < w.length && (text.charCodeAt(k) | 0x20) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}

/**
 * The clause between `from` and `to`, trimmed and without a leading comma, unless nothing is
 * left. Its start is where the trimmed text starts (at the comma, when it has one).
 */
function pushClause(out: Clause[], sentence: string, offset: number, from: number, to: number): void {
  while (from < to && isSpace(sentence.charCodeAt(from))) from++;
  while (to > from && isSpace(sentence.charCodeAt(to - 1))) to--;
  let textFrom = from;
  if (textFrom < to && sentence.charCodeAt(textFrom) === COMMA) {
    textFrom++;
    while (textFrom < to && isSpace(sentence.charCodeAt(textFrom))) textFrom++;
  }
  if (textFrom === to) return;
  const text = sentence.slice(textFrom, to);
  const start = offset + from;
  out.push({ text, start, continues: continuesSubject(text), quotes: quotes(text, start) });
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

/** Exact powers of ten, as literals. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * A number as written ("14 311", "6" and "6"), its thousands separators dropped: what Number()
 * reads from "14311.6". Its digits as one integer, divided by the power of ten its decimals
 * make, while both are exact doubles (the one division rounds as the parse does); longer
 * numbers are parsed.
 */
function numberOf(digits: string, fraction: string | undefined): number {
  let n = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n = n * 10 + (c - 0x30);
  }
  const decimals = fraction ? fraction.length : 0;
  for (let i = 0; i < decimals; i++) n = n * 10 + ((fraction as string).charCodeAt(i) - 0x30);
  if (n <= Number.MAX_SAFE_INTEGER && decimals < POWERS_OF_TEN.length) return decimals ? n / POWERS_OF_TEN[decimals] : n;
  const whole = digits.replace(/[\s\u00a0\u202f]/g, '');
  return Number(fraction ? `${whole}.${fraction}` : whole);
}

/**
 * Where the words before a figure (lower case) lose their qualifier, as
 * `/(?:^|\s)(?:drygt|…)\s*$/` found it: at the white space before the qualifier (at 0 when it
 * starts the text); -1 without one.
 */
function qualifierCut(before: string, words: readonly string[]): number {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  let cut = -1;
  for (const w of words) {
    const from = end - w.length;
    if (from < 0 || !before.startsWith(w, from)) continue;
    const at = from === 0 ? 0 : isSpace(before.charCodeAt(from - 1)) ? from - 1 : -1;
    if (at >= 0 && (cut < 0 || at < cut)) cut = at;
  }
  return cut;
}

/** `/\bmellan\s*$/`: where "mellan" (and the white space after it) ends the text, or -1. */
function mellanCut(text: string): number {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const from = end - 6;
  if (from < 0 || !text.startsWith('mellan', from)) return -1;
  return from > 0 && isAsciiWord(text.charCodeAt(from - 1)) ? -1 : from;
}

/** The clause's lower-case text from `from` to `to`: a slice of `lowered` when it keeps the clause's offsets. */
function lowerPart(clause: string, lowered: string | undefined, from: number, to?: number): string {
  return lowered !== undefined ? lowered.slice(from, to) : clause.slice(from, to).toLowerCase();
}

function quotes(clause: string, offset: number): Quote[] {
  const out: Quote[] = [];
  // Most clauses quote nothing; NUMBER (with its unicode lookahead) is run only where a digit is.
  if (!hasDigit(clause)) return out;
  // One lower-case copy per clause, sliced below, where toLowerCase keeps every offset (it does
  // unless a character lowers to two, such as "İ"): not two copies of the clause's head per figure.
  const lowerCopy = clause.toLowerCase();
  const lowered = lowerCopy.length === clause.length ? lowerCopy : undefined;
  for (const m of numbersIn(clause)) {
    let lead = m[1].length;
    // "uppgick under 2014 till 2 190 mkr": a year before "till" dates the figure, it opens no range.
    const yearTill = m[5] !== undefined && !m[2] && !m[4] && /^(?:19|20)\d\d$/.test(m[3]) && /^\d{4}\s?till\s?/u.test(clause.slice(m.index + lead));
    if (yearTill) lead += (/^\d{4}\s?till\s?/u.exec(clause.slice(m.index + lead)) as RegExpExecArray)[0].length;
    const numStart = m.index + lead;
    const sign = (m[2] ?? '').trim();
    const first = yearTill ? numberOf(m[5], m[6]) : numberOf(m[3], m[4]);
    const ranged = m[5] !== undefined && !yearTill;
    let isRange = false;
    if (ranged) {
      // "2–3 mnkr", "mellan 2 och 3 mnkr": a range; "och" alone only after "mellan".
      const joiner = clause.slice(m.index, m.index + m[0].length).match(/\d\s?(och|till)\s?\d/)?.[1];
      const head = lowerPart(clause, lowered, 0, m.index + lead);
      // "mellan 2 och 3 mnkr", "2–3 mnkr" are ranges; "från 5,2 till 5,9 procent" is a change.
      isRange = joiner === 'och' ? /mellan\s*$/.test(head) : !/från\s*$/.test(head);
      if (!isRange) continue;
    }
    const frac = (isRange || yearTill ? m[6] : m[4]) ?? '';
    let value = isRange ? numberOf(m[5], m[6]) : first;
    let low = isRange ? first : undefined;
    if (sign && sign !== '+') {
      value = -value;
      if (low !== undefined) low = -low;
    }
    let before = lowerPart(clause, lowered, 0, numStart);
    const mellan = mellanCut(before);
    if (mellan >= 0) before = before.slice(0, mellan);
    let qualifier: Qualifier | undefined;
    for (const [q, words] of QUALIFIERS) {
      const cut = qualifierCut(before, words);
      if (cut >= 0) {
        qualifier = q;
        before = before.slice(0, cut);
        break;
      }
    }
    const end = m.index + m[0].length;
    // One shape for every quote: the fields a figure does not have are undefined.
    out.push({
      start: offset + numStart,
      end: offset + end,
      raw: clause.slice(numStart, end),
      value: low !== undefined ? Math.max(low, value) : value,
      explicitSign: !!sign,
      decimals: frac.length,
      unit: unitOf(m[7]),
      qualifier,
      low: low !== undefined ? Math.min(low, value) : undefined,
      parenthesised: m[1] === '(' ? true : undefined,
      before: before.trimEnd(),
      after: lowerPart(clause, lowered, end),
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
