/**
 * Figures that recur in another table: the 2021 report's "Kostnader 2020" is the 2020 report's
 * "Kostnader 2020", a board's net cost in the Drift is the same figure in a summary table. A pair
 * of columns of *different* tables recurs when their headers may name the same figures (same
 * scenario, year, span and measure where both say one) and their figures, on rows matched by
 * label, agree within the rounding of the printed decimals in most rows where both have one.
 *
 * Words only pair the rows (labels) and rule pairs out (a 2021 column is never a 2020 one); the
 * figures decide. Pure: tables come in as plain data, whoever read them (the mapping, the model).
 */

import { classify, EPSILON, unitOf } from '../rules/tolerance';
import { readRowLabel } from './rows';
import { headerFacets } from './headers';

/** The header facets the pairing reads (src/structure/headers.ts; the model's ColumnFacetsLite). */
export interface RecurringFacets {
  scenario?: string;
  span?: 'fullYear' | 'toDate' | 'month';
  months?: { from: number; to: number };
  years?: number[];
  measure?: 'revenue' | 'costs' | 'net';
  percent?: boolean;
}

export interface RecurringFigure {
  value: number;
  /** Decimals as printed. */
  decimals: number;
  /** A1 address in the table's sheet. */
  cell: string;
}

export interface RecurringTableInput {
  /** Stable id (the model's table id, or "sheet!range"). */
  id: string;
  sheet: string;
  /** The table's unit: figures of a tkr and a mnkr table are compared in one unit. */
  unit?: string;
  columns: { col: number; header: string; facets?: RecurringFacets }[];
  /** Body rows; `figures[j]` belongs to `columns[j]` (undefined: empty or not a number). */
  rows: { row: number; label: string; figures: (RecurringFigure | undefined)[] }[];
}

export interface RecurringSide {
  table: string;
  sheet: string;
  col: number;
  header: string;
}

export interface RecurringRow {
  label: string;
  a: RecurringFigure;
  b: RecurringFigure;
  /** 'yes': the same printed figure; 'rounding': apart by no more than the coarser printing explains. */
  holds: 'yes' | 'rounding' | 'no';
  /** b − a, in a's unit. */
  difference: number;
  /** What rounding explains, in a's unit. */
  tolerance: number;
}

/** Column `a.col` of table a prints the same figures as column `b.col` of table b. */
export interface RecurringRelation {
  kind: 'recurring';
  a: RecurringSide;
  b: RecurringSide;
  /** b's figures are a's times this (1, or 1000 / 0.001 between tkr and mnkr). */
  factor: number;
  rows: RecurringRow[];
  /** Rows with a figure in both (not both 0) and how many of them agree. */
  comparable: number;
  agreeing: number;
  support: number;
  /**
   * The later table of the two (the one whose headers name the latest year; the second in
   * workbook order when both name the same): where a broken row is reported.
   */
  later: 'a' | 'b';
}

export interface RecurringOptions {
  /** Default 0.6. */
  minSupport?: number;
  /** Rows where both columns have a figure, not both zero. Default 3. */
  minComparable?: number;
  /** Work units allowed (one per row pair compared or label looked up); default 2 M. */
  workLimit?: number;
  /**
   * Other tables a table's figures are matched with, at most (default 3): last year's sheet, a
   * summary, the report copy. A workbook of many boards laid out alike (the same sample copied
   * per board) would otherwise pair every table with every other, and the work and the relations
   * would grow with the square of the tables.
   */
  maxPartners?: number;
  stats?: RecurringStats;
}

export interface RecurringStats {
  work: number;
  limit: number;
  /** True when the limit stopped the search (some pairs were not compared). */
  truncated: boolean;
}

const UNIT_SCALE: Record<string, number> = { kr: 1, tkr: 1e3, mnkr: 1e6, mkr: 1e6 };

/**
 * A row label as a key: account code, case, white space and punctuation ignored; "o", "&" and
 * "och" alike ("Arbete o kompetens" is "Arbete och kompetens"). "Summa" and "varav" stay part of
 * the key (a total is not its first part).
 */
export function recurringLabelKey(label: string): string {
  // Row labels repeat from table to table (the point of the search): short ones are keyed once.
  if (label.length > 200) return readLabelKey(label);
  let k = labelKeys.get(label);
  if (k === undefined) {
    if (labelKeys.size > 20000) labelKeys.clear();
    labelKeys.set(label, (k = readLabelKey(label)));
  }
  return k;
}

