import type { TableKind } from '../model/types';
import { parseHeader, headerRole, headerYear, type ParsedHeader } from './header';
import { labelEvidence } from './row-roles';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';

/** Kinds found by their header row (narrative also by its prose, see narrative.ts). */
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
export const NUMERIC_KINDS: ReadonlySet<TableKind> = new Set(['operating', 'investments', 'staff', 'sickLeave', 'workInjuries', 'forecastAccuracy']);

export interface HeaderColumn {
  col: number;
  header: ParsedHeader;
  role?: string;
  /** A second column with the same role: which column kept it (the model holds one per role). */
  duplicateOf?: { col: number; role: string };
}

/** Roles a table may hold several columns of. */
const REPEATABLE = new Set(['previousOutcome', 'label']);

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

/** Header text per column over the header rows, merged masters lending their text. */
export function headerTexts(view: SheetView, rows: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  for (let c = 1; c <= view.maxCol; c++) {
    const parts: string[] = [];
    for (const r of rows) {
      let t = view.text(r, c);
      const m = view.master(r, c);
      if (!t && m && rows.includes(m.row)) t = view.text(m.row, m.col);
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length) out.set(c, parts.join(' '));
  }
  return out;
}

/** Give columns their roles; older years of a year-split role get the older role. */
export function resolveColumns(kind: TableKind, texts: Map<number, string>, lex: Lexicon): HeaderColumn[] {
  const cols: HeaderColumn[] = [...texts].map(([col, text]) => {
    const header = parseHeader(text);
    return { col, header, role: headerRole(kind, header, lex) };
  });
  const older = lex.yearRoles[kind]?.older ?? {};
  for (const [role, olderRole] of Object.entries(older)) {
    const same = cols.filter((c) => c.role === role);
    const years = same.map((c) => headerYear(c.header)).filter((y): y is number => y !== undefined);
    if (years.length < 2) continue;
    const latest = Math.max(...years);
    for (const c of same) {
      const y = headerYear(c.header);
      if (y !== undefined && y < latest) c.role = olderRole;
    }
  }
  if (kind === 'indicators') fixIndicatorColumns(cols);
  dropDuplicateRoles(cols);
  return cols;
}

/** One column per role: the latest year wins (then the leftmost); the others are reported. */
function dropDuplicateRoles(cols: HeaderColumn[]): void {
  const byRole = new Map<string, HeaderColumn[]>();
  for (const c of cols) if (c.role && !REPEATABLE.has(c.role)) byRole.set(c.role, [...(byRole.get(c.role) ?? []), c]);
  for (const [role, same] of byRole) {
    if (same.length < 2) continue;
    const keep = same.reduce((a, b) => ((headerYear(b.header) ?? 0) > (headerYear(a.header) ?? 0) ? b : a));
    for (const c of same) {
      if (c === keep) continue;
      c.role = undefined;
      c.duplicateOf = { col: keep.col, role };
    }
  }
}

/**
 * "Mål" alone next to "Mål 31 dec 2024": the bare one is the goal, the dated one the target.
 * "Indikator" names the council's indicator when a "Nyckeltal" column is present, else the key figure.
 */
function fixIndicatorColumns(cols: HeaderColumn[]): void {
  if (!cols.some((c) => c.role === 'indicator')) {
    const ci = cols.find((c) => c.role === 'councilIndicator');
    if (ci) ci.role = 'indicator';
  }
  const targets = cols.filter((c) => c.role === 'target');
  if (targets.length < 2 || cols.some((c) => c.role === 'goal')) return;
  const bare = targets.find((c) => c.header.years.length === 0 && !c.header.date);
  if (bare && targets.some((c) => c !== bare && (c.header.years.length > 0 || c.header.date))) bare.role = 'goal';
}

function roleCount(cols: readonly HeaderColumn[]): number {
  return new Set(cols.filter((c) => c.role && c.role !== 'label').map((c) => c.role)).size;
}

const LABEL_ROLE: Partial<Record<TableKind, string>> = { indicators: 'indicator', internalControl: 'risk', narrative: 'text' };

/** The column holding row labels: a label header, the kind's naming column, or text left of the figures. */
function findLabelCol(view: SheetView, kind: TableKind, cols: readonly HeaderColumn[], bottom: number, floor: number): number {
  const named = cols.find((c) => c.role === (LABEL_ROLE[kind] ?? 'label'));
  if (named) return named.col;
  const first = Math.min(...cols.filter((c) => c.role).map((c) => c.col));
  const counts = new Map<number, number>();
  for (let r = bottom + 1; r <= Math.min(view.maxRow, bottom + 30); r++) {
    for (let c = floor; c < first; c++) {
      if (typeof view.raw(r, c) === 'string' && view.text(r, c)) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
        break;
      }
    }
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

/** The columns a header candidate may use, and the first column its labels may sit in. */
export interface Span {
  lo: number;
  hi: number;
  labelFloor: number;
}

export function evaluate(
  view: SheetView,
  kind: TableKind,
  rows: number[],
  lex: Lexicon,
  sheetKinds: readonly string[],
  span: Span,
  allTexts: Map<number, string> = headerTexts(view, rows),
): HeaderHit | undefined {
  const texts = new Map([...allTexts].filter(([c]) => c >= span.lo && c <= span.hi));
  const columns = resolveColumns(kind, texts, lex);
  const count = roleCount(columns);
  if (count < 2) return undefined;
  // Years alone do not make a header: a data row can hold numbers like 2019 too.
  if (!columns.some((c) => c.role && !/^\d{4}$/.test(c.header.text))) return undefined;
  const roleCols = new Set(columns.filter((c) => c.role && c.role !== 'label').map((c) => c.col));
  const touches = (r: number) => view.filledCols(r, span.lo, span.hi).some((c) => roleCols.has(c));
  if (!touches(rows[0]) || !touches(rows[rows.length - 1])) return undefined;
  const bottom = rows[rows.length - 1];
  const labelCol = findLabelCol(view, kind, columns, bottom, span.labelFloor);
  const evidence = rowEvidence(view, kind, labelCol, bottom, lex);
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

/** Columns whose header text is a known header of some kind (or a bare year). */
export function knownHeaderCols(texts: Map<number, string>, lex: Lexicon): number[] {
  const out: number[] = [];
  for (const [c, t] of texts) {
    if (t.length > 80) continue;
    const h = parseHeader(t);
    if (h.key ? lex.columnKeys.has(h.key) : h.years.length === 1) out.push(c);
  }
  return out;
}
