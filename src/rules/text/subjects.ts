import type { OperatingRowRole } from '../../model/types';

/** What a sentence can talk about. */
export type Referent =
  | { table: 'operating'; row: OperatingRowRole; generic?: boolean }
  | { table: 'investments'; what: 'actual' | 'forecast' | 'difference' | 'any' }
  | { table: 'sickLeave'; row: 'total' | 'women' | 'men' };

interface SubjectPattern {
  re: RegExp;
  referent: Referent;
  /** Only in a paragraph whose section matches. */
  section?: RegExp;
  /** Literal words every match contains: a clause holding none of them is not searched. */
  needles: string[];
}

const INVESTMENTS = /investering/i;

/**
 * Subject words, as the board's texts use them. Indefinite or qualified uses ("ett tillfälligt
 * kommunbidrag", "kostnader för köpta vårdplatser") are not subjects: see `disqualified`.
 */
const PATTERNS: SubjectPattern[] = [
  { re: /personalkostnad(?:erna|er)\b/gu, referent: { table: 'operating', row: 'personnel' }, needles: ['personalkostnad'] },
  { re: /lokalhyr(?:orna|or)\b|lokalkostnad(?:erna)\b/gu, referent: { table: 'operating', row: 'premises' }, needles: ['lokalhyr', 'lokalkostnad'] },
  { re: /köp av tjänster\b|köpta tjänster(?:na)?\b/gu, referent: { table: 'operating', row: 'purchasedServices' }, needles: ['köp av tjänster', 'köpta tjänster'] },
  { re: /övriga kostnad(?:erna|er)\b/gu, referent: { table: 'operating', row: 'otherCosts' }, needles: ['övriga kostnad'] },
  { re: /verksamhetens kostnader\b|de totala kostnaderna\b|kostnaderna totalt\b|totalt\s+(?:\S+\s+){0,3}kostnaderna\b/gu, referent: { table: 'operating', row: 'totalCosts', generic: true }, needles: ['kostnader'] },
  { re: /verksamhetens intäkter\b|intäkterna\b/gu, referent: { table: 'operating', row: 'revenue' }, needles: ['intäkter'] },
  { re: /(?:verksamhetens )?nettokostnad(?:erna|en)\b|nettokostnadsutveckling(?:en)?\b/gu, referent: { table: 'operating', row: 'netCosts' }, needles: ['nettokostnad'] },
  { re: /kommunbidrag(?:et)?\b/gu, referent: { table: 'operating', row: 'allocation' }, needles: ['kommunbidrag'] },
  { re: /(?:årets |periodens )?resultat(?:et)?\b|(?:social)?nämndens bokslut\b(?=[^.]*(?<!\p{L})(?:underskott|överskott)(?!\p{L}))/gu, referent: { table: 'operating', row: 'result' }, needles: ['resultat', 'nämndens bokslut'] },
  { re: /skillnaden i utfallet\b/gu, referent: { table: 'investments', what: 'difference' }, section: INVESTMENTS, needles: ['skillnaden i utfallet'] },
  { re: /utfallet\b/gu, referent: { table: 'investments', what: 'actual' }, section: INVESTMENTS, needles: ['utfallet'] },
  { re: /prognosen\b/gu, referent: { table: 'investments', what: 'forecast' }, section: INVESTMENTS, needles: ['prognosen'] },
  { re: /investeringarna\b|investeringsutgifterna\b|(?:de )?totala (?:investeringarna|investeringsutgifterna)\b/gu, referent: { table: 'investments', what: 'any' }, section: INVESTMENTS, needles: ['investering'] },
  { re: /(?:den )?totala sjukfrånvaron\b|sjukfrånvaron totalt\b/gu, referent: { table: 'sickLeave', row: 'total' }, needles: ['sjukfrånvaron'] },
  { re: /kvinnor(?:na)?s sjukfrånvaro\b/gu, referent: { table: 'sickLeave', row: 'women' }, needles: ['sjukfrånvaro'] },
  { re: /(?:männens|mäns) sjukfrånvaro\b/gu, referent: { table: 'sickLeave', row: 'men' }, needles: ['sjukfrånvaro'] },
];

/** The patterns as searched: compiled once, each anchored so a subject starts a word. */
const COMPILED = PATTERNS.map((p) => ({ ...p, search: new RegExp(`(?<!\\p{L})(?:${p.re.source})`, 'gu') }));

// "Detta resultat" takes up a figure named before (which one is the reader's guess); "det strukturella
// resultatet" is another measure than the row.
const BEFORE_DISQUALIFIES = /(?:\b(?:inom|inom posten|varav|del av|andel av|ett|en|med|riktat|riktade|tillfälligt|tillfälliga|egentliga|förbättrade|ofinansierade|det|detta|denna|strukturella|strukturellt|underliggande|justerade|justerat)\s+)$/;
const AFTER_DISQUALIFIES = /^\s*(?:(?:samt|och|inklusive|inkl\.|exklusive|avseende|att)(?!\p{L})|för (?!(?:året|perioden|bokslutsperioden|helåret|\d{4})(?!\p{L}))\p{L})/u;

function disqualified(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  const after = text.slice(index + length, index + length + 40);
  return BEFORE_DISQUALIFIES.test(before) || AFTER_DISQUALIFIES.test(after);
}

export interface SubjectHit {
  referent: Referent;
  index: number;
  text: string;
}

/** Subjects named in a (lower-case) clause, in order. */
export function subjectsIn(text: string, section: string | undefined): SubjectHit[] {
  const hits: SubjectHit[] = [];
  for (const p of COMPILED) {
    if (!containsAny(text, p.needles)) continue;
    if (p.section && !p.section.test(section ?? '')) continue;
    // The same walk as matchAll, on the shared regex (no pattern matches the empty string).
    const re = p.search;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (disqualified(text, m.index, m[0].length)) continue;
      // A longer subject covering this one wins ("skillnaden i utfallet" over "utfallet").
      if (covered(hits, m.index, m.index + m[0].length)) continue;
      hits.push({ referent: p.referent, index: m.index, text: m[0] });
    }
  }
  return hits.length > 1 ? hits.sort(byIndex) : hits;
}

function containsAny(text: string, needles: readonly string[]): boolean {
  for (const n of needles) if (text.includes(n)) return true;
  return false;
}

/** Whether a hit already found spans `from`–`to`. */
function covered(hits: readonly SubjectHit[], from: number, to: number): boolean {
  for (const h of hits) if (h.index <= from && h.index + h.text.length >= to) return true;
  return false;
}

function byIndex(a: SubjectHit, b: SubjectHit): number {
  return a.index - b.index;
}

/** "kontogruppen", "hela kontogruppen": the paragraph's own subject. */
export function refersToParagraphSubject(text: string): boolean {
  return /\bkontogrupp(?:en)?\b/.test(text);
}

export function sameReferent(a: Referent, b: Referent): boolean {
  return JSON.stringify({ ...a, generic: undefined }) === JSON.stringify({ ...b, generic: undefined });
}
