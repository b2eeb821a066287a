import type { Column, Figure, Investments, OperatingStatement, ReportModel, Row, SickLeave, SourceRef, Unit } from '../../model/types';
import { operatingView } from './income-view';
import { tablesOf } from '../../model/types';
import { formatNumber } from '../format';
import { cellLabel, hasValue } from '../tables';
import type { Quote } from './parse';
import type { Referent } from './subjects';

/** What a quoted number states about its subject. */
export type Measure = 'level' | 'variance' | 'change' | 'difference' | 'share';
export type PercentBasis = 'of-budget' | 'yoy';

export interface Binding {
  measure: Measure;
  /** For percentages: what the share is of. */
  basis?: PercentBasis;
  /** -1 for "underskott", "negativ avvikelse"; +1 for "överskott", "positiv". */
  signWord?: -1 | 1;
}

export interface Timing {
  years: number[];
  /** "budgeten för …", "budgeterade": the budget column. */
  budget: boolean;
  /** A past-tense verb ("stannade på", "blev", "uppgick till"): a year that is over. */
  past: boolean;
  /** Whether the years were written in the sentence (not taken from the paragraph or report). */
  explicitYear: boolean;
  /** "för året", "helår", "prognos…", "förväntas". */
  fullYear: boolean;
  /** "bokslutsperioden", "per augusti", "perioden". */
  period: boolean;
}

/** One reading of a quote against the tables. */
/** What a message says of a reading: the figure's name and how it was computed. */
export interface ReadingText {
  label: string;
  basis: string;
}

export interface Reading {
  /** In the quote's unit. */
  value: number;
  /** What the message names and shows: built only for a reading that is reported, not for each compared. */
  text: () => ReadingText;
  refs: SourceRef[];
  /** Whether the sign of `value` means something to compare with a signed quote. */
  signed: boolean;
  /** The table-side rounding, in the quote's unit. */
  slack: number;
  /** Decimals to show the value with, when the table's own are best (a printed rate). */
  decimals?: number;
}

const VARIANCE = /(?:avvik\p{L}*|avvikelse\p{L}*)(?:\s+\S+){0,7}\s+(?:med|om|på)(?:\s+(?:totalt|sammanlagt|endast|ytterligare))?$/u;
const EXCEED = /(?:överstig\p{L}*|understig\p{L}*|överskrid\p{L}*|underskrid\p{L}*)(?:\s+\S+){0,3}\s+med(?:\s+(?:totalt|sammanlagt|endast))?$/u;
const CHANGE = /(?:ökat|ökade|ökar|ökning|minskat|minskade|minskar|minskning)(?:\s+\S+){0,3}\s+(?:med|om|på)$/u;
const LEVEL = /(?:uppgår|uppgick|uppgått|uppgå|stannade|stannar|landade|landar|hamnade|hamnar|blev|låg|ligger)(?:\s+\S+){0,6}\s+(?:till|på)(?:\s+(?:totalt|sammanlagt|endast))?$/u;
const RESULT_WORD = /(?:underskott|överskott)\s+(?:om|på)$/u;
const SHARE = /motsvarar$/u;
const OR = /(?:^|\s)eller$/u;

/**
 * The words each binding pattern below ends with ("… uppgår till", "… ökade med totalt",
 * "… eller", "… motsvarar"): words before a figure that end with none of them bind it to nothing.
 */
const BINDING_ENDS = ['med', 'om', 'på', 'till', 'totalt', 'sammanlagt', 'endast', 'ytterligare', 'motsvarar', 'eller'];

function mayBind(before: string): boolean {
  const words = before.trimEnd();
  for (const w of BINDING_ENDS) if (words.endsWith(w)) return true;
  return false;
}

