import { columnLetters } from '../grid/address';
import type { ColumnRelationMapping } from '../model/mapping-types';
import type { ForecastColumnUse } from '../model/types';
import { inferColumnRelations } from '../structure/columns';
import { readColumnHeader, spanText, type ColumnFacets } from '../structure/headers';
import type { BodyCell } from '../structure/rows';
import { headerColumn, type HeaderColumn } from './column-roles';
import type { HeaderHit } from './detect-headers';
import { isNoteHeader } from './income-statement';
import { parseNumber } from './numbers';
import type { SheetView } from './sheet-view';
import type { Body } from './table-body';

/**
 * Prognossäkerhet per nämnd (or per month): rows are boards, columns the forecasts made at
 * several points of the year ("Prognos april", "Delårsrapport jan-aug"), the outcome (Bokslut,
 * Utfall) and the deviations between them. Words say it is about forecasts (a header, the title
 * or the sheet name says "prognos"); the numbers must show it: a deviation column that is the
 * difference of two of the others on most rows, in the direction the numbers give.
 */

const MIN_ROWS = 3;
/** Bounded work: a forecast review lists boards or months, never thousands of rows. */
const MAX_ROWS = 200;
const FORECAST_WORDS = /prognos/i;
/** Words that name the table itself a forecast review (title or sheet name), not just a forecast column. */
const REVIEW_WORDS = /prognos(säkerhet|avvikelse|uppföljning|utfall)|prognosernas|träffsäkerhet/i;
/** Words for a report at which a forecast is made: in a forecast table such a column is that forecast. */
const OCCASION = /delår|tertial|\bt[1-3]\b|månadsrapport|månadsuppföljning|uppföljning|prognos/i;
const PERIOD_WORD = /^(t[1-3]|tertial\s*\d|kv\d|q[1-4]|delår|delårsrapport|delårsrapp)$/i;

export interface ForecastColumnRead {
  use: ForecastColumnUse;
  role: string;
  period?: string;
}

function periodOf(f: ColumnFacets, text: string): string | undefined {
  if (f.months) return spanText(f);
  const word = f.rest.find((w) => PERIOD_WORD.test(w));
  if (word) return word.toLowerCase();
  if (/delår/i.test(text)) return 'delår';
  const t = /\bt([1-3])\b/i.exec(text);
  return t ? `T${t[1]}` : undefined;
}

/** What a column of a forecast table is, from its header. */
export function forecastColumn(text: string, percent: boolean): ForecastColumnRead | undefined {
  if (!text || isNoteHeader(text)) return undefined;
  const f = readColumnHeader([text]);
  const years = f.years.length ? ` ${f.years.join('/')}` : '';
  const period = periodOf(f, text);
  let read: ForecastColumnRead | undefined;
  if (f.scenario === 'variance' || f.scenario === 'difference') read = { use: 'deviation', role: `avvikelse${period ? ` ${period}` : ''}${years}`, ...(period ? { period } : {}) };
  else if (f.scenario === 'forecast' || (OCCASION.test(text) && !(f.scenario === 'actual' && f.span === 'fullYear' && !f.months))) {
    read = { use: 'forecast', role: `prognos${period ? ` ${period}` : ''}${years}`, ...(period ? { period } : {}) };
  } else if (f.scenario === 'actual') read = { use: 'outcome', role: `utfall${years}` };
  else if (f.scenario === 'budget') read = { use: 'other', role: `budget${years}` };
  if (!read) return undefined;
  return percent || f.percent ? { use: 'share', role: `${read.role} %`, ...(read.period ? { period: read.period } : {}) } : read;
}

function isPercentColumn(view: SheetView, col: number, body: Body): boolean {
  let n = 0;
  let p = 0;
  for (const r of body.rows) {
    const cell = view.cell(r.row, col);
    if (!cell || cell.value === null) continue;
    n++;
    if (/%/.test(cell.numFmt ?? '') || (typeof cell.value === 'string' && /%\s*$/.test(cell.value))) p++;
  }
  return n > 0 && p * 2 > n;
}

/** The two-term differences among the table's amount columns: deviation = a − b on most rows. */
export function forecastDifferences(matrix: BodyCell[][], uses: readonly ForecastColumnUse[]): { deviation: number; minuend: number; subtrahend: number; holds: number; checked: number; breaks: number[] }[] {
  const amount = uses.map((u, j) => (u === 'share' ? -1 : j)).filter((j) => j >= 0);
  const out: { deviation: number; minuend: number; subtrahend: number; holds: number; checked: number; breaks: number[] }[] = [];
  for (const rel of inferColumnRelations(matrix, amount)) {
    if (uses[rel.target] !== 'deviation') continue;
    const [x, y] = rel.terms;
    if (x.sign === y.sign) continue;
    const plus = x.sign > 0 ? x.col : y.col;
    const minus = x.sign > 0 ? y.col : x.col;
    if (uses[plus] === 'deviation' || uses[minus] === 'deviation') continue;
    if (out.some((d) => d.deviation === rel.target)) continue;
    out.push({ deviation: rel.target, minuend: plus, subtrahend: minus, holds: rel.holds, checked: rel.checked, breaks: rel.breaks });
  }
  return out;
}

