import type { ComparisonOperator } from '../model/types';

/**
 * Targets as boards write them in the "Mål" column: "<166", ">75", "≥ 90", "75", "100 %",
 * "70–80", "mellan 70 och 80", "lägre än föregående år". Anything else is unreadable and is
 * never guessed: the fill leaves such an indicator alone and says why.
 */

/** Units a target's text can name. */
export type TargetUnit = 'percent' | 'count' | 'kr' | 'tkr' | 'mnkr';

/** A threshold: the outcome compared with one value. */
export interface CompareTarget {
  kind: 'compare';
  op: ComparisonOperator;
  value: number;
  unit?: TargetUnit;
  /**
   * How the operator was found: written ("<166"), a word ("minst 75"), or implied by a bare
   * number ("75"), whose direction comes from the indicator's or goal's wording.
   */
  source: 'symbol' | 'word' | 'bare';
  /** Words around the figure that name what is counted ("index", "NKI", "personer"). */
  note?: string;
  /** For a bare number: the words that made it "at most" ("ska minska"). */
  lowerIsBetterBecause?: string;
  raw: string;
}

/** A band: met when min ≤ outcome ≤ max. */
export interface RangeTarget {
  kind: 'range';
  min: number;
  max: number;
  unit?: TargetUnit;
  raw: string;
}

/**
 * "lägre än föregående år", "Öka", "Bibehålla": compared with the previous outcome in the same
 * row. 'keep' (bibehålla, oförändrat) is met by an outcome at least as good as before, "good"
 * in the indicator's direction (lower when its or its goal's words say less is better).
 */
export interface PreviousTarget {
  kind: 'previous';
  direction: 'lower' | 'higher' | 'keep';
  /** A year named instead of "föregående år" ("lägre än 2023"). */
  year?: number;
  raw: string;
}

/** "Ja" / "Nej": met when the outcome says the same. */
export interface YesNoTarget {
  kind: 'yesno';
  expected: boolean;
  raw: string;
}

export interface UnreadableTarget {
  kind: 'unreadable';
  raw: string;
  /**
   * 'empty' for no text, '-' and the like; 'not-measurable' for "Ej mätbart", "Mäts ej";
   * 'text' for prose such as "Se kommentar".
   */
  reason: 'empty' | 'text' | 'not-measurable';
}

export type Target = CompareTarget | RangeTarget | PreviousTarget | YesNoTarget | UnreadableTarget;

export interface TargetContext {
  /** The indicator's name ("Antal vuxna biståndsmottagare …"). */
  indicator?: string;
  /** The goal's title ("Våldet i nära relationer ska minska"). */
  goal?: string;
}

/** Words saying that less is better; a bare number then means "at most". */
const LOWER_WORDS = ['ska minska', 'minska', 'lägre', 'färre', 'sänka', 'reducera'];
/** Words saying that more is better; they win over the goal's wording. */
const HIGHER_WORDS = ['ska öka', 'öka', 'högre', 'fler', 'höjas', 'förbättra'];

/** NBSP, narrow NBSP, thin space → space; unicode minus → hyphen; trim and collapse. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u00A0\u202F\u2009\u2007]/g, ' ')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A number as printed: "166", "1 000", "7,5", "-3". Thousands separated by single spaces. */
const NUM = String.raw`-?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?`;
const UNIT = String.raw`(%|procent|st\.?|stycken|personer|antal|tkr|mnkr|mkr|kr)?`;

function toNumber(s: string): number {
  return Number(s.replace(/ /g, '').replace(',', '.'));
}

function toUnit(u: string | undefined): TargetUnit | undefined {
  switch ((u ?? '').toLowerCase().replace(/\.$/, '')) {
    case '%':
    case 'procent':
      return 'percent';
    case 'st':
    case 'stycken':
    case 'personer':
    case 'antal':
      return 'count';
    case 'tkr':
      return 'tkr';
    case 'mnkr':
    case 'mkr':
      return 'mnkr';
    case 'kr':
      return 'kr';
    default:
      return undefined;
  }
}

function withUnit<T extends object>(t: T, unit: TargetUnit | undefined): T & { unit?: TargetUnit } {
  return unit ? { ...t, unit } : t;
}

/** Text with no target in it: "-", "–", "—", "…". */
const EMPTY_MARKS = /^[-–—.…*/xX?]*$/;

