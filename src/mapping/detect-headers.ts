import type { TableKind } from '../model/types';
import { headerTexts, resolveColumns, type HeaderColumn } from './column-roles';
import { headerRole, parsedHeader } from './header';
import { labelEvidence } from './row-roles';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';

/** Kinds found by their header row (narrative also by its prose, see leftovers.ts). */
export const HEADED_KINDS: readonly TableKind[] = [
  'narrative',
  'operating',
  'investments',
  'indicators',
  'internalControl',
  'staff',
  'sickLeave',
  'workInjuries',
  'forecastAccuracy',
];

/** Kinds whose data rows are labelled figures (the others hold text rows). */
export const NUMERIC_KINDS: ReadonlySet<TableKind> = new Set([
  'operating',
  'investments',
  'staff',
  'sickLeave',
  'workInjuries',
  'forecastAccuracy',
  'activities',
  'incomeStatement',
  'forecastReview',
]);

/** A header band found on a sheet: where it is, what kind of table it heads, its columns. */
export interface HeaderHit {
  kind: TableKind;
  top: number;
  bottom: number;
  columns: HeaderColumn[];
  labelCol: number;
  roleCount: number;
  score: number;
  sheetMatch: boolean;
}

const MAX_HEADER_ROWS = 3;

function isHeaderish(view: SheetView, row: number, lo = 1, hi = view.maxCol): boolean {
  const cols = view.filledCols(row, lo, hi);
  if (cols.length === 0) return false;
  for (const c of cols) {
    const v = view.raw(row, c);
    if (typeof v === 'number') {
      if (!(Number.isInteger(v) && v >= 1990 && v <= 2100)) return false;
    } else if (typeof v === 'string') {
      if (v.length > 120) return false;
    } else return false;
  }
  return true;
}

function roleCount(cols: readonly HeaderColumn[]): number {
  return new Set(cols.filter((c) => c.role && c.role !== 'label').map((c) => c.role)).size;
}

const LABEL_ROLE: Partial<Record<TableKind, string>> = { indicators: 'indicator', internalControl: 'risk', narrative: 'text' };

/** The column holding row labels: a label header, the kind's naming column, or text left of the figures. */
function findLabelCol(view: SheetView, kind: TableKind, cols: readonly HeaderColumn[], bottom: number, floor: number, memo?: EvaluateMemo): number {
  const named = cols.find((c) => c.role === (LABEL_ROLE[kind] ?? 'label'));
  if (named) return named.col;
  const first = Math.min(...cols.filter((c) => c.role).map((c) => c.col));
  const key = `${bottom}|${floor}|${first}`;
  let counts = memo?.labelCounts.get(key);
  if (!counts) {
    counts = new Map<number, number>();
    for (let r = bottom + 1; r <= Math.min(view.maxRow, bottom + 30); r++) {
      for (let c = floor; c < first; c++) {
        if (typeof view.raw(r, c) === 'string' && view.text(r, c)) {
          counts.set(c, (counts.get(c) ?? 0) + 1);
          break;
        }
      }
    }
    memo?.labelCounts.set(key, counts);
  }
  let best = first > floor ? first - 1 : first;
  let bestCount = 0;
  for (const [c, n] of counts) if (n > bestCount || (n === bestCount && c > best)) [best, bestCount] = [c, n];
  return best;
}

function rowEvidence(view: SheetView, kind: TableKind, labelCol: number, bottom: number, lex: Lexicon): number {
  if (!NUMERIC_KINDS.has(kind)) return 0;
  let n = 0;
  let blanks = 0;
  for (let r = bottom + 1; r <= view.maxRow && blanks < 4 && r <= bottom + 40; r++) {
    const t = view.text(r, labelCol, true);
    if (!t) {
      blanks++;
      continue;
    }
    blanks = 0;
    if (labelEvidence(kind, t, lex)) n++;
  }
  return n;
}

/**
 * A header of bare years ("| 2024 | 2023") is one only when the years differ and no other cell
 * in it holds digits: a data row ("Rad 2019 | 2019 | 2020") can hold year-like numbers too.
 */
function yearsCanHead(columns: readonly HeaderColumn[]): boolean {
  if (columns.some((c) => c.role && !/^\d{4}$/.test(c.header.text))) return true;
  const years = columns.filter((c) => c.role).map((c) => c.header.text);
  if (new Set(years).size !== years.length) return false;
  return columns.every((c) => c.role || !/\d/.test(c.header.text));
}

