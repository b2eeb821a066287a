import type {
  ForecastAccuracy,
  Investments,
  OperatingRowRole,
  OperatingStatement,
  ReportModel,
  Row,
  OperatingColumnRole,
} from '../model/types';
import { amountTkr, cleanText, rowOf } from './figures';
import {
  aboutMnkr,
  aboutPercent,
  capitalize,
  changePercent,
  changeVerb,
  listJoin,
  lowerFirst,
  mnkr,
  monthName,
  numberWord,
  percentOf,
  possessive,
} from './phrases';
import { boardName } from './period';
import type { DraftParagraph } from './sheets/text';

/**
 * Draft text for Drift, Investeringar and Prognossäkerhet. Every amount is read with
 * `amountTkr` from the same model figure the report sheet shows in its cell.
 */

const GROUP_ROLES: OperatingRowRole[] = ['revenue', 'personnel', 'premises', 'purchasedServices', 'otherCosts', 'costGroup'];
const COST_ROLES = new Set<OperatingRowRole>(['personnel', 'premises', 'purchasedServices', 'otherCosts', 'costGroup']);
/** A group "drives" the deviation when it carries at least this share of all groups' deviations. */
const DRIVER_SHARE = 0.1;

type OpRow = Row<OperatingRowRole, OperatingColumnRole>;

interface GroupDeviation {
  label: string;
  variance: number;
  /** Per cent of the group's budget, null when the budget is zero or missing. */
  share: number | null;
}

/** The deviation from budget of one row, in tkr, with its share of the row's budget. */
export function rowDeviation(row: OpRow, unit: OperatingStatement['unit']): GroupDeviation | null {
  const variance = amountTkr(row.values.variance, unit);
  if (variance === null) return null;
  return { label: cleanText(row.label), variance, share: percentOf(variance, amountTkr(row.values.budget, unit)) };
}

function direction(v: number): string {
  return v > 0 ? 'positivt' : 'negativt';
}

function deviationSentence(d: GroupDeviation, interim: boolean, subject = capitalize(d.label)): string {
  const verb = interim ? 'beräknas avvika' : 'avviker';
  const share = d.share !== null ? ` eller ${aboutPercent(d.share)} av budget` : '';
  return `${subject} ${verb} ${direction(d.variance)} med ${mnkr(Math.abs(d.variance))}${share}.`;
}

function summaryParagraph(model: ReportModel, t: OperatingStatement): string | null {
  const result = rowOf(t.rows, 'result');
  if (!result) return null;
  const who = possessive(boardName(model));
  const actual = amountTkr(result.values.actual, t.unit);
  const parts: string[] = [];
  if (model.period.kind === 'annual') {
    if (actual !== null) {
      const what = actual < 0 ? `ett underskott om ${mnkr(-actual)}` : actual > 0 ? `ett överskott om ${mnkr(actual)}` : 'ett resultat i balans';
      parts.push(`${who} bokslut för ${model.period.year} innebär ${what}.`);
    }
    const variance = amountTkr(result.values.variance, t.unit);
    const budget = amountTkr(result.values.budget, t.unit);
    if (variance !== null && budget !== null && variance !== 0 && budget !== 0) {
      parts.push(`Avvikelsen mot budget är ${mnkr(variance)}.`);
    }
    return parts.length ? parts.join(' ') : null;
  }
  if (actual !== null) parts.push(`${who} resultat för perioden uppgår till ${mnkr(actual)}.`);
  const forecast = amountTkr(result.values.forecast, t.unit);
  if (forecast !== null) {
    const variance = amountTkr(result.values.variance, t.unit);
    let tail = '';
    if (variance !== null && variance !== 0) tail = `, vilket innebär en ${variance < 0 ? 'negativ' : 'positiv'} avvikelse mot budget med ${mnkr(Math.abs(variance))}`;
    else if (variance === 0) tail = ', vilket är i nivå med budget';
    parts.push(`Prognosen för helåret är ${mnkr(forecast)}${tail}.`);
  }
  return parts.length ? parts.join(' ') : null;
}