/** "Ej mätbart", "Mäts ej", "Ej mätbar 2024": the board says there is nothing to measure. */
const NOT_MEASURABLE = /^(?:(?:ej|inte|icke)\s+mätbar[at]?|mäts\s+(?:ej|inte)|ej\s+mätt|ingen\s+mätning|ej\s+möjlig(?:t)?\s+att\s+mäta)\b/i;

const SYMBOL_OPS: [RegExp, ComparisonOperator][] = [
  [/^(?:<=|=<|≤|⩽)/, '<='],
  [/^(?:>=|=>|≥|⩾)/, '>='],
  [/^</, '<'],
  [/^>/, '>'],
  [/^=/, '='],
];

/** A word operator ends at a space, a digit, a colon or the end ("Max.", "Minst:"). */
const END = String.raw`(?=[\s\d:<>=]|$)`;
const WORD_OPS: [RegExp, ComparisonOperator][] = [
  [new RegExp(String.raw`^(?:minst|lägst|minimum|min\.|inte under|ej under|åtminstone|inte lägre än|ej lägre än|inte färre än|ej färre än)${END}`, 'i'), '>='],
  [new RegExp(String.raw`^(?:högst|max(?:imalt|imum)?\.?|som mest|inte över|ej över|inte högre än|ej högre än|inte fler än|ej fler än|inte mer än|ej mer än)${END}`, 'i'), '<='],
  [new RegExp(String.raw`^(?:under|mindre än|lägre än|färre än|understiga)${END}`, 'i'), '<'],
  [new RegExp(String.raw`^(?:över|mer än|högre än|fler än|större än|överstiga)${END}`, 'i'), '>'],
  [new RegExp(String.raw`^(?:exakt|lika med)${END}`, 'i'), '='],
];

/** "90 procent eller högre", "5 eller färre": the direction written after the figure. */
const SUFFIX_OPS: [RegExp, ComparisonOperator][] = [
  [/^(?:eller|och)\s+(?:mer|högre|fler|större|över|uppåt|bättre)$/i, '>='],
  [/^(?:eller|och)\s+(?:mindre|lägre|färre|under|nedåt)$/i, '<='],
];

/** Words that hedge a figure ("ca 75"): the target is then not a threshold to compare with. */
const HEDGES = /^(?:ca\.?|c:a|cirka|runt|ungefär|omkring|drygt|knappt|nästan|kring)$/i;

/** Does the text hold one of the words as a word start (so "minska" finds "minskad")? */
function findWord(text: string, words: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  for (const w of words) {
    const re = new RegExp(`(?:^|[^\\p{L}])${w}`, 'u');
    if (re.test(lower)) return w;
  }
  return undefined;
}

/**
 * Whether less is better for an indicator: its own words decide first ("andel … ska öka"),
 * then the goal's. Returns the word that decided, or undefined for "more is better".
 */
export function lowerIsBetter(context: TargetContext | undefined): string | undefined {
  const ind = context?.indicator ?? '';
  // A measure named as the state wanted ("Låg brottslighet (antal anmälda våldsbrott …)",
  // "Hög andel …"): its first word says the direction. Only the first word: "Andel elever med
  // låg frånvaro" counts those with low absence, and more of them is better.
  const state = /^(låg|lägre|hög|högre)\s/i.exec(normalizeText(ind));
  if (state) return /^(låg|lägre)$/i.test(state[1]) ? state[1].toLowerCase() : undefined;
  const lowerInd = findWord(ind, LOWER_WORDS);
  const higherInd = findWord(ind, HIGHER_WORDS);
  if (lowerInd && !higherInd) return lowerInd;
  if (higherInd) return undefined;
  const goal = context?.goal ?? '';
  const lowerGoal = findWord(goal, LOWER_WORDS);
  const higherGoal = findWord(goal, HIGHER_WORDS);
  return lowerGoal && !higherGoal ? lowerGoal : undefined;
}

