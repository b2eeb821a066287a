/**
 * Judging quoted figures against any table (`table-facts.ts`): a quote is compared only when
 * its sentence binds it to one row (a row label in the forms prose uses), one measure (level,
 * variance, change, share) and one column (by the measure, the years and the timing words).
 * Anything less is left alone: a false alarm costs more trust than a missed error.
 */
import type { NarrativeParagraph, SourceRef, Unit } from '../../model/types';
import { formatNumber } from '../format';
import { agrees, sentences, yearsIn } from './parse';
import type { Quote, Sentence } from './parse';
import { disqualified, formsRegex, nameForms, OWN_TOTAL } from './names';
import type { FactCell, FactColumn, FactRow, FactTable, Facts } from './table-facts';

type Measure = 'level' | 'variance' | 'change' | 'share';

interface FactBinding {
  measure: Measure;
  /** +1 överskott/positiv/ökning, -1 underskott/negativ/minskning. */
  sign?: -1 | 1;
  /** The word that gave the sign, for the message. */
  signWord?: string;
  /** Which column a level means: "prognos…" → forecast, "budgeterade" → budget. */
  hint?: 'forecast' | 'budget' | 'actual';
  /** "prognosavvikelse", "avvikelse mot prognosen". */
  againstForecast?: boolean;
  /** Chose the measure from överskott/underskott alone. */
  fromResultWord?: boolean;
  /** "mot budget", "budgetavvikelse": a variance against the budget was named. */
  budgetNamed?: boolean;
  /** Column measures the sentence names ("nettokostnaden", "intäkterna"). */
  columnWord?: 'net' | 'revenue' | 'costs';
}

export interface FactReading {
  value: number;
  /** Table-side rounding, in the quote's unit. */
  slack: number;
  refs: SourceRef[];
  label: string;
  basis: string;
  /** Whether the value's sign can be compared with a sign word or a minus. */
  signed: boolean;
  decimals: number;
}

export interface FactJudgement {
  paragraph: NarrativeParagraph;
  quote: Quote;
  sentence: string;
  reading: FactReading;
  agrees: boolean;
  /** Agrees in size but not in sign word. */
  signOnly?: boolean;
  signWord?: string;
}

interface Subject {
  table: FactTable;
  row: FactRow;
}

interface NameIndex {
  re: RegExp;
  byForm: Map<string, Subject[]>;
}

function indexNames(tables: FactTable[]): NameIndex | undefined {
  const byForm = new Map<string, Subject[]>();
  for (const table of tables) {
    for (const row of table.rows) {
      for (const f of nameForms(row.label)) {
        const list = byForm.get(f) ?? [];
        if (!list.some((s) => s.table === table && s.row === row)) list.push({ table, row });
        byForm.set(f, list);
      }
    }
  }
  const re = formsRegex([...byForm.keys()].sort((a, b) => b.length - a.length));
  return re ? { re, byForm } : undefined;
}

interface Hit {
  index: number;
  end: number;
  subjects: Subject[];
}

function hitsIn(text: string, names: NameIndex): Hit[] {
  const out: Hit[] = [];
  const re = names.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const subjects = names.byForm.get(m[0]) ?? [];
    // "mot budget", "av budgeten" name a column, not a row labelled "Budget".
    if (subjects.length && !disqualified(text, m.index, m[0].length)) out.push({ index: m.index, end: m.index + m[0].length, subjects });
  }
  return out;
}