function matrixOf(view: SheetView, body: Body, cols: readonly number[]): BodyCell[][] {
  return body.rows
    .filter((r) => r.role !== 'note')
    .map((r) =>
      cols.map((col) => {
        const cell = view.cell(r.row, col);
        const p = parseNumber(cell?.value ?? null, cell?.numFmt);
        return { value: p.problem ? null : p.value, decimals: p.decimals };
      }),
    );
}

/** Whether the body has from min to max rows besides its notes. */
function hasRows(body: Body, min: number, max: number): boolean {
  let n = 0;
  for (const r of body.rows) if (r.role !== 'note') n++;
  return n >= min && n <= max;
}

/** The hit as a forecast review when words speak of forecasts and the numbers show a deviation column. */
export function forecastReviewHit(view: SheetView, hit: HeaderHit, body: Body, title: string | undefined): HeaderHit | undefined {
  // The kind and the words are tested before anything is collected (all tests without side
  // effects, so the order does not change the answer): most tables are no forecast review.
  const byWords = hit.kind === 'activities' || hit.kind === 'forecastAccuracy';
  if (!byWords && hit.kind !== 'operating' && hit.kind !== 'investments') return undefined;
  if (!hasRows(body, MIN_ROWS, MAX_ROWS)) return undefined;
  // A table per verksamhet (rows are boards) or a forecast table: a forecast column is enough
  // words. A table read as Drift or Investeringar by its rows: only when its title or sheet name
  // calls it a forecast review.
  const named = REVIEW_WORDS.test(title ?? '') || REVIEW_WORDS.test(view.name);
  if (!byWords && !named) return undefined;
  const headed = hit.columns.filter((c) => c.col !== hit.labelCol && c.header.text);
  if (byWords) {
    const spoken = named || FORECAST_WORDS.test(title ?? '') || FORECAST_WORDS.test(view.name) || headed.some((c) => FORECAST_WORDS.test(c.header.text));
    if (!spoken) return undefined;
  }
  const read = new Map<number, ForecastColumnRead>();
  for (const c of headed) {
    const r = forecastColumn(c.header.text, isPercentColumn(view, c.col, body));
    if (r) read.set(c.col, r);
  }
  const uses = [...read.values()].map((r) => r.use);
  if (!uses.includes('deviation') || !uses.includes('forecast') || (!uses.includes('outcome') && uses.filter((u) => u === 'forecast').length < 2)) return undefined;
  const cols = [...read.keys()];
  const colUses = cols.map((c) => (read.get(c) as ForecastColumnRead).use);
  const diffs = forecastDifferences(matrixOf(view, body, cols), colUses);
  // Forecast accuracy is a forecast against what it came to: Prognos − Budget is a Drift's variance.
  const accuracy = diffs.some((d) => {
    const pair = [colUses[d.minuend], colUses[d.subtrahend]];
    return pair.includes('forecast') && (pair.includes('outcome') || pair.every((u) => u === 'forecast'));
  });
  if (!accuracy) return undefined;
  const used = new Map<string, number>();
  const columns: HeaderColumn[] = hit.columns.map((c) => {
    if (c.col === hit.labelCol) return headerColumn(c.col, c.header, 'label');
    let role = read.get(c.col)?.role;
    if (role) {
      const n = (used.get(role) ?? 0) + 1;
      used.set(role, n);
      if (n > 1) role = `${role} (${n})`;
    }
    return headerColumn(c.col, c.header, role);
  });
  return { ...hit, kind: 'forecastReview', columns };
}

/** The deviations of a mapped forecast review as the structure says them (for `map`). */
export function forecastColumnRelations(view: SheetView, hit: HeaderHit, body: Body): ColumnRelationMapping[] {
  const cols = hit.columns.filter((c) => c.role && c.role !== 'label');
  const uses = cols.map((c) => forecastColumn(c.header.text, isPercentColumn(view, c.col, body))?.use ?? 'other');
  return forecastDifferences(
    matrixOf(
      view,
      body,
      cols.map((c) => c.col),
    ),
    uses,
  ).map((d) => ({
    total: columnLetters(cols[d.deviation].col),
    terms: [
      { col: columnLetters(cols[d.minuend].col), sign: 1 as const },
      { col: columnLetters(cols[d.subtrahend].col), sign: -1 as const },
    ],
    holds: d.holds,
    checked: d.checked,
  }));
}
