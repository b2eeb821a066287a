/**
 * How Swedish prose names a row of a table: "Äldreomsorg" is written "äldreomsorgen",
 * "äldreomsorgens"; "Kommunstyrelse" "kommunstyrelsen"; "Kommunchefen" also "kommunchef";
 * "Barn- och utbildningsnämnd" "barn- och utbildningsnämndens"; "Verksamhetens nettokostnader"
 * also "nettokostnaderna". Forms are lower case and matched at word boundaries.
 */

/** Lower case, one space, no footnote marks, no trailing parenthesis or ", inkl …". */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/\s*\d\)\s*$/, '')
    .replace(/\*+/g, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s*,\s*(?:inkl|exkl|varav|inklusive|exklusive)\b.*$/, '')
    .replace(/(?:,\s*|\s+i\s+)(?:mnkr|mkr|tkr|kr|%|procent)(?:\s*\(netto\))?$/, '')
    .replace(/\s*\d$/, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.:]+$/, '')
    .trim();
}

/** Endings of a definite or genitive form added to an indefinite noun. */
function inflect(word: string): string[] {
  const w = word;
  const out = [w, `${w}s`];
  if (/(?:en|et|na|erna|arna|orna)$/.test(w)) {
    // Already definite ("Kommunchefen", "Ekonomienheten"): also the bare noun.
    const stem = w.replace(/(?:erna|arna|orna)$/, (m) => m.slice(0, 2)).replace(/(?:en|et|na)$/, '');
    if (stem.length >= 4) out.push(stem, `${stem}s`);
    if (/(?:erna|arna|orna)$/.test(w)) out.push(`${w}s`);
    return out;
  }
  if (/e$/.test(w)) out.push(`${w}n`, `${w}ns`, `${w}t`, `${w}ts`);
  else if (/(?:ning|het|tion|skap|else|nad|ad)$/.test(w)) out.push(`${w}en`, `${w}ens`);
  else if (/(?:er|ar|or)$/.test(w)) out.push(`${w}na`, `${w}nas`);
  else if (/(?:ande|ende)$/.test(w)) out.push(`${w}t`, `${w}ts`);
  else if (/[aouåeiyäö]$/.test(w)) out.push(`${w}n`, `${w}ns`);
  else out.push(`${w}en`, `${w}ens`, `${w}et`, `${w}ets`);
  return [...new Set(out)];
}

/** Words a label starts with that prose drops ("Verksamhetens nettokostnader" → "nettokostnaderna"). */
const MEASURE_PREFIX = /^(?:verksamhetens|årets|periodens|kommunens|nämndens|förvaltningens|totala?|summa)\s+/;