const SIGN_POS = /(?<!\p{L})(?:överskott\p{L}*|positiv\p{L}*|plus)(?!\p{L})/u;
const SIGN_NEG = /(?<!\p{L})(?:underskott\p{L}*|negativ\p{L}*|minus|befarat underskott)(?!\p{L})/u;
const VARIANCE_WORD = /(?<!\p{L})(?:avvik\p{L}*|budgetavvikelse\p{L}*|prognosavvikelse\p{L}*|överskrid\p{L}*|underskrid\p{L}*|överstig\p{L}*|understig\p{L}*)/u;
const RESULT_WORD = /(?<!\p{L})(?:överskott\p{L}*|underskott\p{L}*)(?!\p{L})/u;
const CHANGE_WORD = /(?<!\p{L})(?:ökning\p{L}*|ökat|ökade|ökar|öka|minskning\p{L}*|minskat|minskade|minskar|minska|förändring\p{L}*|förändrats|sänkning\p{L}*|höjning\p{L}*|kostnadsökning\p{L}*|kostnadsutveckling\p{L}*)(?!\p{L})/u;
const CHANGE_NEG = /(?<!\p{L})(?:minskning\p{L}*|minskat|minskade|minskar|minska|sänkning\p{L}*)(?!\p{L})/u;
/** A verb (or "budgeterade") at most eight words before the figure. */
const LEVEL_WORD = /(?<!\p{L})(?:uppgick|uppgår|uppgått|uppgå|blev|blir|var|är|landade|landar|hamnade|hamnar|stannade|slutade|redovisade|redovisar|redovisas|visade|visar|uppvisar|uppvisade|motsvarade|motsvarar|prognostiserades|prognostiseras|beräknas|förväntas|budgeterade|budgeterat|kostade|omsatte)(?!\p{L})(?:\s+\S+){0,8}\s*$/u;
const PAST = /(?<!\p{L})(?:stannade|landade|hamnade|blev|uppgick|slutade|var)(?!\p{L})/u;
const FULL_YEAR = /(?<!\p{L})(?:för året|helåret|helår|hela året)(?!\p{L})/u;
const FORECAST_WORD = /(?<!\p{L})(?:prognos\p{L}*|prognostiser\p{L}*|beräknas|förväntas|väntas|bedöms)(?!\p{L})/u;
const BUDGET_WORD = /(?<!\p{L})(?:budgeterade?|budgeterat|budgeten|budgetera\p{L}*)(?!\p{L})/u;
const BUDGET_NAMED = /(?<!\p{L})(?:mot budget\p{L}*|gentemot budget\p{L}*|jämfört med budget\p{L}*|i förhållande till budget\p{L}*|budgetavvikelse\p{L}*|mot tilldelat kommunbidrag|gentemot tilldelat kommunbidrag)(?!\p{L})/u;
/** A sentence that goes on about the row the previous one named. */
const ANAPHOR = /^(?:överskottet|underskottet|avvikelsen|budgetavvikelsen|nettokostnaden|nettokostnaderna|den|det|detta|nämnden|verksamheten|kostnaderna|intäkterna|resultatet)(?!\p{L})/u;
const INHERIT = /(?:^|\s)(?:eller|motsvarande|vilket motsvarar|vilket motsvarade|det vill säga|dvs\.?|alltså)\s*$/u;
const YOY_AFTER = /^\s*(?:(?:högre|lägre|mer|mindre|bättre|sämre)\s+än\s+|jämfört med\s+|i förhållande till\s+|sedan\s+|mot\s+)(?:motsvarande period\s+)?(?:föregående|förra)\s+år|^\s*(?:från|sedan|jämfört med)\s+(?:19|20)\d\d/u;
const BUDGET_AFTER = /^\s*(?:(?:högre|lägre|mer|mindre|bättre|sämre)\s+än\s+(?:budget\p{L}*|den budgeterade|det budgeterade)|(?:mot|jämfört med|gentemot)\s+budget)/u;
const SHARE_AFTER = /^\s*(?:av\s+(?:den\s+|det\s+)?(?:\p{L}+\s+){0,3}(?:budget\p{L}*|nettobudget\p{L}*|kommunbidrag\p{L}*|ram\p{L}*))/u;