/** How a quote is bound to its clause, or undefined when the words do not say. */
export function bindingOf(q: Quote, previous: Binding | undefined): Binding | undefined {
  if (!mayBind(q.before)) return undefined;
  const b = q.before.replace(/\s+/g, ' ').trim();
  const after = q.after.trim();
  let basis: PercentBasis | undefined;
  if (/^(?:av\s+(?:den\s+)?budget|av\s+budgeterade|jämfört med budget|mot budget)/u.test(after)) basis = 'of-budget';
  else if (/^(?:(?:högre|lägre|mer|mindre)\s+än\s+|jämfört med\s+)(?:motsvarande period\s+)?(?:föregående|förra)\s+år/u.test(after)) basis = 'yoy';
  const sign = (text: string): -1 | 1 | undefined => (/\bnegativ/u.test(text) ? -1 : /\bpositiv/u.test(text) ? 1 : undefined);
  if (OR.test(b) && previous) {
    if (q.unit !== 'percent') return undefined;
    return { ...previous, basis: basis ?? (previous.measure === 'variance' ? 'of-budget' : previous.measure === 'change' ? 'yoy' : undefined) };
  }
  if (VARIANCE.test(b) || EXCEED.test(b)) return { measure: 'variance', basis: basis ?? 'of-budget', signWord: sign(b) };
  if (CHANGE.test(b)) return { measure: 'change', basis: basis ?? 'yoy', ...(q.unit !== 'percent' ? { signWord: /minsk/u.test(b) ? -1 : 1 } : {}) };
  if (SHARE.test(b)) return basis === 'of-budget' ? { measure: 'share', basis } : undefined;
  if (RESULT_WORD.test(b)) return { measure: 'level', signWord: /underskott/u.test(b) ? -1 : 1 };
  if (LEVEL.test(b)) {
    if (/avvikelse/u.test(b)) return { measure: 'variance', basis: basis ?? 'of-budget', signWord: sign(b) };
    if (/skillnad/u.test(b)) return { measure: 'difference' };
    if (/utveckling/u.test(b) && q.unit === 'percent') return { measure: 'change', basis: 'yoy' };
    return basis ? { measure: basis === 'yoy' ? 'change' : 'share', basis } : { measure: 'level' };
  }
  return undefined;
}

export function timingOf(text: string, years: number[], explicitYear = years.length > 0): Timing {
  const t = text.toLowerCase();
  return {
    years,
    past: /(?<!\p{L})(?:stannade|landade|hamnade|blev|uppgick|slutade)(?!\p{L})/u.test(t),
    explicitYear,
    budget: /(?<!\p{L})(?:budgeten|budgeterade?)(?!\p{L})/u.test(t),
    fullYear: /för året|helår|helåret|prognos\p{L}*|förväntas|beräknas/u.test(t),
    period: /bokslutsperiod\p{L}*|\bperioden\b|per augusti|per \d{1,2} \p{L}+|hittills|delårs\p{L}*/u.test(t),
  };
}

export interface Tables {
  model: ReportModel;
  reportYear?: number;
  interim: boolean;
  operating?: OperatingStatement;
  investments?: Investments;
  sickLeave?: SickLeave;
}

export function tablesFor(model: ReportModel): Tables {
  // Without a Drift, a result sentence quotes the resultaträkning (seen as the operating statement).
  const income = tablesOf(model, 'incomeStatement')[0];
  const operating = tablesOf(model, 'operating')[0] ?? (income ? operatingView(income) : undefined);
  return {
    model,
    reportYear: model.period.year ?? operating?.columns.find((c) => c.role === 'actual')?.year,
    interim: model.period.kind === 'interim',
    operating,
    investments: tablesOf(model, 'investments')[0],
    sickLeave: tablesOf(model, 'sickLeave')[0],
  };
}

function factor(tableUnit: Unit, quoteUnit: Quote['unit']): number | undefined {
  const scale: Partial<Record<Unit, number>> = { kr: 1, tkr: 1e3, mnkr: 1e6 };
  const from = scale[tableUnit];
  const to = quoteUnit === 'percent' || quoteUnit === 'pp' ? undefined : scale[quoteUnit];
  return from && to ? from / to : undefined;
}

type AnyRow = Row<string, string>;

function fig(row: AnyRow | undefined, role: string): (Figure & { value: number }) | undefined {
  const f = row?.values[role];
  return hasValue(f) ? f : undefined;
}

function col(columns: readonly Column[], role: string): Column | undefined {
  return columns.find((c) => c.role === role);
}

/** A computed figure keeps the cells it was computed from. */
type Derived = Figure & { value: number; from?: SourceRef[] };

function derived(a: Figure & { value: number }, b: Figure & { value: number }, value: number): Derived {
  return { ...a, value, from: [a.ref, b.ref] };
}

/** Words of a reading, built when asked (label and basis default to the figure's own). */
type Words = () => string;

function money(q: Quote, unit: Unit, f: Derived, label: Words, signed: boolean, basis?: Words): Reading | undefined {
  const k = factor(unit, q.unit);
  if (k === undefined) return undefined;
  return { value: f.value * k, text: () => ({ label: label(), basis: basis ? basis() : `${formatNumber(f.value, f.decimals)} ${unit}` }), refs: f.from ?? [f.ref], signed, slack: 0.5 * 10 ** -f.decimals * k };
}