const SINCE = String.raw`(föregående år|föregående period|förra året|fg år|fg\. år|föregående mätning|förra mätningen|(\d{4})(?:\s+års\s+(?:värde|nivå|resultat|utfall))?)`;
const PREVIOUS = new RegExp(
  String.raw`^(?:ska\s+(?:vara\s+)?)?(lägre|högre|färre|fler|mindre|större|bättre|sämre)\s+än\s+${SINCE}$`,
  'i',
);
const PREVIOUS_VERB = new RegExp(
  String.raw`^(?:ska\s+)?(minska|minskas|minskning|minskad|sänkas|sänkning|öka|ökas|ökning|ökad|höjas|höjning|bibehålla|bibehållas|bibehålls|bibehållen(?:\s+nivå)?|behålla(?:\s+nivån)?|oförändrat|oförändrad|oförändrad\s+nivå|samma\s+nivå)` +
    String.raw`(?:\s+(?:jämfört med|mot|från|som)\s+${SINCE})?$`,
  'i',
);
/** "Minst samma som föregående år", "samma som 2023": keep the level. */
const SAME_AS = new RegExp(String.raw`^(?:minst\s+)?(?:samma|lika)\s+(?:nivå\s+)?(?:som|med)\s+${SINCE}$`, 'i');

function verbDirection(word: string): PreviousTarget['direction'] {
  const w = word.toLowerCase();
  if (/^(minsk|sänk)/.test(w)) return 'lower';
  if (/^(ök|höj)/.test(w)) return 'higher';
  return 'keep';
}

function previousTarget(direction: PreviousTarget['direction'], year: string | undefined, raw: string): PreviousTarget {
  return year ? { kind: 'previous', direction, year: Number(year), raw } : { kind: 'previous', direction, raw };
}

/** Leading words before a figure: letters only ("index", "NKI", "Nöjd kund-index"), at most three. */
function splitLeadWords(rest: string): { words: string; rest: string } | undefined {
  const m = /^((?:[\p{L}][\p{L}-]*\.?\s+){1,3})(?=[-\d])/u.exec(rest);
  if (!m) return undefined;
  const words = m[1].trim();
  if (words.split(/\s+/).some((w) => HEDGES.test(w))) return undefined;
  return { words, rest: rest.slice(m[0].length) };
}

