import type { TableKind } from '../model/types';
import { cleanText, isoDate, matchKey, monthNumber } from './normalize';
import type { Lexicon } from './synonyms';
import { readHeader, type Scenario } from '../structure/headers';

/** A column header taken apart: the words that say what it is, and the years or date it names. */
export interface ParsedHeader {
  text: string;
  /** Letters only, years/dates/months/footnotes removed: "Diff. utfall 2023/2024" → "diffutfall". */
  key: string;
  years: number[];
  /** ISO date when the header names a day: "Utfall 31 aug 2024" → "2024-08-31". */
  date?: string;
  /** A footnote digit glued to a year ("20236" → 2023 + "6") or a trailing "*". */
  footnote?: string;
}

const MONTH_WORD =
  '(?:jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_RE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${MONTH_WORD})\\s*((?:19|20)\\d{2})(\\d{1,2})?(?!\\d)`, 'giu');
const YEAR_RE = /(?<!\d)((?:19|20)\d{2})(\d{1,2})?(?!\d)/g;
const MONTH_TOKEN = new RegExp(`(?<![\\p{L}])${MONTH_WORD}(?![\\p{L}])`, 'giu');

const cache = new Map<string, ParsedHeader>();

/** Reporting entities a report's columns are split by (keys as matchKey gives them). */
const ENTITY_KEYS = new Set(['kommunen', 'kommun', 'koncernen', 'koncern', 'kommunkoncernen', 'sammanstalldredovisning', 'sammanställdredovisning', 'sammanställd', 'sammanstalld']);

/** Parse a header text (memoised: the same header texts are tried for every table kind). */
export function parseHeader(raw: string | number): ParsedHeader {
  const hit = parsedHeader(raw);
  return { ...hit, years: [...hit.years] };
}

/** The memoised parse itself, shared: for callers that only read it (the header search tests every row). */
export function parsedHeader(raw: string | number): Readonly<ParsedHeader> {
  const key = String(raw);
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size > 20000) cache.clear();
    hit = parse(key);
    cache.set(key, hit);
  }
  return hit;
}

function parse(raw: string): ParsedHeader {
  const text = cleanText(raw);
  let rest = text;
  let date: string | undefined;
  let footnote: string | undefined;
  const years: number[] = [];
  rest = rest.replace(DATE_RE, (_m, day: string, month: string, year: string, fn?: string) => {
    const mn = monthNumber(month);
    if (mn && !date) date = isoDate(Number(year), mn, Number(day));
    years.push(Number(year));
    if (fn) footnote = fn;
    return ' ';
  });
  rest = rest.replace(YEAR_RE, (_m, year: string, fn?: string) => {
    years.push(Number(year));
    if (fn) footnote = fn;
    return ' ';
  });
  rest = rest.replace(MONTH_TOKEN, ' ');
  const star = /[\p{L})]\*+(?=\s|\(|$)/u.exec(rest);
  if (star) footnote ??= '*';
  let key = matchKey(rest).replace(/\p{N}/gu, '');
  // "Kommunen 2019", "Koncernen 2018", "Sammanställd redovisning 2017": the reporting entity over a
  // year names no scenario, so the column reads as the year's figures, like a bare year (the
  // entity stays in the text, so the two columns of one year are told apart).
  if (years.length === 1 && ENTITY_KEYS.has(key)) key = '';
  const out: ParsedHeader = { text, key, years };
  if (date) out.date = date;
  if (footnote) out.footnote = footnote;
  return out;
}

/** The role a header has in a table of the given kind, before years are compared. */
export function headerRole(kind: TableKind, h: Readonly<ParsedHeader>, lex: Lexicon): string | undefined {
  if (!h.key) return h.years.length === 1 ? lex.yearRoles[kind]?.bareYear : undefined;
  const named = lex.columns.get(kind)?.get(h.key);
  if (named || (kind !== 'operating' && kind !== 'investments')) return named;
  return facetRole(h.text);
}

const SCENARIO_ROLE: Partial<Record<Scenario, string>> = {
  actual: 'actual',
  budget: 'budget',
  forecast: 'forecast',
  variance: 'variance',
  difference: 'difference',
  change: 'difference',
};

const facetRoles = new Map<string, string | undefined>();
/** Whether the header had words the compositional reading did not place (memoised with the role). */
const facetRest = new Map<string, boolean>();

/**
 * A money column's role from its header read compositionally, when no synonym names it:
 * "Budget ack", "Utf. jan–aug", "Progn. helår", "Budget-avvikelse", "Diff." (src/structure).
 * A percentage or a measure column (Intäkter, Kostnader: a table per activity) gets none here.
 */
function facetRole(text: string): string | undefined {
  if (facetRoles.has(text)) return facetRoles.get(text);
  if (facetRoles.size > 20000) {
    facetRoles.clear();
    facetRest.clear();
  }
  const f = readHeader(text);
  // A measure caption over the column ("Intäkter" over "Bu | Utf") still leaves its scenario; a
  // table with such columns is read per verksamhet when its rows are not Drift rows (activities.ts).
  const role = f.percent || !f.scenario || f.rest.length > 2 ? undefined : SCENARIO_ROLE[f.scenario];
  facetRoles.set(text, role);
  facetRest.set(text, f.rest.length > 0);
  return role;
}

/** A header text the compositional reading gives a money scenario (for finding header rows). */
export function readsAsMoneyHeader(text: string): boolean {
  // Short headers only, every word placed: a title ("Socialnämnden – Delårsbokslut per …") is no header.
  if (text.length > 40) return false;
  return facetRole(text) !== undefined && !facetRest.get(text);
}

/** A caption row's text that names a measure over columns below it ("Intäkter", "Kostnader", "Netto"). */
const captions = new Map<string, boolean>();

export function readsAsMeasureCaption(text: string): boolean {
  if (text.length > 30) return false;
  let hit = captions.get(text);
  if (hit === undefined) {
    if (captions.size > 20000) captions.clear();
    const f = readHeader(text);
    captions.set(text, (hit = f.measure !== undefined && f.rest.length === 0));
  }
  return hit;
}

/** The latest year a header names (for "2023/2024": 2024). */
export function headerYear(h: Readonly<ParsedHeader>): number | undefined {
  const years = h.years;
  if (years.length === 0) return undefined;
  let latest = years[0];
  for (let i = 1; i < years.length; i++) if (years[i] > latest) latest = years[i];
  return latest;
}