const labelKeys = new Map<string, string>();

function readLabelKey(label: string): string {
  const l = readRowLabel(label);
  const name = l.name
    .toLowerCase()
    .replace(/\s*&\s*/g, ' och ')
    .replace(/(^|\s)o\.?(?=\s)/g, '$1och')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!name) return '';
  return `${l.partOf ? 'varav ' : ''}${l.total ? 'summa ' : ''}${name}`;
}

function sameList(x: readonly number[], y: readonly number[]): boolean {
  const a = [...new Set(x)].sort();
  const b = [...new Set(y)].sort();
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Whether two headers may name the same figures. A header without a scenario over a year or a
 * measure ("Intäkter 2020", "2020") reads as the outcome. Years must be the same (a 2021 column
 * is never a 2020 one), and a header naming years never pairs with one naming none.
 */
export function compatibleFacets(x: RecurringFacets | undefined, y: RecurringFacets | undefined): boolean {
  const a = x ?? {};
  const b = y ?? {};
  if (a.percent || b.percent) return false;
  const scenario = (f: RecurringFacets) => f.scenario ?? (f.years?.length || f.measure ? 'actual' : undefined);
  if (scenario(a) !== scenario(b)) return false;
  const ya = a.years ?? [];
  const yb = b.years ?? [];
  if (!sameList(ya, yb)) return false;
  if (!ya.length && !scenario(a)) return false; // nothing the header says: no pairing on words alone
  if (a.measure && b.measure && a.measure !== b.measure) return false;
  if (a.span && b.span && a.span !== b.span) return false;
  if (a.months && b.months && (a.months.from !== b.months.from || a.months.to !== b.months.to)) return false;
  return true;
}

/** compatibleFacets' reading of one header, computed once per column. */
interface PreparedFacets {
  percent: boolean;
  scenario: string | undefined;
  /** The distinct years, sorted as sameList sorts them. */
  years: readonly number[];
  hasYears: boolean;
  measure?: string;
  span?: string;
  months?: { from: number; to: number };
}

function prepareFacets(x: RecurringFacets | undefined): PreparedFacets {
  const f = x ?? {};
  const years = f.years ?? [];
  return {
    percent: !!f.percent,
    scenario: f.scenario ?? (f.years?.length || f.measure ? 'actual' : undefined),
    years: [...new Set(years)].sort(),
    hasYears: years.length > 0,
    measure: f.measure,
    span: f.span,
    months: f.months,
  };
}

/** compatibleFacets of two prepared readings (the same tests, in the same order). */
function compatible(a: PreparedFacets, b: PreparedFacets): boolean {
  if (a.percent || b.percent) return false;
  if (a.scenario !== b.scenario) return false;
  if (a.years.length !== b.years.length || !a.years.every((v, i) => v === b.years[i])) return false;
  if (!a.hasYears && !a.scenario) return false;
  if (a.measure && b.measure && a.measure !== b.measure) return false;
  if (a.span && b.span && a.span !== b.span) return false;
  if (a.months && b.months && (a.months.from !== b.months.from || a.months.to !== b.months.to)) return false;
  return true;
}

/** compatibleFacets through the prepared readings inferRecurring uses (for tests: the two agree). */
export function compatiblePrepared(x: RecurringFacets | undefined, y: RecurringFacets | undefined): boolean {
  return compatible(prepareFacets(x), prepareFacets(y));
}

/** Header words that say nothing about whose figures a column holds (restated, against, preliminary). */
const NEUTRAL = /^(mot|och|av|i|för|prel|preliminär|preliminärt|omräknat|omräknad|omräknade|justerat|justerad|justerade|jämförelsetal|korrigerat|\d{1,2}|\*+)$/;

/**
 * The header's words that name whose figures they are ("Kommunen 2024", "Koncernen 2024"): two
 * columns that both name someone must name the same (a city's and its group's 2024 are not one).
 */
export function headerQualifiers(header: string): string[] {
  return [...sharedQualifiers(header)];
}

const qualifierMemo = new Map<string, readonly string[]>();

function sharedQualifiers(header: string): readonly string[] {
  let q = qualifierMemo.get(header);
  if (q === undefined) {
    q = [...new Set(headerFacets(header).rest.filter((w) => !NEUTRAL.test(w)))].sort();
    if (header.length <= 200) {
      if (qualifierMemo.size > 20000) qualifierMemo.clear();
      qualifierMemo.set(header, q);
    }
  }
  return q;
}

function sameQualifiers(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

interface Indexed {
  input: RecurringTableInput;
  qualifiers: (readonly string[])[];
  /** Per column, the facets compatibleFacets reads, prepared once (compatible()). */
  facets: PreparedFacets[];
  /** Label key → row index, only keys that occur once (a repeated label pairs no rows). */
  byKey: Map<string, number>;
  latest: number;
}

function indexTable(t: RecurringTableInput, stats: RecurringStats): Indexed {
  const seen = new Map<string, number>();
  const dup = new Set<string>();
  t.rows.forEach((r, i) => {
    stats.work++;
    const k = recurringLabelKey(r.label);
    if (!k) return;
    if (seen.has(k)) dup.add(k);
    else seen.set(k, i);
  });
  for (const k of dup) seen.delete(k);
  // The latest year any header names (Math.max over them all, -Infinity for none).
  let latest = -Infinity;
  for (const c of t.columns) for (const y of c.facets?.years ?? []) latest = Math.max(latest, y);
  return {
    input: t,
    byKey: seen,
    latest,
    qualifiers: t.columns.map((c) => sharedQualifiers(c.header)),
    facets: t.columns.map((c) => prepareFacets(c.facets)),
  };
}

/**
 * Every pair of columns in different tables whose figures recur, with each compared row. Bounded:
 * rows are paired through a label index (per pair of tables, the smaller table's labels are looked
 * up in the other's), and only columns whose headers are compatible are compared.
 */
export function inferRecurring(tables: readonly RecurringTableInput[], options: RecurringOptions = {}): RecurringRelation[] {
  const minSupport = options.minSupport ?? 0.6;
  const minComparable = options.minComparable ?? 3;
  const stats: RecurringStats = options.stats ?? { work: 0, limit: 0, truncated: false };
  stats.work = 0;
  stats.truncated = false;
  stats.limit = options.workLimit ?? 2_000_000;
  const maxPartners = options.maxPartners ?? 3;
  const indexed = tables.map((t) => indexTable(t, stats));
  const partners = new Int32Array(indexed.length);
  const counts = { comparable: 0, agreeing: 0 };
  const out: RecurringRelation[] = [];
  for (let i = 0; i < indexed.length; i++) {
    for (let j = i + 1; j < indexed.length && partners[i] < maxPartners; j++) {
      if (partners[j] >= maxPartners) continue;
      if (stats.work > stats.limit) {
        stats.truncated = true;
        return out;
      }
      const A = indexed[i];
      const B = indexed[j];
      const [small, large] = A.byKey.size <= B.byKey.size ? [A, B] : [B, A];
      const shared: [number, number][] = [];
      for (const [k, ri] of small.byKey) {
        stats.work++;
        const rj = large.byKey.get(k);
        if (rj === undefined) continue;
        shared.push(small === A ? [ri, rj] : [rj, ri]);
      }
      if (shared.length < minComparable) continue;
      const factor = unitFactor(A.input.unit, B.input.unit);
      if (factor === undefined) continue;
      const later: 'a' | 'b' = A.latest > B.latest ? 'a' : 'b';
      // Each column of A with the best-supported compatible column of B (and B's columns used once).
      const candidates: RecurringRelation[] = [];
      // Loops, not forEach closures: inferRecurring's own optimized code outlives a full GC, a
      // closure's does not (see sheetRead in xlsx/reader.ts).
      for (let x = 0; x < A.input.columns.length; x++) {
        for (let y = 0; y < B.input.columns.length; y++) {
          if (!compatible(A.facets[x], B.facets[y]) || !sameQualifiers(A.qualifiers[x], B.qualifiers[y])) continue;
          // Counted first: most compatible columns do not recur, and their rows are never built.
          const { comparable, agreeing } = tally(A.input, B.input, x, y, shared, factor, counts);
          stats.work += shared.length;
          const support = comparable ? agreeing / comparable : 0;
          if (comparable < minComparable || support < minSupport || agreeing < 2) continue;
          const rel = compare(A.input, B.input, x, y, shared, factor);
          rel.later = later;
          candidates.push(rel);
        }
      }
      sortCandidates(candidates);
      const usedA = new Set<number>();
      const usedB = new Set<number>();
      for (const c of candidates) {
        if (usedA.has(c.a.col) || usedB.has(c.b.col)) continue;
        usedA.add(c.a.col);
        usedB.add(c.b.col);
        out.push(c);
      }
      if (usedA.size) {
        partners[i]++;
        partners[j]++;
      }
    }
  }
  return out;
}

/**
 * Best supported first, then most agreeing; stable, as Array.prototype.sort is. A table pair has
 * a handful of candidates: an insertion sort, without the builtin's set-up per call.
 */
function sortCandidates(candidates: RecurringRelation[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i];
    let j = i - 1;
    while (j >= 0 && (c.support - candidates[j].support || c.agreeing - candidates[j].agreeing) > 0) {
      candidates[j + 1] = candidates[j];
      j--;
    }
    candidates[j + 1] = c;
  }
}

/** b's unit per a's: a figure of a times the factor is b's figure (undefined: units that do not convert). */
function unitFactor(a: string | undefined, b: string | undefined): number | undefined {
  if (a === b || !a || !b) return 1;
  const sa = UNIT_SCALE[a];
  const sb = UNIT_SCALE[b];
  if (sa === undefined || sb === undefined) return undefined;
  return sa / sb;
}

/** How one row pair of columns x (of A) and y (of B) agrees: undefined when it is not comparable. */
function agreementOf(fa: RecurringFigure | undefined, fb: RecurringFigure | undefined, factor: number): 'exact' | 'rounding' | 'broken' | undefined {
  if (!fa || !fb) return undefined;
  if (Math.abs(fa.value) <= EPSILON && Math.abs(fb.value) <= EPSILON) return undefined;
  return classify(fb.value / factor - fa.value, unitOf(fa.decimals) / 2 + unitOf(fb.decimals) / 2 / factor);
}

/** compare()'s comparable and agreeing counts alone, into `out` (no rows built). */
function tally(
  A: RecurringTableInput,
  B: RecurringTableInput,
  x: number,
  y: number,
  shared: readonly [number, number][],
  factor: number,
  out: { comparable: number; agreeing: number },
): { comparable: number; agreeing: number } {
  let comparable = 0;
  let agreeing = 0;
  for (let s = 0; s < shared.length; s++) {
    const pair = shared[s];
    const agreement = agreementOf(A.rows[pair[0]].figures[x], B.rows[pair[1]].figures[y], factor);
    if (agreement === undefined) continue;
    comparable++;
    if (agreement !== 'broken') agreeing++;
  }
  out.comparable = comparable;
  out.agreeing = agreeing;
  return out;
}

function compare(A: RecurringTableInput, B: RecurringTableInput, x: number, y: number, shared: readonly [number, number][], factor: number): RecurringRelation {
  const rows: RecurringRow[] = [];
  let comparable = 0;
  let agreeing = 0;
  for (const [ri, rj] of shared) {
    const fa = A.rows[ri].figures[x];
    const fb = B.rows[rj].figures[y];
    if (!fa || !fb) continue;
    if (Math.abs(fa.value) <= EPSILON && Math.abs(fb.value) <= EPSILON) continue;
    // In a's unit: b's figure and what its printing rounds away.
    const bInA = fb.value / factor;
    const tolerance = unitOf(fa.decimals) / 2 + unitOf(fb.decimals) / 2 / factor;
    const difference = bInA - fa.value;
    const agreement = classify(difference, tolerance);
    const holds = agreement === 'exact' ? 'yes' : agreement === 'rounding' ? 'rounding' : 'no';
    comparable++;
    if (holds !== 'no') agreeing++;
    rows.push({ label: A.rows[ri].label, a: fa, b: fb, holds, difference, tolerance });
  }
  return {
    kind: 'recurring',
    a: { table: A.id, sheet: A.sheet, col: A.columns[x].col, header: A.columns[x].header },
    b: { table: B.id, sheet: B.sheet, col: B.columns[y].col, header: B.columns[y].header },
    factor,
    rows,
    comparable,
    agreeing,
    support: comparable ? agreeing / comparable : 0,
    later: 'b',
  };
}
