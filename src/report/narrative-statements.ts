import type { Column, Figure, ForecastReview, IncomeStatement, Row } from '../model/types';
import { formatNumber } from './phrases';
import type { DraftParagraph } from './sheets/text';

/**
 * Sentences for a resultaträkning and a forecast review per board: figures in the board's own
 * labels and with each column's own heading, so a budget is never called an outcome, a period
 * figure never the year's, and a deviation keeps the direction its column shows.
 */

const MAX = 3;
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
const unitWord = (unit: string) => (unit === 'mnkr' ? 'mnkr' : unit === 'kr' ? 'kr' : 'tkr');
const valueOf = (row: Row | undefined, col: Column): (Figure & { value: number }) | undefined => {
  const f = row ? (row.values as Record<string, Figure | undefined>)[col.role] : undefined;
  return typeof f?.value === 'number' && !f.percent ? (f as Figure & { value: number }) : undefined;
};
const amount = (f: Figure & { value: number }, unit: string) => `${formatNumber(f.value, f.decimals)} ${unitWord(unit)}`;

/** The municipality's outcome column of the latest year (not the group's, not a budget). */
function outcomeColumn(t: IncomeStatement): Column | undefined {
  const own = t.columns.filter((c) => !/^koncernen /.test(c.role) && !c.facets?.percent);
  const outcomes = own.filter((c) => c.facets?.scenario === 'actual' || /^utfall/.test(c.role));
  const year = (c: Column) => Math.max(0, ...(c.facets?.years ?? []));
  return [...outcomes].sort((a, b) => year(b) - year(a))[0];
}

export function incomeStatementNarrative(t: IncomeStatement): DraftParagraph[] {
  const col = outcomeColumn(t);
  if (!col) return [];
  const result = t.rows.find((r) => r.role === 'result');
  const r = valueOf(result, col);
  if (!result || !r) return [];
  const heading = squeeze(col.header);
  const sentences = [`Årets resultat enligt resultaträkningen är ${amount(r, t.unit)} (${heading}).`];
  const years = col.facets?.years ?? [];
  const budget = t.columns.find((c) => !/^koncernen /.test(c.role) && c.facets?.scenario === 'budget' && (c.facets.years ?? []).some((y) => years.includes(y)));
  const b = budget && valueOf(result, budget);
  if (budget && b) sentences.push(`I kolumnen ${squeeze(budget.header)} är det ${amount(b, t.unit)}.`);
  const net = valueOf(
    t.rows.find((x) => x.role === 'netCosts'),
    col,
  );
  if (net) sentences.push(`Verksamhetens nettokostnader är ${amount(net, t.unit)}.`);
  const balance = valueOf(
    t.rows.find((x) => x.role === 'balanceResult'),
    col,
  );
  if (balance) sentences.push(`Balanskravsresultatet är ${amount(balance, t.unit)}.`);
  return [{ section: 'Resultaträkning', paragraph: sentences.join(' ') }];
}

export function forecastReviewNarrative(t: ForecastReview): DraftParagraph[] {
  const dev = t.differences[0];
  const col = dev && t.columns.find((c) => c.role === dev.deviation);
  const a = dev && t.columns.find((c) => c.role === dev.minuend);
  const b = dev && t.columns.find((c) => c.role === dev.subtrahend);
  if (!col || !a || !b) return [];
  const how = `${squeeze(col.header)} = ${squeeze(a.header)} − ${squeeze(b.header)}`;
  const sentences: string[] = [];
  const total = t.rows.find((r) => r.role === 'total');
  const tv = valueOf(total, col);
  if (total && tv) sentences.push(`Avvikelsen för ${squeeze(total.label)} är ${tv.value > 0 ? '+' : ''}${amount(tv, t.unit)} (${how}).`);
  const items = t.rows
    .filter((r) => r.role === 'activity')
    .map((r) => ({ r, f: valueOf(r, col) }))
    .filter((x): x is { r: Row<'activity' | 'total', string>; f: Figure & { value: number } } => !!x.f && x.f.value !== 0)
    .sort((x, y) => Math.abs(y.f.value) - Math.abs(x.f.value))
    .slice(0, MAX);
  if (items.length) {
    const parts = items.map(({ r, f }) => `${squeeze(r.label)} (${f.value > 0 ? '+' : ''}${amount(f, t.unit)})`);
    const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
    sentences.push(`De största avvikelserna i kolumnen ${squeeze(col.header)}${total ? '' : ` (${how})`} har ${list}.`);
  }
  return sentences.length ? [{ section: 'Prognossäkerhet', paragraph: sentences.join(' ') }] : [];
}