function bindingFor(before: string, after: string, clause: string, q: Quote, previous: FactBinding | undefined): FactBinding | undefined {
  const b = before.replace(/\s+/g, ' ');
  if ((q.parenthesised || INHERIT.test(b)) && previous) {
    if (SHARE_AFTER.test(after) && q.unit === 'percent') return { ...previous, measure: 'share' };
    return previous;
  }
  const words = `${b} ${after.slice(0, 40)}`;
  const sign = SIGN_NEG.test(b) ? -1 : SIGN_POS.test(b) ? 1 : undefined;
  const signWord = sign === undefined ? undefined : ((sign < 0 ? SIGN_NEG : SIGN_POS).exec(b)?.[0] ?? undefined);
  const budgetNamed = BUDGET_NAMED.test(clause) || BUDGET_AFTER.test(after);
  const columnWord = /nettokostnad/u.test(clause) ? 'net' : /(?<!\p{L})intäkter\p{L}*/u.test(clause) ? 'revenue' : undefined;
  const base = { ...(sign ? { sign, signWord } : {}), ...(budgetNamed ? { budgetNamed } : {}), ...(columnWord ? { columnWord } : {}) } as Partial<FactBinding>;
  if (q.unit === 'percent' && SHARE_AFTER.test(after)) return previous ? { ...previous, measure: 'share' } : undefined;
  if (VARIANCE_WORD.test(b) || BUDGET_AFTER.test(after)) {
    return { measure: 'variance', ...base, ...(/prognosavvik|avvik\p{L}* (?:mot|från|gentemot) prognos/u.test(words) ? { againstForecast: true } : {}) };
  }
  if (CHANGE_WORD.test(b) || YOY_AFTER.test(after)) {
    const neg = CHANGE_NEG.test(b);
    return { measure: 'change', ...(CHANGE_WORD.test(b) ? { sign: neg ? -1 : 1, signWord: (CHANGE_WORD.exec(b) as RegExpExecArray)[0] } : {}), ...(columnWord ? { columnWord } : {}) };
  }
  if (RESULT_WORD.test(b)) return { measure: budgetNamed ? 'variance' : 'level', ...base, fromResultWord: true };
  if (LEVEL_WORD.test(b)) {
    const hint = BUDGET_WORD.test(b) ? 'budget' : FORECAST_WORD.test(clause) ? 'forecast' : 'actual';
    // "Resultatet för året stannade på 0,1 mnkr": a year that is over, not this one's figure.
    if (hint === 'actual' && FULL_YEAR.test(b) && PAST.test(b) && !/(?:19|20)\d\d/.test(b)) return undefined;
    return { measure: 'level', ...base, hint: hint === 'actual' && FULL_YEAR.test(b) ? 'forecast' : hint };
  }
  return undefined;
}

function factor(unit: Unit | undefined, q: Quote['unit']): number | undefined {
  const scale: Partial<Record<string, number>> = { kr: 1, tkr: 1e3, mnkr: 1e6 };
  if (!unit) return undefined;
  if (q === 'percent' || q === 'pp') return unit === 'percent' ? 1 : undefined;
  const from = scale[unit];
  const to = scale[q];
  return from && to ? from / to : undefined;
}

function isResultRow(row: FactRow): boolean {
  return /resultat|över-?\/?underskott|budgetavvikelse|avvikelse/iu.test(row.label);
}

function columnsOf(t: FactTable, m: FactColumn['measure'][], percent?: boolean): FactColumn[] {
  return t.columns.filter((c) => m.includes(c.measure) && (percent === undefined || c.percent === percent));
}

/** Narrow columns to the years the sentence names, else to the report's year. */
function byYear(cols: FactColumn[], years: number[], reportYear: number | undefined): FactColumn[] {
  if (cols.length <= 1) return cols;
  if (years.length) {
    const y = years[years.length - 1];
    const hit = cols.filter((c) => c.year === y);
    if (hit.length) return hit;
    // Years named, none of them in these headers: the sentence speaks of another column.
    if (cols.every((c) => c.year !== undefined)) return [];
  }
  const year = reportYear;
  const current = cols.filter((c) => c.year === undefined || c.year === year);
  return current.length ? current : cols;
}