function deviationParagraph(model: ReportModel, t: OperatingStatement): string | null {
  const interim = model.period.kind === 'interim';
  const groups = t.rows.filter((r) => r.level === 0 && GROUP_ROLES.includes(r.role));
  const devs = groups.map((r) => rowDeviation(r, t.unit)).filter((d): d is GroupDeviation => d !== null);
  if (devs.length === 0) return null;
  const moving = devs.filter((d) => d.variance !== 0).sort((a, b) => Math.abs(b.variance) - Math.abs(a.variance));
  const level = devs.filter((d) => d.variance === 0);
  const sentences: string[] = [];
  const total = moving.reduce((s, d) => s + Math.abs(d.variance), 0);
  const drivers = moving.filter((d) => Math.abs(d.variance) >= DRIVER_SHARE * total);
  if (drivers.length > 1) {
    const n = numberWord(drivers.length);
    sentences.push(`Avvikelsen mot budget är främst kopplad till ${n} kontogrupper: ${listJoin(drivers.map((d) => lowerFirst(d.label)))}.`);
  } else if (drivers.length === 1) {
    sentences.push(`Avvikelsen mot budget är främst kopplad till kontogruppen ${lowerFirst(drivers[0].label)}.`);
  }
  for (const d of moving) sentences.push(deviationSentence(d, interim));
  if (level.length > 0) {
    const names = capitalize(listJoin(level.map((d, i) => (i === 0 ? d.label : lowerFirst(d.label)))));
    sentences.push(`${names} ${interim ? 'beräknas vara' : 'är'} i nivå med budget.`);
  }
  const totalRow = rowOf(t.rows, 'totalCosts');
  const totalDev = totalRow ? rowDeviation(totalRow, t.unit) : null;
  if (totalDev && totalDev.variance !== 0) {
    const subject = interim ? `Totalt beräknas ${lowerFirst(totalDev.label)}` : `Totalt avviker ${lowerFirst(totalDev.label)}`;
    const share = totalDev.share !== null ? ` eller ${aboutPercent(totalDev.share)} av budget` : '';
    const verb = interim ? ' avvika' : '';
    sentences.push(`${subject}${verb} ${direction(totalDev.variance)} med ${mnkr(Math.abs(totalDev.variance))}${share}.`);
  }
  return sentences.join(' ');
}

function changeClause(subject: string, pct: number | null, neuter: boolean): string | null {
  if (pct === null) return null;
  const verb = changeVerb(Math.round(pct * 100) / 100);
  if (!verb) return `${subject} är ${neuter ? 'oförändrat' : 'oförändrade'}`;
  return `${subject} har ${verb} med ${aboutPercent(pct)}`;
}

function comparisonParagraph(model: ReportModel, t: OperatingStatement): string | null {
  const interim = model.period.kind === 'interim';
  const since = interim ? 'jämfört med motsvarande period föregående år' : 'jämfört med föregående år';
  const sentences: string[] = [];
  const net = rowOf(t.rows, 'netCosts');
  const alloc = rowOf(t.rows, 'allocation');
  const netPct = net ? changePercent(amountTkr(net.values.actual, t.unit), amountTkr(net.values.previousActual, t.unit)) : null;
  const allocPct = alloc ? changePercent(amountTkr(alloc.values.actual, t.unit), amountTkr(alloc.values.previousActual, t.unit)) : null;
  const netClause = changeClause('Nettokostnaderna', netPct, false);
  const allocClause = changeClause('kommunbidraget', allocPct, true);
  if (netClause && allocClause) sentences.push(`${netClause} ${since}, samtidigt som ${allocClause}.`);
  else if (netClause) sentences.push(`${netClause} ${since}.`);
  else if (allocClause) sentences.push(`${capitalize(allocClause)} ${since}.`);

  // The cost group that changed most between the years (costs are negative: a falling figure is a rising cost).
  const changes = t.rows
    .filter((r) => r.level === 0 && COST_ROLES.has(r.role))
    .map((r) => ({ label: cleanText(r.label), diff: amountTkr(r.values.difference, t.unit) }))
    .filter((c): c is { label: string; diff: number } => c.diff !== null && c.diff !== 0)
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff));
  if (changes.length > 0) {
    const c = changes[0];
    sentences.push(`${capitalize(c.label)} har ${c.diff < 0 ? 'ökat' : 'minskat'} med ${mnkr(Math.abs(c.diff))}, den största förändringen bland kontogrupperna.`);
  }
  const result = rowOf(t.rows, 'result');
  const prev = result ? amountTkr(result.values.previousActual, t.unit) : null;
  if (prev !== null) {
    const prevYear = t.columns.find((c) => c.role === 'previousActual')?.year ?? (model.period.year !== undefined ? model.period.year - 1 : undefined);
    if (interim) sentences.push(`Resultatet för motsvarande period föregående år var ${mnkr(prev)}.`);
    else sentences.push(`Redovisat resultat i bokslutet ${prevYear ?? 'föregående år'} uppgick till ${mnkr(prev)}.`);
  }
  return sentences.length ? sentences.join(' ') : null;
}