/** The forms prose may use for a row label, longest first. */
export function nameForms(label: string): string[] {
  const base = normalizeLabel(label);
  if (base.length < 3) return [];
  const forms = new Set<string>();
  const words = base.split(' ');
  const last = words[words.length - 1];
  const head = words.slice(0, -1).join(' ');
  for (const f of inflect(last)) forms.add(head ? `${head} ${f}` : f);
  // "Social resursnämnd" → "sociala resursnämnden"; "Teknisk nämnd" → "tekniska nämnden".
  if (words.length === 2 && /isk$|al$|ell$/.test(words[0])) for (const f of inflect(last)) forms.add(`${words[0]}a ${f}`);
  const stripped = base.replace(MEASURE_PREFIX, '');
  // Without its prefix a measure label is only named in the definite ("nettokostnaderna",
  // "resultatet"): "kostnader för köpt vård" is a part of the costs, not the row.
  if (stripped !== base && stripped.length >= 5) for (const f of nameForms(stripped)) if (/(?:na|en|et|nas|ens|ets)$/.test(f) && !/\s/.test(f.replace(/^\S+\s/, '')) ) forms.add(f);
  // An abbreviation the label spells out in parentheses ("Individ- och familjeomsorg (IFO)").
  const abbr = /\(([A-ZÅÄÖ]{2,6})\)/.exec(label)?.[1];
  if (abbr) forms.add(abbr.toLowerCase());
  return [...forms].filter((f) => f.length >= 3).sort((a, b) => b.length - a.length);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for several forms at word boundaries (a compound's first part never matches alone). */
export function formsRegex(forms: string[]): RegExp | undefined {
  if (!forms.length) return undefined;
  return new RegExp(`(?<![\\p{L}\\d-])(?:${forms.map(escape).join('|')})(?![\\p{L}\\d])`, 'gu');
}

/** The table's own total, as its board writes it. */
export const OWN_TOTAL = /(?<!\p{L})(?:nämnden|nämndens|förvaltningen|förvaltningens|verksamheten totalt|hela verksamheten|totalt för nämnden|nämnden totalt|nämnden som helhet|förvaltningen totalt|(?:den )?totala budgetavvikelsen|(?:årets )?(?:sammanlagda|totala) budgetavvikelse(?:n)?)(?!\p{L})/u;

/** Words every form of OWN_TOTAL contains: a text with none of them is not searched (the lookbehind is tried at every offset). */
const OWN_TOTAL_NEEDLES = ['nämnden', 'förvaltningen', 'verksamheten', 'budgetavvikelse'];

/** Whether the text may hold OWN_TOTAL: false only when it surely does not. */
export function mayNameOwnTotal(text: string): boolean {
  for (const n of OWN_TOTAL_NEEDLES) if (text.includes(n)) return true;
  return false;
}

/** OWN_TOTAL.test(text), asked only of texts that hold one of its words. */
export function namesOwnTotal(text: string): boolean {
  return mayNameOwnTotal(text) && OWN_TOTAL.test(text);
}

const BEFORE_DISQUALIFIES = /(?:(?<!\p{L})(?:inom posten|varav|del av|andel av|strukturella|strukturellt|underliggande|justerade|justerat|ett|en|med|riktat|riktade|tillfälligt|tillfälliga|egentliga|ofinansierade|det|de|ej|inte|några|vissa|övriga|andra|extra|högre|lägre|ökade|minskade|nya|samma)\s+)$/u;
const AFTER_DISQUALIFIES = /^\s*(?:(?:samt|och|inklusive|inkl\.|exklusive|exkl\.|avseende|att|som|från|till|i form av)(?!\p{L})|för (?!(?:året|perioden|bokslutsperioden|helåret|hela året|\d{4}|år \d{4}|kommunen|kommunkoncernen|koncernen|den kommunala koncernen|(?:den )?sammanställda? redovisningen|sammanställd redovisning|nämnden|förvaltningen|verksamheten|\p{L}+ kommun|\p{L}+ kommunkoncern|\p{L}+ stad)(?!\p{L}))\p{L})/u;

/** A row name used indefinitely or narrowed ("ett tillfälligt kommunbidrag", "kostnaderna för köpt vård") is not the row. */
export function disqualified(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  const after = text.slice(index + length, index + length + 40);
  // "vår- och delårsbokslut": two rows at once.
  // "kostnaderna för hemtjänsten inom äldreomsorgen": a part of the row, not the row.
  const part = /(?<!\p{L})för\s+\p{L}+\s+(?:inom|hos|i)\s+$/u.test(before);
  // "ett balanskravsresultat på -193 Mkr": a body has one result of each kind, so a result row
  // named indefinitely with its figure right after it is still that row.
  const resultWithFigure = /(?<!\p{L})(?:ett|en)\s+$/u.test(before) && /resultat$/u.test(text.slice(index, index + length)) && /^\s+(?:på|om)\s+[-+\u2212\u2013]?\s?\d/u.test(after);
  if (resultWithFigure) return false;
  // "uppgår 2014 års balanskravsresultat till -193 Mkr": the verb before its subject, "till" its figure.
  if (/(?<!\p{L})(?:uppgår|uppgick|uppgått|landar|landade|hamnar|hamnade|stannar|stannade)\s+(?:\S+\s+){0,3}$/u.test(before) && /^\s+till\s+[-+\u2212\u2013]?\s?\d/u.test(after)) return false;
  return part || BEFORE_DISQUALIFIES.test(before) || AFTER_DISQUALIFIES.test(after) || /\p{L}-\s+(?:och|eller)\s+$/u.test(before);
}
