/**
 * Column headers read compositionally: what a controller writes over a column of figures is
 * a scenario (utfall, budget, prognos, avvikelse …), a span (helår, ack., jan–aug, t.o.m. okt,
 * per 31 aug, månad), a year or none, sometimes a measure (Intäkter, Kostnader, Nettokostnad)
 * and a unit. Each header row adds facets: a caption row "Intäkter" over "Budget | Utfall"
 * gives both columns the measure, a row "2024" below gives them the year.
 *
 * Words only name facets; the arithmetic (src/structure relations) decides what a column is
 * when the words and the numbers disagree ("Diff" whose numbers are Budget − Bokslut).
 */

import type { ColumnFacetsLite } from '../model/types';

export type Scenario = 'actual' | 'budget' | 'forecast' | 'variance' | 'difference' | 'change' | 'share' | 'plan';
/** fullYear: helår, år, jan–dec; toDate: ack., t.o.m., per 31 aug, jan–aug, period, delår; month: one month. */
export type Span = 'fullYear' | 'toDate' | 'month';
export type Measure = 'revenue' | 'costs' | 'net';
export type HeaderUnit = 'kr' | 'tkr' | 'mnkr' | 'percent';

export interface ColumnFacets {
  scenario?: Scenario;
  /** A second scenario the header names ("Avv. prognos/budget": variance of forecast against budget). */
  against?: Scenario[];
  span?: Span;
  /** First and last month of the span when the header names them (jan–aug → 1, 8; t.o.m. okt → 1, 10). */
  months?: { from: number; to: number };
  /** ISO date of "per 31 aug 2024". */
  date?: string;
  /** Years named, in order ("Förändring 2012/2013" → [2012, 2013]). */
  years: number[];
  measure?: Measure;
  unit?: HeaderUnit;
  /** The header says the column is a percentage ("%", "procent", "andel"). */
  percent?: boolean;
  /** Words the reader did not place (kept so a person sees them). */
  rest: string[];
}

const MONTHS: [RegExp, number][] = [
  [/^jan(uari)?$/, 1],
  [/^feb(ruari)?$/, 2],
  [/^mar(s)?$/, 3],
  [/^apr(il)?$/, 4],
  [/^maj$/, 5],
  [/^jun(i)?$/, 6],
  [/^jul(i)?$/, 7],
  [/^aug(usti)?$/, 8],
  [/^sep(t|tember)?$/, 9],
  [/^okt(ober)?$/, 10],
  [/^nov(ember)?$/, 11],
  [/^dec(ember)?$/, 12],
];

export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return undefined;
}

/** Word stems as controllers abbreviate them; the first that matches a word's start wins. */
const SCENARIO_WORDS: [RegExp, Scenario][] = [
  [/^((budget|prognos|resultat|netto)?avv(ik(else|elser|elsen)?)?|avvikelse(n|r)?)$/, 'variance'],
  [/^(diff|differens|differenser|skillnad)$/, 'difference'],
  [/^(förändr|föränd|förändring|förändringar|ökning|minskning)$/, 'change'],
  [/^(andel)$/, 'share'],
  [/^(helårsprognos|årsprognos|prognos|prognosen|progn|prog|prgn)$/, 'forecast'],
  [/^(helårsbudget|årsbudget|periodbudget|budget|budgeten|budg|bu|ram)$/, 'budget'],
  [/^(delårsbokslut|delårsutfall|årsbokslut|bokslut|bokf|bokfört|utfall|utfallet|utf|redovisat|delår|delårsrapport|delårsrapp|verkligt)$/, 'actual'],
  [/^(plan)$/, 'plan'],
];

const SPAN_WORDS: [RegExp, Span][] = [
  [/^(helår|helårs|helårsprognos|helårsbudget|årsbudget|årsprognos|år|året|årsbokslut|bokslut)$/, 'fullYear'],
  [/^(ack|ackumulerat|ackumulerad|ackum|period|perioden|periodens|periodbudget|delår|delårs|delårsbokslut|delårsutfall|hittills)$/, 'toDate'],
  [/^(månad|mån|månadens|mån\.)$/, 'month'],
];

const MEASURE_WORDS: [RegExp, Measure][] = [
  [/^(nettokostnad|nettokostnader|netto|nettokostn|nettokost|nettobudget|nettoutfall)$/, 'net'],
  [/^(intäkter|intäkt|int|inkomster|inkomst|i)$/, 'revenue'],
  [/^(kostnader|kostnad|kostn|kost|utgifter|utgift|u|k)$/, 'costs'],
];

const UNIT_WORDS: [RegExp, HeaderUnit][] = [
  [/^(tkr|tusental|ktkr)$/, 'tkr'],
  [/^(mnkr|mkr|mn|miljoner|mnkr\.)$/, 'mnkr'],
  [/^(kr|kronor)$/, 'kr'],
  [/^(%|procent)$/, 'percent'],
];