/** Parse a target as written. `context` decides what a bare number means. */
export function parseTarget(text: string | number | null | undefined, context?: TargetContext): Target {
  if (text === null || text === undefined) return { kind: 'unreadable', raw: '', reason: 'empty' };
  const raw = typeof text === 'number' ? String(text) : text;
  // "Mål: minst 80 %", "Målvärde: 90" – the label is the column's, not the target's.
  const s = normalizeText(raw).replace(/^(?:mål(?:värde|nivå)?|målsättning)\s*[:=]\s*/i, '');
  if (s === '' || EMPTY_MARKS.test(s)) return { kind: 'unreadable', raw, reason: 'empty' };
  if (NOT_MEASURABLE.test(s)) return { kind: 'unreadable', raw, reason: 'not-measurable' };
  const yesNo = /^(ja|nej)\.?$/i.exec(s);
  if (yesNo) return { kind: 'yesno', expected: yesNo[1].toLowerCase() === 'ja', raw };

  const prev = PREVIOUS.exec(s);
  if (prev) {
    const word = prev[1].toLowerCase();
    // "bättre" has no direction of its own; without knowing the indicator's sense it is a guess.
    if (word === 'bättre' || word === 'sämre') return { kind: 'unreadable', raw, reason: 'text' };
    return previousTarget(['lägre', 'färre', 'mindre'].includes(word) ? 'lower' : 'higher', prev[3], raw);
  }
  const verb = PREVIOUS_VERB.exec(s);
  if (verb) return previousTarget(verbDirection(verb[1]), verb[3], raw);
  const same = SAME_AS.exec(s);
  if (same) return previousTarget('keep', same[2], raw);

  const range =
    new RegExp(String.raw`^(?:mellan\s+|inom\s+)?(${NUM})\s*${UNIT}\s*(?:[-–—]|till)\s*(${NUM})\s*${UNIT}$`, 'i').exec(s) ??
    new RegExp(String.raw`^mellan\s+(${NUM})\s*${UNIT}\s+och\s+(${NUM})\s*${UNIT}$`, 'i').exec(s);
  if (range) {
    const a = toNumber(range[1]);
    const b = toNumber(range[3]);
    const unit = toUnit(range[4]) ?? toUnit(range[2]);
    return withUnit({ kind: 'range' as const, min: Math.min(a, b), max: Math.max(a, b), raw }, unit);
  }

  let rest = s;
  let op: ComparisonOperator | undefined;
  let source: CompareTarget['source'] = 'bare';
  for (const [re, o] of SYMBOL_OPS) {
    const m = re.exec(rest);
    if (m) {
      op = o;
      source = 'symbol';
      rest = rest.slice(m[0].length).trim();
      break;
    }
  }
  if (!op) {
    for (const [re, o] of WORD_OPS) {
      const m = re.exec(rest);
      if (m) {
        op = o;
        source = 'word';
        rest = rest.slice(m[0].length).replace(/^\s*:/, '').trim();
        break;
      }
    }
  }
  const notes: string[] = [];
  // "Minst index 41", "Minst NKI 75": the measure's name between the operator and the figure.
  const lead = /^[-\d]/.test(rest) ? undefined : splitLeadWords(rest);
  if (lead) {
    notes.push(lead.words);
    rest = lead.rest;
  }
  const num = new RegExp(String.raw`^(${NUM})\s*${UNIT}(?=\s|$|[/.,;)])(.*)$`, 'i').exec(rest);
  if (!num) return { kind: 'unreadable', raw, reason: 'text' };
  const value = toNumber(num[1]);
  if (!Number.isFinite(value)) return { kind: 'unreadable', raw, reason: 'text' };
  const unit = toUnit(num[2]);
  const tail = num[3].trim();
  if (tail) {
    // A second figure or a connective ("75 eller 80", "2 av 3") makes the target no single threshold.
    const suffix = op ? undefined : SUFFIX_OPS.find(([re]) => re.test(tail));
    if (suffix) {
      op = suffix[1];
      source = 'word';
    } else if (/\d/.test(tail) || /^(?:eller|och|till|à|[-–—+])(?:\s|$)/i.test(tail)) {
      return { kind: 'unreadable', raw, reason: 'text' };
    } else {
      // "<166 personer", "Minst 90 % av eleverna": what is counted, after the figure.
      notes.push(tail);
    }
  }
  const note = notes.length ? { note: notes.join(' … ') } : {};
  if (op) return withUnit({ kind: 'compare' as const, op, value, source, raw, ...note }, unit);

  // A bare number. "At least 0" is met by every count, so a bare 0 can only mean "none".
  const lower = value === 0 ? 'målvärdet 0' : lowerIsBetter(context);
  if (lower) {
    return withUnit({ kind: 'compare' as const, op: '<=' as const, value, source, lowerIsBetterBecause: lower, raw, ...note }, unit);
  }
  return withUnit({ kind: 'compare' as const, op: '>=' as const, value, source, raw, ...note }, unit);
}

/** The target in words, for reasons and messages ("<166", "minst 75", "70–80 %"). */
export function describeTarget(t: Target): string {
  const pct = (u?: TargetUnit) => (u === 'percent' ? ' %' : u && u !== 'count' ? ` ${u}` : '');
  switch (t.kind) {
    case 'compare': {
      const v = `${formatNumber(t.value)}${pct(t.unit)}`;
      if (t.source === 'symbol') return `${t.op === '<=' ? '≤' : t.op === '>=' ? '≥' : t.op}${v}`;
      return t.op === '>=' ? `minst ${v}` : t.op === '<=' ? `högst ${v}` : t.op === '<' ? `under ${v}` : t.op === '>' ? `över ${v}` : v;
    }
    case 'range':
      return `${formatNumber(t.min)}–${formatNumber(t.max)}${pct(t.unit)}`;
    case 'previous':
      if (t.direction === 'keep') return `bibehålla nivån från ${t.year ?? 'föregående år'}`;
      return `${t.direction === 'lower' ? 'lägre' : 'högre'} än ${t.year ?? 'föregående år'}`;
    case 'yesno':
      return t.expected ? 'Ja' : 'Nej';
    case 'unreadable':
      return t.raw;
  }
}

/** Swedish number: space thousands, decimal comma, at most two decimals. */
export function formatNumber(n: number, decimals?: number): string {
  const fixed = decimals === undefined ? String(Math.round(n * 100) / 100) : n.toFixed(decimals);
  const neg = fixed.startsWith('-');
  const [int, frac] = (neg ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${neg ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