function label(t: FactTable, row: FactRow, c: FactColumn): string {
  return c.header ? `${row.label}, ${c.header}` : row.label;
}

function cellReading(t: FactTable, row: FactRow, c: FactColumn, q: Quote, signed: boolean): FactReading | undefined {
  const cell = row.cells.get(c.col);
  if (!cell) return undefined;
  const k = factor(c.percent ? 'percent' : t.unit, q.unit);
  if (k === undefined) return undefined;
  const unitText = c.percent ? '%' : (t.unit ?? '');
  return { value: cell.value * k, slack: 0.5 * 10 ** -cell.decimals * k, refs: [cell.ref], label: label(t, row, c), basis: `${formatNumber(cell.value, cell.decimals)} ${unitText}`.trim(), signed, decimals: cell.decimals };
}

function pair(row: FactRow, cols: FactColumn[], year: number): { now?: FactCell; before?: FactCell; cNow?: FactColumn; cBefore?: FactColumn } {
  const cNow = cols.find((c) => c.year === year);
  const cBefore = cols.find((c) => c.year === year - 1);
  return { now: cNow && row.cells.get(cNow.col), before: cBefore && row.cells.get(cBefore.col), cNow, cBefore };
}

/** The one reading of a quote for a subject, or undefined when the words leave a choice. */
function readingFor(s: Subject, b: FactBinding, q: Quote, years: number[], reportYear: number | undefined): FactReading[] {
  const { table: t, row } = s;
  const pct = q.unit === 'percent' || q.unit === 'pp';
  const out: FactReading[] = [];
  const year = years.length ? years[years.length - 1] : (t.year ?? reportYear);
  if (b.measure === 'variance') {
    let cols = columnsOf(t, ['variance'], pct && t.unit !== 'percent' ? true : undefined).filter((c) => !!c.againstForecast === !!b.againstForecast);
    cols = byYear(cols, years, reportYear);
    if (!cols.length && b.sign !== undefined && !b.budgetNamed && !b.againstForecast && !pct) {
      // "Kommunstyrelsen redovisar ett överskott om 96 Mkr" in a table of deviations per board.
      return readingFor(s, { ...b, measure: 'level', hint: 'actual' }, q, years, reportYear);
    }
    if (pct && t.unit !== 'percent' && !cols.length) return readingFor(s, { ...b, measure: 'share' }, q, years, reportYear);
    for (const c of cols) {
      const r = cellReading(t, row, c, q, true);
      if (r) out.push(r);
    }
    return out;
  }
  if (b.measure === 'share') {
    const v = byYear(columnsOf(t, ['variance'], false), years, reportYear).filter((c) => !c.againstForecast);
    const bud = byYear(columnsOf(t, ['budget'], false), years, reportYear);
    if (v.length !== 1 || bud.length !== 1 || q.unit !== 'percent') return [];
    const vc = row.cells.get(v[0].col);
    const bc = row.cells.get(bud[0].col);
    if (!vc || !bc || bc.value === 0) return [];
    const value = (Math.abs(vc.value) / Math.abs(bc.value)) * 100;
    const slack = (0.5 * 10 ** -vc.decimals) / Math.abs(bc.value) * 100 + 0.01;
    return [{ value, slack, refs: [vc.ref, bc.ref], label: `${row.label}, ${v[0].header} / ${bud[0].header}`, basis: `${formatNumber(vc.value, vc.decimals)} av ${formatNumber(bc.value, bc.decimals)} ${t.unit ?? ''}`.trim(), signed: false, decimals: 1 }];
  }
  if (b.measure === 'change') {
    const pctChange = q.unit === 'percent' && t.unit !== 'percent';
    let cols = columnsOf(t, ['change'], pctChange || q.unit === 'pp' || t.unit === 'percent' ? true : false);
    if (t.unit === 'percent') cols = columnsOf(t, ['change']);
    cols = byYear(cols, years.filter((y) => y === year), reportYear);
    const signedOk = t.unit === 'percent' || [...row.cells.values()].every((c) => c.value >= 0);
    if (cols.length) {
      for (const c of cols) {
        const r = cellReading(t, row, c, q, signedOk);
        if (r) out.push(r);
      }
      return out;
    }
    // No change column: the difference of the two years' columns.
    const yearCols = columnsOf(t, ['actual', 'value', b.columnWord ?? 'net']).filter((c) => c.year !== undefined && c.percent === (t.unit === 'percent'));
    if (year === undefined) return [];
    const { now, before, cNow, cBefore } = pair(row, yearCols, year);
    if (!now || !before || !cNow || !cBefore) return [];
    if (pctChange) {
      if (before.value === 0) return [];
      const value = ((now.value - before.value) / Math.abs(before.value)) * 100;
      return [{ value, slack: 0.05, refs: [now.ref, before.ref], label: `${row.label}, ${cNow.header} mot ${cBefore.header}`, basis: `${formatNumber(now.value, now.decimals)} mot ${formatNumber(before.value, before.decimals)}`, signed: signedOk, decimals: 1 }];
    }
    const k = factor(t.unit, q.unit);
    if (k === undefined) return [];
    const d = Math.max(now.decimals, before.decimals);
    return [{ value: (now.value - before.value) * k, slack: 10 ** -d * k, refs: [now.ref, before.ref], label: `${row.label}, ${cNow.header} − ${cBefore.header}`, basis: `${formatNumber(now.value, now.decimals)} − ${formatNumber(before.value, before.decimals)} ${t.unit === 'percent' ? '%' : (t.unit ?? '')}`.trim(), signed: signedOk, decimals: d }];
  }
  // level
  if (q.unit === 'pp') return [];
  const hint = b.hint ?? 'actual';
  let wanted: FactColumn['measure'][] = hint === 'budget' ? ['budget'] : hint === 'forecast' ? ['forecast'] : ['actual'];
  if (b.columnWord) wanted = [b.columnWord, ...wanted];
  let cols = columnsOf(t, wanted);
  if (b.columnWord && columnsOf(t, [b.columnWord]).length) cols = columnsOf(t, [b.columnWord]);
  if (!cols.length && hint === 'actual') cols = columnsOf(t, ['value', 'net']);
  if (!cols.length && hint === 'forecast' && !columnsOf(t, ['actual']).length) cols = columnsOf(t, ['value']);
  if (q.unit === 'percent') cols = cols.filter((c) => c.percent);
  else cols = cols.filter((c) => !c.percent);
  cols = byYear(cols, years, reportYear);
  const signed = b.sign !== undefined && isResultRow(row) ? true : b.fromResultWord === true;
  for (const c of cols) {
    const r = cellReading(t, row, c, q, signed);
    if (r) out.push(r);
  }
  return out;
}

