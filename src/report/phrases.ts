import type { Unit } from '../model/types';

/**
 * Swedish number and phrase helpers for the draft text, in the register of the board reports:
 * "-6,6 mnkr", "-14 311 tkr", "drygt 9 procent", "tre av totalt fyra", "har ökat".
 * The minus is the hyphen-minus the reports print; thousands are grouped with a space.
 */

/** Round half away from zero, so -60,5 tenths and 60,5 tenths both round to 61 in size. */
export function roundHalfAway(value: number, decimals = 0): number {
  const f = 10 ** decimals;
  // The small epsilon absorbs binary noise such as 0.85 * 10 = 8.499999…
  const r = Math.round(Math.abs(value) * f + 1e-9) / f;
  return value < 0 && r !== 0 ? -r : r;
}

/** "-14 311", "6,6", "227,1": decimal comma, space between thousands. */
export function formatNumber(value: number, decimals = 0): string {
  const r = roundHalfAway(value, decimals);
  const fixed = Math.abs(r).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return (r < 0 ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** A money amount in thousands of kronor, whatever unit the table was kept in. */
export function toTkr(value: number, unit: Unit): number {
  if (unit === 'kr') return value / 1000;
  if (unit === 'mnkr') return value * 1000;
  return value;
}

/** "-14 311 tkr". */
export function tkr(value: number): string {
  return `${formatNumber(value, 0)} tkr`;
}

/** "-6,6 mnkr" from an amount in tkr, one decimal. */
export function mnkr(valueTkr: number): string {
  return `${formatNumber(valueTkr / 1000, 1)} mnkr`;
}

export type Qualifier = 'drygt' | 'knappt' | 'cirka' | '';

/**
 * Rounding moves a figure by at most half its last printed unit. The text says so ("drygt" = a
 * little more than, "knappt" = a little less than, or a neutral "cirka") when the rounding hides
 * a noticeable part of the last digit (at least QUALIFY_UNIT of it) AND that part matters for a
 * figure of its size (at least QUALIFY_RELATIVE of it). So 9,39 % → "drygt 9 procent",
 * 16,4 % → "16 procent", 1,89 % → "2 procent", 0,85 mnkr → "knappt 0,9 mnkr",
 * 0,081 mnkr → "knappt 0,1 mnkr", as the seed reports write them.
 */
export const QUALIFY_UNIT = 0.15;
export const QUALIFY_RELATIVE = 0.03;

export function qualifier(value: number, decimals: number, style: 'drygt-knappt' | 'cirka' = 'drygt-knappt'): Qualifier {
  const rounded = roundHalfAway(value, decimals);
  const unit = 10 ** -decimals;
  const moved = Math.abs(value) - Math.abs(rounded);
  if (Math.abs(moved) < QUALIFY_UNIT * unit - 1e-9) return '';
  if (rounded !== 0 && Math.abs(moved) < QUALIFY_RELATIVE * Math.abs(rounded) - 1e-9) return '';
  if (style === 'cirka') return 'cirka';
  return moved > 0 ? 'drygt' : 'knappt';
}

function withQualifier(q: Qualifier, text: string): string {
  return q ? `${q} ${text}` : text;
}

/** "knappt 0,9 mnkr" for 850 tkr, "0,5 mnkr" for 500 tkr. Amounts are sizes: no sign. */
export function aboutMnkr(valueTkr: number, style: 'drygt-knappt' | 'cirka' = 'drygt-knappt'): string {
  const m = Math.abs(valueTkr) / 1000;
  return withQualifier(qualifier(m, 1, style), mnkr(m * 1000));
}

/** "2 procent", "drygt 9 procent", "knappt 10 procent": whole per cent, sizes without sign. */
export function aboutPercent(value: number, style: 'drygt-knappt' | 'cirka' = 'drygt-knappt'): string {
  const p = Math.abs(value);
  return withQualifier(qualifier(p, 0, style), `${formatNumber(p, 0)} procent`);
}

/** "6,6 procent": a rate as printed, one decimal. */
export function ratePercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)} procent`;
}

/** Share of a whole in per cent; null when the whole is zero or a value is missing. */
export function percentOf(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part === null || part === undefined || whole === null || whole === undefined || whole === 0) return null;
  return (Math.abs(part) / Math.abs(whole)) * 100;
}

/** Change in size between two amounts in per cent of the earlier one ("+16,4" for -146 052 → -169 998). */
export function changePercent(current: number | null | undefined, previous: number | null | undefined): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined || previous === 0) return null;
  return ((Math.abs(current) - Math.abs(previous)) / Math.abs(previous)) * 100;
}

const WORDS_COMMON = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** Grammatical gender of the counted noun: "en kontrollpunkt" (common), "ett mål" (neuter). */
export type Gender = 'common' | 'neuter';

/** Numbers up to twelve as words, as Swedish style wants; larger ones as digits ("13", "1 535"). */
export function numberWord(n: number, gender: Gender = 'common'): string {
  if (Number.isInteger(n) && n >= 0 && n <= 12) {
    if (n === 1) return gender === 'neuter' ? 'ett' : 'en';
    return WORDS_COMMON[n];
  }
  return formatNumber(n, Number.isInteger(n) ? 0 : 1);
}

/**
 * Two counts compared in one sentence are written alike: words when both are at most twelve,
 * digits otherwise ("från sju till tolv", "från 7 till 13").
 */
export function countPair(a: number, b: number, gender: Gender = 'common'): [string, string] {
  const small = (n: number) => Number.isInteger(n) && n >= 0 && n <= 12;
  if (small(a) && small(b)) return [numberWord(a, gender), numberWord(b, gender)];
  return [formatNumber(a, 0), formatNumber(b, 0)];
}

/** "Tre av totalt fyra". */
export function ofTotal(part: number, total: number, gender: Gender = 'common'): string {
  const [p, t] = countPair(part, total, gender);
  return `${p} av totalt ${t}`;
}

/** "ökat" / "minskat" / null when unchanged, for sizes that go up or down. */
export function changeVerb(delta: number): 'ökat' | 'minskat' | null {
  if (delta > 0) return 'ökat';
  if (delta < 0) return 'minskat';
  return null;
}

/** "a", "a och b", "a, b och c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** "Köp av tjänster" → "köp av tjänster" mid-sentence; acronyms ("IT-utrustning", "EKB") keep their case. */
export function lowerFirst(label: string): string {
  if (/^\p{Lu}{2}/u.test(label)) return label;
  return label.charAt(0).toLocaleLowerCase('sv-SE') + label.slice(1);
}

/** "Socialnämnden" → "Socialnämndens"; a name ending in s, x or z takes no extra s. */
export function possessive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

const MONTHS = [
  'januari', 'februari', 'mars', 'april', 'maj', 'juni',
  'juli', 'augusti', 'september', 'oktober', 'november', 'december',
];

/** "2024-08-31" → "31 augusti 2024" (null for a date it cannot read). */
export function longDate(iso: string, withYear = true): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return null;
  return `${Number(m[3])} ${month}${withYear ? ` ${m[1]}` : ''}`;
}

/** "2024-08-31" → "augusti". */
export function monthName(iso: string): string | null {
  const m = /^\d{4}-(\d{2})-\d{2}$/.exec(iso);
  return m ? (MONTHS[Number(m[1]) - 1] ?? null) : null;
}
