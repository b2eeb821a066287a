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
}

const INVESTMENTS = /investering/i;

/**
 * Subject words, as the board's texts use them. Indefinite or qualified uses ("ett tillfälligt
 * kommunbidrag", "kostnader för köpta vårdplatser") are not subjects: see `disqualified`.
 */
const PATTERNS: SubjectPattern[] = [
  { re: /personalkostnad(?:erna|er)\b/gu, referent: { table: 'operating', row: 'personnel' } },
  { re: /lokalhyr(?:orna|or)\b|lokalkostnad(?:erna)\b/gu, referent: { table: 'operating', row: 'premises' } },
  { re: /köp av tjänster\b|köpta tjänster(?:na)?\b/gu, referent: { table: 'operating', row: 'purchasedServices' } },
  { re: /övriga kostnad(?:erna|er)\b/gu, referent: { table: 'operating', row: 'otherCosts' } },
  { re: /verksamhetens kostnader\b|de totala kostnaderna\b|kostnaderna totalt\b|totalt\s+(?:\S+\s+){0,3}kostnaderna\b/gu, referent: { table: 'operating', row: 'totalCosts', generic: true } },
  { re: /verksamhetens intäkter\b|intäkterna\b/gu, referent: { table: 'operating', row: 'revenue' } },
  { re: /(?:verksamhetens )?nettokostnad(?:erna|en)\b|nettokostnadsutveckling(?:en)?\b/gu, referent: { table: 'operating', row: 'netCosts' } },
  { re: /kommunbidrag(?:et)?\b/gu, referent: { table: 'operating', row: 'allocation' } },
  { re: /(?:årets |periodens )?resultat(?:et)?\b|(?:social)?nämndens bokslut\b(?=[^.]*(?<!\p{L})(?:underskott|överskott)(?!\p{L}))/gu, referent: { table: 'operating', row: 'result' } },
  { re: /skillnaden i utfallet\b/gu, referent: { table: 'investments', what: 'difference' }, section: INVESTMENTS },
  { re: /utfallet\b/gu, referent: { table: 'investments', what: 'actual' }, section: INVESTMENTS },
  { re: /prognosen\b/gu, referent: { table: 'investments', what: 'forecast' }, section: INVESTMENTS },
  { re: /investeringarna\b|investeringsutgifterna\b|(?:de )?totala (?:investeringarna|investeringsutgifterna)\b/gu, referent: { table: 'investments', what: 'any' }, section: INVESTMENTS },
  { re: /(?:den )?totala sjukfrånvaron\b|sjukfrånvaron totalt\b/gu, referent: { table: 'sickLeave', row: 'total' } },
  { re: /kvinnor(?:na)?s sjukfrånvaro\b/gu, referent: { table: 'sickLeave', row: 'women' } },
  { re: /(?:männens|mäns) sjukfrånvaro\b/gu, referent: { table: 'sickLeave', row: 'men' } },
];

/** The patterns as searched: compiled once, each anchored so a subject starts a word. */
const COMPILED = PATTERNS.map((p) => ({ ...p, search: new RegExp(`(?<!\\p{L})(?:${p.re.source})`, 'gu') }));

/**
 * All patterns as one alternation. If it matches nowhere, no single pattern does (a search
 * tries every start, and an alternative matching there makes the whole match there), so most
 * clauses, which name no subject, are dismissed with one search instead of one per pattern.
 */
const ANY_SUBJECT = new RegExp(`(?<!\\p{L})(?:${PATTERNS.map((p) => p.re.source).join('|')})`, 'u');

const BEFORE_DISQUALIFIES = /(?:\b(?:inom|inom posten|varav|del av|andel av|ett|en|med|riktat|riktade|tillfälligt|tillfälliga|egentliga|förbättrade|ofinansierade|det)\s+)$/;
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
  if (!ANY_SUBJECT.test(text)) return hits;
  for (const p of COMPILED) {
    if (p.section && !p.section.test(section ?? '')) continue;
    // The same walk as matchAll, on the shared regex (no pattern matches the empty string).
    const re = p.search;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (disqualified(text, m.index, m[0].length)) continue;
      // A longer subject covering this one wins ("skillnaden i utfallet" over "utfallet").
      if (hits.some((h) => h.index <= m.index && h.index + h.text.length >= m.index + m[0].length)) continue;
      hits.push({ referent: p.referent, index: m.index, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** "kontogruppen", "hela kontogruppen": the paragraph's own subject. */
export function refersToParagraphSubject(text: string): boolean {
  return /\bkontogrupp(?:en)?\b/.test(text);
}

export function sameReferent(a: Referent, b: Referent): boolean {
  return JSON.stringify({ ...a, generic: undefined }) === JSON.stringify({ ...b, generic: undefined });
}