function ratio(num: number, den: number, label: Words, basis: Words, refs: SourceRef[]): Reading | undefined {
  if (den === 0) return undefined;
  return { value: (Math.abs(num) / Math.abs(den)) * 100, text: () => ({ label: label(), basis: basis() }), refs, signed: false, slack: 0.02 };
}

/** Which amount columns a level statement can mean, by its years and timing words. */
function levelColumns(t: Tables, timing: Timing, hasForecast: boolean): string[] {
  const year = timing.years.length ? timing.years[timing.years.length - 1] : t.reportYear;
  if (timing.budget) return t.reportYear === undefined || year === t.reportYear ? ['budget'] : [];
  if (t.reportYear === undefined || year === t.reportYear) {
    if (!t.interim) return ['actual'];
    // "Resultatet för året stannade på 0,1 mnkr" in an interim report: a year that is over,
    // so not this year's forecast; without the year written out, which one is a guess.
    if (timing.fullYear && timing.past && !timing.explicitYear) return [];
    if (timing.fullYear && hasForecast) return ['forecast'];
    if (timing.period) return ['actual'];
    return hasForecast ? ['actual', 'forecast'] : ['actual'];
  }
  if (year === t.reportYear - 1) {
    // Last year's interim figure is not last year's full-year result.
    if (t.interim && timing.fullYear) return [];
    return ['previousActual'];
  }
  return [];
}

/**
 * A change the sentence dates only to years none of the table's columns (nor the report) has
 * ("2025 ökade kostnaderna med …" against a 2024 table) is another year's change: not read.
 */
function datedElsewhere(t: Tables, cols: readonly Column[], timing: Timing): boolean {
  if (!timing.explicitYear || !timing.years.length) return false;
  const known = new Set(cols.map((c) => c.year).filter((y): y is number => y !== undefined));
  if (!known.size) return false;
  if (t.reportYear !== undefined) known.add(t.reportYear);
  return !timing.years.some((y) => known.has(y));
}

function readOperating(t: Tables, row: AnyRow, q: Quote, b: Binding, timing: Timing): Reading[] {
  const table = t.operating as OperatingStatement;
  const cols = table.columns as Column[];
  const unit = table.unit;
  const out: (Reading | undefined)[] = [];
  const label = (role: string): Words => () => cellLabel(row, col(cols, role));
  const budget = fig(row, 'budget');
  const against = fig(row, 'forecast') ?? fig(row, 'actual');
  const variance: Derived | undefined = fig(row, 'variance') ?? (budget && against ? derived(against, budget, against.value - budget.value) : undefined);
  const actual = fig(row, 'actual');
  const previous = fig(row, 'previousActual');
  const diff: Derived | undefined = fig(row, 'difference') ?? (actual && previous ? derived(actual, previous, actual.value - previous.value) : undefined);
  if (q.unit === 'percent') {
    if (b.measure === 'variance' && variance && budget) {
      out.push(ratio(variance.value, budget.value, label('variance'), () => `${formatNumber(variance.value)} ${unit} av budget ${formatNumber(budget.value)} ${unit}`, [variance.ref, budget.ref]));
    } else if ((b.measure === 'change' || b.basis === 'yoy') && actual && previous && !datedElsewhere(t, cols, timing)) {
      out.push(ratio(actual.value - previous.value, previous.value, label('actual'), () => `${formatNumber(actual.value)} mot ${formatNumber(previous.value)} ${unit}`, [actual.ref, previous.ref]));
    } else if (b.measure === 'share' && actual && budget) {
      out.push(ratio(actual.value, budget.value, label('actual'), () => `${formatNumber(actual.value)} av budget ${formatNumber(budget.value)} ${unit}`, [actual.ref, budget.ref]));
    }
    return out.filter((r): r is Reading => !!r);
  }
  if (b.measure === 'variance' && variance) out.push(money(q, unit, variance, label('variance'), true));
  // "minskade resultatet med 15,1 mkr" while it rose: the direction is compared on the result row only
  // (a cost row's sign says nothing of whether the costs grew).
  else if ((b.measure === 'change' || b.measure === 'difference') && diff && !datedElsewhere(t, cols, timing)) out.push(money(q, unit, diff, label('difference'), b.measure === 'change' && row.role === 'result' && b.signWord !== undefined));
  else if (b.measure === 'level') {
    for (const role of levelColumns(t, timing, !!col(cols, 'forecast'))) {
      const f = fig(row, role);
      if (f) out.push(money(q, unit, f, label(role), true));
    }
  }
  return out.filter((r): r is Reading => !!r);
}