/** The columns a header candidate may use, and the first column its labels may sit in. */
export interface Span {
  lo: number;
  hi: number;
  labelFloor: number;
}

/**
 * What one header search (one sheet) works out once and reuses across its candidates: the
 * label-column scan and the row evidence below a header depend only on the rows and columns
 * named in the key, not on the candidate.
 */
export interface EvaluateMemo {
  labelCounts: Map<string, Map<number, number>>;
  evidence: Map<string, number>;
}

/** The columns of allTexts in order, and each text's role in the kind evaluated (headerRole). */
export interface WindowRoles {
  cols: readonly number[];
  roles: readonly (string | undefined)[];
}

export function newEvaluateMemo(): EvaluateMemo {
  return { labelCounts: new Map(), evidence: new Map() };
}

export function evaluate(
  view: SheetView,
  kind: TableKind,
  rows: number[],
  lex: Lexicon,
  sheetKinds: readonly string[],
  span: Span,
  allTexts: Map<number, string> = headerTexts(view, rows),
  roles?: WindowRoles,
  memo?: EvaluateMemo,
): HeaderHit | undefined {
  // Resolving never gives more columns a role than the synonyms do (older-year and indicator
  // fixes rename roles, duplicates lose theirs), so fewer than two columns with a role cannot
  // reach two roles: most kinds are dismissed here, before the columns are built.
  let withRole = 0;
  if (roles) {
    for (let i = 0; i < roles.cols.length; i++) {
      const c = roles.cols[i];
      if (c >= span.lo && c <= span.hi && roles.roles[i]) withRole++;
    }
  } else for (const [c, t] of allTexts) if (c >= span.lo && c <= span.hi && headerRole(kind, parsedHeader(t), lex)) withRole++;
  if (withRole < 2) return undefined;
  const texts = new Map<number, string>();
  for (const [c, t] of allTexts) if (c >= span.lo && c <= span.hi) texts.set(c, t);
  let roleOf: ((col: number) => string | undefined) | undefined;
  if (roles) {
    const byCol = new Map<number, string | undefined>();
    for (let i = 0; i < roles.cols.length; i++) byCol.set(roles.cols[i], roles.roles[i]);
    roleOf = (col) => byCol.get(col);
  }
  const columns = resolveColumns(kind, texts, lex, roleOf);
  const count = roleCount(columns);
  if (count < 2) return undefined;
  if (!yearsCanHead(columns)) return undefined;
  const roleCols = new Set(columns.filter((c) => c.role && c.role !== 'label').map((c) => c.col));
  const touches = (r: number) => view.filledCols(r, span.lo, span.hi).some((c) => roleCols.has(c));
  if (!touches(rows[0]) || !touches(rows[rows.length - 1])) return undefined;
  const bottom = rows[rows.length - 1];
  const labelCol = findLabelCol(view, kind, columns, bottom, span.labelFloor, memo);
  let evidence: number;
  const evKey = `${kind}|${labelCol}|${bottom}`;
  const known = memo?.evidence.get(evKey);
  if (known !== undefined) evidence = known;
  else {
    evidence = rowEvidence(view, kind, labelCol, bottom, lex);
    memo?.evidence.set(evKey, evidence);
  }
  const years = columns.reduce((n, c) => n + (c.role && (c.header.years.length || c.header.date) ? 1 : 0), 0);
  const sheetMatch = sheetKinds.includes(kind);
  const hasLabel = columns.some((c) => c.role === 'label');
  const score = count * 10 + Math.min(evidence, 12) * 3 + years + (sheetMatch ? 8 : 0) + (hasLabel ? 3 : 0);
  return { kind, top: rows[0], bottom, columns, labelCol, roleCount: count, score, sheetMatch };
}

/** Only text and years in the row's cells between lo and hi (at least one filled). */
export function isHeaderRow(view: SheetView, row: number, lo?: number, hi?: number): boolean {
  return isHeaderish(view, row, lo, hi);
}

export const HEADER_ROWS = MAX_HEADER_ROWS;

export { headerTexts, knownHeaderCols, type HeaderColumn } from './column-roles';
