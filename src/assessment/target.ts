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

/** "lägre än föregående år": compared with the previous outcome in the same row. */
export interface PreviousTarget {
  kind: 'previous';
  direction: 'lower' | 'higher';
  /** A year named instead of "föregående år" ("lägre än 2023"). */
  year?: number;
  raw: string;
}

export interface UnreadableTarget {
  kind: 'unreadable';
  raw: string;
  /** 'empty' for no text, '-' and the like; 'text' for prose such as "Se kommentar". */
  reason: 'empty' | 'text';
}

export type Target = CompareTarget | RangeTarget | PreviousTarget | UnreadableTarget;

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
const UNIT = String.raw`(%|procent|st|stycken|personer|antal|tkr|mnkr|kr)?`;

function toNumber(s: string): number {
  return Number(s.replace(/ /g, '').replace(',', '.'));
}

function toUnit(u: string | undefined): TargetUnit | undefined {
  switch ((u ?? '').toLowerCase()) {
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

/** Text with no target in it: "-", "–", "—", "Se kommentar", "Ej aktuellt", "…". */
const EMPTY_MARKS = /^[-–—.…*/xX?]*$/;

const SYMBOL_OPS: [RegExp, ComparisonOperator][] = [
  [/^(?:<=|=<|≤|⩽)/, '<='],
  [/^(?:>=|=>|≥|⩾)/, '>='],
  [/^</, '<'],
  [/^>/, '>'],
  [/^=/, '='],
];

const WORD_OPS: [RegExp, ComparisonOperator][] = [
  [/^(?:minst|lägst|inte under|ej under|åtminstone)\b/i, '>='],
  [/^(?:högst|max(?:imalt)?|som mest|inte över|ej över)\b/i, '<='],
  [/^(?:under|mindre än|lägre än|färre än)/i, '<'],
  [/^(?:över|mer än|högre än|fler än)/i, '>'],
  [/^(?:exakt|lika med)\b/i, '='],
];

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
  const lowerInd = findWord(ind, LOWER_WORDS);
  const higherInd = findWord(ind, HIGHER_WORDS);
  if (lowerInd && !higherInd) return lowerInd;
  if (higherInd) return undefined;
  const goal = context?.goal ?? '';
  const lowerGoal = findWord(goal, LOWER_WORDS);
  const higherGoal = findWord(goal, HIGHER_WORDS);
  return lowerGoal && !higherGoal ? lowerGoal : undefined;
}

const PREVIOUS = new RegExp(
  String.raw`^(?:ska\s+(?:vara\s+)?)?(lägre|högre|färre|fler|mindre|större|bättre|sämre)\s+än\s+` +
    String.raw`(föregående år|föregående period|förra året|fg år|fg\. år|föregående mätning|(\d{4}))$`,
  'i',
);
const PREVIOUS_VERB = /^(?:ska\s+)?(minska|öka)(?:\s+(?:jämfört med|mot|från)\s+(?:föregående år|förra året|fg år|(\d{4})))?$/i;

/** Parse a target as written. `context` decides what a bare number means. */
export function parseTarget(text: string | number | null | undefined, context?: TargetContext): Target {
  if (text === null || text === undefined) return { kind: 'unreadable', raw: '', reason: 'empty' };
  const raw = typeof text === 'number' ? String(text) : text;
  const s = normalizeText(raw);
  if (s === '' || EMPTY_MARKS.test(s)) return { kind: 'unreadable', raw, reason: 'empty' };

  const prev = PREVIOUS.exec(s);
  if (prev) {
    const word = prev[1].toLowerCase();
    // "bättre" has no direction of its own; without knowing the indicator's sense it is a guess.
    if (word === 'bättre' || word === 'sämre') return { kind: 'unreadable', raw, reason: 'text' };
    const direction = ['lägre', 'färre', 'mindre'].includes(word) ? 'lower' : 'higher';
    return prev[3] ? { kind: 'previous', direction, year: Number(prev[3]), raw } : { kind: 'previous', direction, raw };
  }
  const verb = PREVIOUS_VERB.exec(s);
  if (verb) {
    const direction = verb[1].toLowerCase() === 'minska' ? 'lower' : 'higher';
    return verb[2] ? { kind: 'previous', direction, year: Number(verb[2]), raw } : { kind: 'previous', direction, raw };
  }

  const range =
    new RegExp(String.raw`^(${NUM})\s*${UNIT}\s*(?:[-–—]|till)\s*(${NUM})\s*${UNIT}$`, 'i').exec(s) ??
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
        rest = rest.slice(m[0].length).trim();
        break;
      }
    }
  }
  const num = new RegExp(String.raw`^(${NUM})\s*${UNIT}$`, 'i').exec(rest);
  if (!num) return { kind: 'unreadable', raw, reason: 'text' };
  const value = toNumber(num[1]);
  if (!Number.isFinite(value)) return { kind: 'unreadable', raw, reason: 'text' };
  const unit = toUnit(num[2]);
  if (op) return withUnit({ kind: 'compare' as const, op, value, source, raw }, unit);

  // A bare number. "At least 0" is met by every count, so a bare 0 can only mean "none".
  const lower = value === 0 ? 'målvärdet 0' : lowerIsBetter(context);
  if (lower) {
    return withUnit({ kind: 'compare' as const, op: '<=' as const, value, source, lowerIsBetterBecause: lower, raw }, unit);
  }
  return withUnit({ kind: 'compare' as const, op: '>=' as const, value, source, raw }, unit);
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
      return `${t.direction === 'lower' ? 'lägre' : 'högre'} än ${t.year ?? 'föregående år'}`;
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
