import type { TableKind } from '../model/types';
import { bandTexts, fixColumnRoles, headerColumn, type HeaderColumn } from './column-roles';
import { headerRole, parsedHeader, type ParsedHeader } from './header';
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
  const cells = view.sheet.rows[row - 1];
  let any = false;
  for (const c of view.filledCols(row)) {
    if (c < lo) continue;
    if (c > hi) break;
    any = true;
    // view.raw(row, c), the row looked up once.
    const v = cells[c - 1]?.value;
    if (typeof v === 'number') {
      if (!(Number.isInteger(v) && v >= 1990 && v <= 2100)) return false;
    } else if (typeof v === 'string') {
      if (v.length > 120) return false;
    } else return false;
  }
  return any;
}

/** How many different roles (besides the label) the columns hold. */
function roleCount(cols: readonly HeaderColumn[]): number {
  let n = 0;
  for (let i = 0; i < cols.length; i++) {
    const role = cols[i].role;
    if (!role || role === 'label') continue;
    let first = true;
    for (let j = 0; j < i; j++) if (cols[j].role === role) first = false;
    if (first) n++;
  }
  return n;
}

const LABEL_ROLE: Partial<Record<TableKind, string>> = { indicators: 'indicator', internalControl: 'risk', narrative: 'text' };

/** The column holding row labels: a label header, the kind's naming column, or text left of the figures. */
function findLabelCol(view: SheetView, kind: TableKind, cols: readonly HeaderColumn[], bottom: number, floor: number, memo?: EvaluateMemo): number {
  const labelRole = LABEL_ROLE[kind] ?? 'label';
  let first = Infinity;
  for (const c of cols) {
    if (c.role === labelRole) return c.col;
    if (c.role && c.col < first) first = c.col;
  }
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
  for (const c of columns) if (c.role && !/^\d{4}$/.test(c.header.text)) return true;
  // Loops, not filter/map/every callbacks: closures made per candidate lose their optimized code at every full GC.
  const years: string[] = [];
  for (const c of columns) if (c.role) years.push(c.header.text);
  if (new Set(years).size !== years.length) return false;
  for (const c of columns) if (!c.role && /\d/.test(c.header.text)) return false;
  return true;
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

/** A header window's texts as the header search holds them: columns ascending, texts, parses (parallel). */
export interface WindowTexts {
  cols: readonly number[];
  texts: readonly string[];
  parsed: readonly Readonly<ParsedHeader>[];
}

export function newEvaluateMemo(): EvaluateMemo {
  return { labelCounts: new Map(), evidence: new Map() };
}

/** The window's texts of every column (headerTexts of the rows, each text parsed). */
export function windowTexts(view: SheetView, rows: readonly number[]): WindowTexts {
  const band = bandTexts(view, rows);
  const parsed: Readonly<ParsedHeader>[] = [];
  for (const t of band.texts) parsed.push(parsedHeader(t));
  return { cols: band.cols, texts: band.texts, parsed };
}

/** Whether a filled cell of the row within the span is one of the columns given a role (not the label). */
function touchesRole(view: SheetView, row: number, span: Span, columns: readonly HeaderColumn[]): boolean {
  for (const c of view.filledCols(row)) {
    if (c < span.lo) continue;
    if (c > span.hi) break;
    for (const h of columns) if (h.col === c && h.role && h.role !== 'label') return true;
  }
  return false;
}

/**
 * The header candidate `rows` over `span` as a table of `kind`, or undefined when it cannot
 * head one. `roles`: each window text's headerRole in this kind (parallel to win.cols).
 */
export function evaluate(
  view: SheetView,
  kind: TableKind,
  rows: readonly number[],
  lex: Lexicon,
  sheetKinds: readonly string[],
  span: Span,
  win: WindowTexts = windowTexts(view, rows),
  roles: readonly (string | undefined)[] = win.parsed.map((h) => headerRole(kind, h, lex)),
  memo?: EvaluateMemo,
): HeaderHit | undefined {
  // Resolving never gives more columns a role than the synonyms do (older-year and indicator
  // fixes rename roles, duplicates lose theirs), so fewer than two columns with a role cannot
  // reach two roles: most kinds are dismissed here, before the columns are built.
  let withRole = 0;
  for (let i = 0; i < win.cols.length; i++) {
    const c = win.cols[i];
    if (c >= span.lo && c <= span.hi && roles[i]) withRole++;
  }
  if (withRole < 2) return undefined;
  // resolveColumns over the span's texts, each header the shared parse (nothing changes it).
  const columns: HeaderColumn[] = [];
  for (let i = 0; i < win.cols.length; i++) {
    const c = win.cols[i];
    if (c >= span.lo && c <= span.hi) columns.push(headerColumn(c, win.parsed[i], roles[i]));
  }
  fixColumnRoles(kind, columns, lex);
  const count = roleCount(columns);
  if (count < 2) return undefined;
  if (!yearsCanHead(columns)) return undefined;
  if (!touchesRole(view, rows[0], span, columns) || !touchesRole(view, rows[rows.length - 1], span, columns)) return undefined;
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
  let years = 0;
  let hasLabel = false;
  for (const c of columns) {
    if (c.role && (c.header.years.length || c.header.date)) years++;
    if (c.role === 'label') hasLabel = true;
  }
  const sheetMatch = sheetKinds.includes(kind);
  const score = count * 10 + Math.min(evidence, 12) * 3 + years + (sheetMatch ? 8 : 0) + (hasLabel ? 3 : 0);
  return { kind, top: rows[0], bottom, columns, labelCol, roleCount: count, score, sheetMatch };
}

/** Only text and years in the row's cells between lo and hi (at least one filled). */
export function isHeaderRow(view: SheetView, row: number, lo?: number, hi?: number): boolean {
  return isHeaderish(view, row, lo, hi);
}

export const HEADER_ROWS = MAX_HEADER_ROWS;

export { headerTexts, knownHeaderCols, type HeaderColumn } from './column-roles';