export function operatingNarrative(model: ReportModel, t: OperatingStatement): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  const summary = summaryParagraph(model, t);
  if (summary) out.push({ section: 'Sammanfattning', paragraph: summary });
  const deviations = deviationParagraph(model, t);
  if (deviations) out.push({ section: 'Drift', paragraph: deviations });
  const comparison = comparisonParagraph(model, t);
  if (comparison) out.push({ section: 'Jämförelse mellan åren', paragraph: comparison });
  return out;
}

export function investmentsNarrative(model: ReportModel, t: Investments): DraftParagraph[] {
  const total = t.rows.find((r) => r.role === 'total');
  if (!total) return [];
  const interim = model.period.kind === 'interim';
  const budget = amountTkr(total.values.budget, t.unit);
  const actual = amountTkr(total.values.actual, t.unit);
  const forecast = amountTkr(total.values.forecast, t.unit);
  const variance = amountTkr(total.values.variance, t.unit);
  const diff = amountTkr(total.values.difference, t.unit);
  const sentences: string[] = [];
  if (actual !== null) {
    const when =
      model.period.kind === 'interim' ? `per ${monthName(model.period.cutoff) ?? 'perioden'}` : model.period.year ? `för ${model.period.year}` : '';
    const share = percentOf(actual, budget);
    const tail = share !== null ? ` vilket motsvarar ${aboutPercent(share)} av budgeten${interim ? ' för året' : ''}` : '';
    sentences.push(`Utfallet ${when} uppgår till ${mnkr(Math.abs(actual))}${tail}.`.replace('  ', ' '));
  }
  // The variance column's sign convention differs between tables; its size is what the text quotes.
  const compared = interim ? forecast : actual;
  if (compared !== null && budget !== null) {
    const gap = variance !== null ? Math.abs(variance) : Math.abs(budget - compared);
    const rel = Math.abs(compared) < Math.abs(budget) ? 'understiger' : Math.abs(compared) > Math.abs(budget) ? 'överstiger' : null;
    if (interim) {
      const head = `Prognosen för året uppgår till ${aboutMnkr(compared)}`;
      sentences.push(rel && gap !== 0 ? `${head} vilket ${rel} budgeten med ${aboutMnkr(gap)}.` : `${head} vilket är i nivå med budgeten.`);
    } else if (rel && gap !== 0) {
      sentences.push(`Utfallet ${rel} budgeten med ${aboutMnkr(gap)}.`);
    }
  }
  if (diff !== null) {
    const prevYear = t.columns.find((c) => c.role === 'previousActual')?.year ?? (model.period.year !== undefined ? model.period.year - 1 : undefined);
    const than = interim ? `motsvarande period ${prevYear ?? 'föregående år'}` : `${prevYear ?? 'föregående år'}`;
    if (diff === 0) sentences.push(`Utfallet är i nivå med ${than}.`);
    else sentences.push(`Jämfört med ${than} är utfallet ${aboutMnkr(diff)} ${diff > 0 ? 'högre' : 'lägre'}.`);
  }
  return sentences.length ? [{ section: 'Investeringar', paragraph: sentences.join(' ') }] : [];
}

function definite(label: string): string {
  const l = lowerFirst(cleanText(label));
  return /bokslut$/i.test(l) ? `${l}et` : l;
}

export function forecastAccuracyNarrative(model: ReportModel, t: ForecastAccuracy): DraftParagraph[] {
  const final = t.rows.find((r) => r.role === 'finalResult');
  const finalValue = final ? amountTkr(final.values.forecast, t.unit) : null;
  const sentences: string[] = [];
  for (const row of t.rows.filter((r) => r.role === 'forecast')) {
    const f = amountTkr(row.values.forecast, t.unit);
    const dev = amountTkr(row.values.deviation, t.unit);
    if (f === null) continue;
    const devText = dev !== null ? (dev === 0 ? ' och överensstämde med bokslutet' : ` och avvek med ${mnkr(Math.abs(dev))} från bokslutet`) : '';
    sentences.push(`Prognosen vid ${definite(row.label)} var ${mnkr(f)}${devText}.`);
  }
  if (finalValue !== null) sentences.push(`Det slutliga resultatet blev ${mnkr(finalValue)}.`);
  return sentences.length ? [{ section: 'Prognossäkerhet', paragraph: sentences.join(' ') }] : [];
}