/**
 * Header texts repeat across tables, kinds and boards ("Budget 2024", "Utfall"): their words and
 * their single-text reading are memoised per text (short strings only; cleared when large).
 */
const MEMO_MAX_TEXT = 200;
const MEMO_MAX_SIZE = 20000;
const wordsMemo = new Map<string, readonly string[]>();
const facetsMemo = new Map<string, Readonly<ColumnFacets>>();

/** Split a header text into words, joining "Budget-\navvikelse" and "Avvi- kelse". */
export function headerWords(text: string): string[] {
  return [...sharedHeaderWords(text)];
}

function sharedHeaderWords(text: string): readonly string[] {
  if (text.length > MEMO_MAX_TEXT) return splitHeaderWords(text);
  let w = wordsMemo.get(text);
  if (w === undefined) {
    if (wordsMemo.size > MEMO_MAX_SIZE) wordsMemo.clear();
    wordsMemo.set(text, (w = splitHeaderWords(text)));
  }
  return w;
}

function splitHeaderWords(text: string): string[] {
  const joined = text
    .replace(/\u00AD/g, '')
    // A hyphen at a line break or before a space-and-lowercase continues the word ("Avvi- kelse").
    .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')
    .replace(/(\p{L})-\s+(\p{Ll})/gu, '$1$2')
    // "Budget-avvikelse" is one word; "jan-aug" a span (kept apart below).
    .replace(/(\p{L}{3,})-(\p{Ll}{4,})/gu, '$1$2')
    // "Utfall2013": a year glued to its word.
    .replace(/(\p{L})((?:19|20)\d{2})/gu, '$1 $2');
  return joined
    .toLowerCase()
    .replace(/[()[\]:,;]/g, ' ')
    .replace(/(\d)\s*%/g, '$1 %')
    .split(/[\s/]+|(?<=\p{L})\.(?=\p{L})/u)
    .map((w) => w.replace(/^[.*]+|[.*]+$/g, ''))
    .filter(Boolean);
}

function matchWord<T>(word: string, table: [RegExp, T][]): T | undefined {
  for (const [re, v] of table) if (re.test(word)) return v;
  return undefined;
}

const RANGE = /^(\p{L}{3,9})\.?[-–—](\p{L}{3,9})\.?$/u;

/** Read one header (all its rows joined top to bottom, or one row: facets add up). */
export function readHeader(text: string, into?: ColumnFacets): ColumnFacets {
  if (into) return readHeaderInto(text, into);
  return copyFacets(headerFacets(text));
}

/**
 * One header text read on its own, shared and read-only (memoised: a fresh reading depends on
 * the text alone). For callers that only look at the facets; readHeader gives a copy.
 */
export function headerFacets(text: string): Readonly<ColumnFacets> {
  if (text.length > MEMO_MAX_TEXT) return readHeaderInto(text, { years: [], rest: [] });
  let f = facetsMemo.get(text);
  if (f === undefined) {
    if (facetsMemo.size > MEMO_MAX_SIZE) facetsMemo.clear();
    facetsMemo.set(text, (f = readHeaderInto(text, { years: [], rest: [] })));
  }
  return f;
}

function copyFacets(f: Readonly<ColumnFacets>): ColumnFacets {
  const out: ColumnFacets = { ...f, years: [...f.years], rest: [...f.rest] };
  if (f.against) out.against = [...f.against];
  if (f.months) out.months = { ...f.months };
  return out;
}