function compare(r: FactReading, q: Quote, b: FactBinding): { ok: boolean; signOnly: boolean } {
  const quotedSign = q.explicitSign ? Math.sign(q.value) : b.sign;
  const mag = (v: number) => Math.abs(v);
  const sizeOk = q.low !== undefined
    ? mag(r.value) >= Math.abs(q.low) - 10 ** -q.decimals / 2 - r.slack && mag(r.value) <= Math.abs(q.value) + 10 ** -q.decimals / 2 + r.slack
    : agrees(mag(r.value), mag(q.value), q.decimals, q.qualifier, r.slack);
  if (!sizeOk) return { ok: false, signOnly: false };
  if (!r.signed || quotedSign === undefined || quotedSign === 0) return { ok: true, signOnly: false };
  // A zero (or a value that rounds to zero) has no sign to contradict.
  if (Math.abs(r.value) <= r.slack + 10 ** -q.decimals / 2) return { ok: true, signOnly: false };
  const ok = Math.sign(r.value) === quotedSign;
  return { ok, signOnly: !ok };
}

function ownTotals(tables: FactTable[]): Subject[] {
  return tables.flatMap((t) => t.rows.filter((r) => r.total && !isResultRow(r)).map((row) => ({ table: t, row })));
}

function resultRows(tables: FactTable[]): Subject[] {
  return tables.flatMap((t) => t.rows.filter((r) => /^(?:årets|periodens)?\s*resultat/iu.test(r.label.trim())).map((row) => ({ table: t, row })));
}