function readInvestments(t: Tables, referent: 'actual' | 'forecast' | 'difference' | 'any', q: Quote, b: Binding, timing: Timing): Reading[] {
  const table = t.investments as Investments;
  const total = table.rows.find((r) => r.role === 'total') as AnyRow | undefined;
  if (!total) return [];
  const cols = table.columns as Column[];
  const label = (role: string): Words => () => cellLabel(total, col(cols, role));
  const budget = fig(total, 'budget');
  if (referent === 'any') {
    // "Investeringarna uppgår till …": the column by the sentence's year and timing words.
    if (q.unit === 'percent' || b.measure !== 'level') return [];
    return levelColumns(t, timing, !!col(cols, 'forecast'))
      .map((role) => {
        const f = fig(total, role);
        return f ? money(q, table.unit, f, label(role), true) : undefined;
      })
      .filter((r): r is Reading => !!r);
  }
  const what = referent;
  const own = what === 'difference' ? undefined : fig(total, what);
  const out: (Reading | undefined)[] = [];
  if (q.unit === 'percent') {
    if (b.measure === 'share' && own && budget) out.push(ratio(own.value, budget.value, label(what), () => `${formatNumber(own.value)} av budget ${formatNumber(budget.value)} ${table.unit}`, [own.ref, budget.ref]));
    return out.filter((r): r is Reading => !!r);
  }
  if (what === 'difference' || b.measure === 'difference' || b.measure === 'change') {
    if (datedElsewhere(t, cols, timing)) return [];
    const actual = fig(total, 'actual');
    const previous = fig(total, 'previousActual');
    const d: Derived | undefined = fig(total, 'difference') ?? (actual && previous ? derived(actual, previous, actual.value - previous.value) : undefined);
    if (d) out.push(money(q, table.unit, d, label('difference'), false));
  } else if (b.measure === 'variance' && own && budget) {
    const v = derived(budget, own, budget.value - own.value);
    out.push(money(q, table.unit, v, () => `${label('budget')()} − ${label(what)()}`, false, () => `${formatNumber(budget.value)} − ${formatNumber(own.value)} ${table.unit}`));
  } else if (b.measure === 'level' && own) {
    out.push(money(q, table.unit, own, label(what), true));
  }
  return out.filter((r): r is Reading => !!r);
}

function readSickLeave(t: Tables, rowRole: string, q: Quote, b: Binding, timing: Timing): Reading[] {
  const table = t.sickLeave as SickLeave;
  if (q.unit !== 'percent' || b.measure !== 'level') return [];
  const row = table.rows.find((r) => r.role === rowRole) as AnyRow | undefined;
  if (!row) return [];
  const year = timing.years.length ? timing.years[timing.years.length - 1] : t.reportYear;
  const cols = table.columns as Column[];
  const c = cols.find((x) => x.year === year && (x.role === 'current' || x.role === 'previous')) ?? (year === t.reportYear ? col(cols, 'current') : year === (t.reportYear ?? 0) - 1 ? col(cols, 'previous') : undefined);
  const f = c ? fig(row, c.role) : undefined;
  if (!c || !f) return [];
  return [{ value: f.value, text: () => ({ label: cellLabel(row, c), basis: `${formatNumber(f.value, f.decimals)} %` }), refs: [f.ref], signed: false, slack: 0.5 * 10 ** -f.decimals, decimals: f.decimals }];
}

/**
 * The operating-statement row a result sentence about the balanskrav means: the one row whose
 * label names it ("Årets balanskravsresultat"); none, or more than one, and nothing is read.
 */
export function balanskravReadings(t: Tables, q: Quote, b: Binding, timing: Timing): Reading[] {
  const rows = (t.operating?.rows ?? []).filter((r) => /balanskrav/iu.test(r.label)) as AnyRow[];
  return rows.length === 1 ? readOperating(t, rows[0], q, b, timing) : [];
}

/** The table values a quote can mean for a referent; empty when the tables cannot say. */
export function readings(t: Tables, referent: Referent, q: Quote, b: Binding, timing: Timing): Reading[] {
  if (referent.table === 'operating') {
    const row = t.operating?.rows.find((r) => r.role === referent.row) as AnyRow | undefined;
    return row ? readOperating(t, row, q, b, timing) : [];
  }
  if (referent.table === 'investments') return t.investments ? readInvestments(t, referent.what, q, b, timing) : [];
  return t.sickLeave ? readSickLeave(t, referent.row, q, b, timing) : [];
}