function readHeaderInto(text: string, into: ColumnFacets): ColumnFacets {
  const f = into;
  const words = sharedHeaderWords(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Years, "2012/2013" was split on the slash; "20236" (footnote glued to a year) keeps 2023.
    const y = /^((?:19|20)\d{2})\d?$/.exec(w);
    if (y) {
      f.years.push(Number(y[1]));
      continue;
    }
    // jan-aug, jan–aug: a span of months.
    const range = RANGE.exec(w);
    if (range) {
      const a = monthOf(range[1]);
      const b = monthOf(range[2]);
      if (a && b) {
        f.months = { from: a, to: b };
        f.span = a === 1 && b === 12 ? 'fullYear' : 'toDate';
        continue;
      }
    }
    // t.o.m. okt, tom okt, t o m okt, per 31 aug, 31 aug
    if (/^(t\.?o\.?m|tom|to\.m)$/.test(w) || (w === 't' && words[i + 1] === 'o' && words[i + 2] === 'm')) {
      if (w === 't') i += 2;
      const m = monthOf(words[i + 1] ?? '');
      if (m) {
        f.months = { from: 1, to: m };
        f.span = m === 12 ? 'fullYear' : 'toDate';
        i++;
      } else f.span ??= 'toDate';
      continue;
    }
    if (w === 'per' || w === 'den') continue;
    if (/^\d{1,2}$/.test(w) && monthOf(words[i + 1] ?? '')) {
      const day = Number(w);
      const m = monthOf(words[i + 1]) as number;
      f.months = { from: 1, to: m };
      f.span = m === 12 && day === 31 ? 'fullYear' : 'toDate';
      const yw = /^((?:19|20)\d{2})$/.exec(words[i + 2] ?? '');
      if (yw) f.date = `${yw[1]}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      i++;
      continue;
    }
    const month = monthOf(w);
    if (month && w.length <= 9) {
      // A lone month: the month's own figure in a month report, unless a span says otherwise.
      f.months ??= { from: month, to: month };
      f.span ??= 'month';
      continue;
    }
    if (w === '%' || w === 'procent' || w === 'andel') f.percent = true;
    const unit = matchWord(w, UNIT_WORDS);
    if (unit) {
      f.unit ??= unit;
      if (unit === 'percent') f.percent = true;
      continue;
    }
    if (w === 'belopp' || w === 'i' && words.length > 1 && matchWord(words[i + 1] ?? '', UNIT_WORDS)) continue;
    const span = matchWord(w, SPAN_WORDS);
    const scenario = matchWord(w, SCENARIO_WORDS);
    const measure = words.length <= 2 || !scenario ? matchWord(w, MEASURE_WORDS) : undefined;
    if (span) f.span ??= span;
    if (scenario) {
      if (!f.scenario) f.scenario = scenario;
      else if (f.scenario !== scenario && scenario !== 'variance' && scenario !== 'difference') (f.against ??= []).push(scenario);
      else if (scenario === 'variance' || scenario === 'difference') {
        // "Budget avvikelse", "Prognos avvikelse": the variance is the column, the other its subject.
        (f.against ??= []).push(f.scenario);
        f.scenario = scenario;
      }
    }
    if (measure && !scenario) f.measure ??= measure;
    if (!span && !scenario && !measure) f.rest.push(w);
  }
  return f;
}

/**
 * Facets of a column from its header rows, top to bottom (a merged caption lends its text to
 * every column under it; the caller passes it for each).
 */
export function readColumnHeader(rows: readonly string[]): ColumnFacets {
  if (rows.length === 1) return rows[0] && rows[0].trim() ? readHeader(rows[0]) : { years: [], rest: [] };
  const f: ColumnFacets = { years: [], rest: [] };
  for (const r of rows) if (r && r.trim()) readHeader(r, f);
  // "Bokslut" alone is the full year; "Delårsbokslut" or "Utfall" with a month range is not.
  return f;
}

/** The latest year a header names. */
export function facetYear(f: ColumnFacets): number | undefined {
  return f.years.length ? Math.max(...f.years) : undefined;
}

const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "jan–aug", "aug", "helår" – the span as a report heading writes it (undefined when unknown). */
export function spanText(f: Pick<ColumnFacets, 'span' | 'months'>): string | undefined {
  if (f.months && f.span !== 'fullYear') {
    const a = MONTH_ABBR[f.months.from - 1];
    const b = MONTH_ABBR[f.months.to - 1];
    return f.months.from === f.months.to ? b : `${a}–${b}`;
  }
  if (f.span === 'fullYear') return 'helår';
  if (f.span === 'toDate') return 'ack.';
  if (f.span === 'month') return 'månad';
  return undefined;
}

/** A short Swedish description: "budget jan–aug 2024", "utfall ack.", "intäkter utfall 2021". */
export function describeFacets(f: ColumnFacets): string {
  const names: Record<Scenario, string> = {
    actual: 'utfall',
    budget: 'budget',
    forecast: 'prognos',
    variance: 'avvikelse',
    difference: 'differens',
    change: 'förändring',
    share: 'andel',
    plan: 'plan',
  };
  const measures: Record<Measure, string> = { revenue: 'intäkter', costs: 'kostnader', net: 'nettokostnad' };
  const parts: string[] = [];
  if (f.measure) parts.push(measures[f.measure]);
  if (f.scenario) parts.push(names[f.scenario]);
  const span = spanText(f);
  if (span) parts.push(span);
  if (f.years.length) parts.push(f.years.join('/'));
  if (f.percent) parts.push('%');
  return parts.join(' ') || '(okänd kolumn)';
}

/** The header read compositionally, kept with the column (what a period column is, for the report). */
export function columnFacets(text: string): ColumnFacetsLite | undefined {
  const f = headerFacets(text);
  const out: ColumnFacetsLite = {};
  if (f.scenario) out.scenario = f.scenario;
  if (f.span) out.span = f.span;
  if (f.months) out.months = { ...f.months };
  if (f.years.length) out.years = [...f.years];
  if (f.measure) out.measure = f.measure;
  if (f.percent) out.percent = true;
  return Object.keys(out).length ? out : undefined;
}