/**
 * Every quote the sentence binds to one table cell (or one relation of cells), judged.
 * `skip(paragraph, quote)` leaves out quotes another reader already judged.
 */
export function judgeFacts(facts: Facts, skip: (p: NarrativeParagraph, q: Quote) => boolean): FactJudgement[] {
  const names = indexNames(facts.tables);
  if (!names) return [];
  const out: FactJudgement[] = [];
  for (const p of facts.paragraphs) {
    const sents: Sentence[] = sentences(p.text.text);
    let carried: Hit | undefined;
    for (const s of sents) {
      const lower = s.text.toLowerCase();
      const hits = hitsIn(lower, names);
      const sentenceYears = s.years;
      let previous: FactBinding | undefined;
      let lastSubject: Subject[] | undefined;
      for (const c of s.clauses) {
        for (const q of c.quotes) {
          const qOffset = q.start - s.start;
          const clauseOffset = c.start - s.start;
          const before = lower.slice(clauseOffset, qOffset);
          const binding = bindingFor(q.before, q.after, c.text.toLowerCase(), q, previous);
          previous = binding ?? previous;
          if (!binding) continue;
          // The subject: the last row named before the quote in the sentence, else carried.
          const prior = hits.filter((h) => h.end <= qOffset);
          let subjects: Subject[] | undefined = prior.length ? prior[prior.length - 1].subjects : undefined;
          if (!subjects && hits.length && hits[0].index > qOffset) {
            // "… med 4,4 mkr för kommunstyrelsen": a row named after the figure in its clause.
            const inClause = hits.filter((h) => h.index >= qOffset && h.index < clauseOffset + c.text.length);
            if (inClause.length === 1) subjects = inClause[0].subjects;
          }
          if (!subjects && OWN_TOTAL.test(lower.slice(0, qOffset))) subjects = ownTotals(facts.tables);
          if (!subjects && /(?<!\p{L})(?:resultatet|årets resultat|periodens resultat)(?!\p{L})/u.test(before)) subjects = resultRows(facts.tables);
          if (!subjects && !hits.length && carried && ANAPHOR.test(lower)) subjects = carried.subjects;
          if (!subjects && !hits.length && !carried && binding.fromResultWord && /(?<!\p{L})kommun(?:en)?(?!\p{L})/u.test(lower.slice(0, qOffset))) subjects = resultRows(facts.tables);
          lastSubject = subjects ?? lastSubject;
          if (!subjects || !subjects.length || skip(p, q)) continue;
          const clauseYears = yearsIn(c.text.slice(0, q.start - c.start));
          const years = clauseYears.length ? clauseYears : sentenceYears;
          const readings = subjects.flatMap((sub) => readingFor(sub, binding, q, years, facts.reportYear));
          if (!readings.length) continue;
          const results = readings.map((r) => ({ r, ...compare(r, q, binding) }));
          if (results.some((x) => x.ok)) {
            out.push({ paragraph: p, quote: q, sentence: s.text, reading: results.find((x) => x.ok)!.r, agrees: true });
            continue;
          }
          // Judged only when the words leave one cell (or cells that agree on the value).
          const distinct = new Set(readings.map((r) => r.value.toFixed(6)));
          if (distinct.size !== 1) continue;
          const first = results[0];
          out.push({ paragraph: p, quote: q, sentence: s.text, reading: first.r, agrees: false, ...(first.signOnly ? { signOnly: true, signWord: binding.signWord } : {}) });
        }
      }
      // A sentence that names one row hands it to the next sentence that names none.
      if (hits.length === 1) carried = hits[0];
      else if (hits.length > 1) carried = undefined;
      void lastSubject;
    }
  }
  return out;
}
