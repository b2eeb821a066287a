import type { TableKind } from '../model/types';
import { headerRole, headerYear, parseHeader, parsedHeader, readsAsMoneyHeader, type ParsedHeader } from './header';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';
import { headerFacets } from '../structure/headers';

/** Column roles from header texts: synonyms, then years, then the indicator and duplicate fixes. */

export interface HeaderColumn {
  col: number;
  /** The header's parse, shared with the parse memo (read only). */
  header: Readonly<ParsedHeader>;
  role?: string;
  /** A second column with the same role: which column kept it (the model holds one per role). */
  duplicateOf?: { col: number; role: string };
}

/**
 * A column as every header search builds it: one literal with every field (duplicateOf unset),
 * so all columns share one shape and the few that become duplicates do not grow a second one
 * (a shape that the GC drops between runs, throwing away the optimized code that saw it).
 */
export function headerColumn(col: number, header: Readonly<ParsedHeader>, role: string | undefined): HeaderColumn {
  return { col, header, role, duplicateOf: undefined };
}

/** Roles a table may hold several columns of. */
const REPEATABLE = new Set(['previousOutcome', 'label']);

/** The header texts of a band: its columns ascending, each with its text (parallel arrays). */
export interface BandTexts {
  cols: number[];
  texts: string[];
}

/** Header text per column over the header rows, merged masters lending their text. */
export function headerTexts(view: SheetView, rows: readonly number[]): Map<number, string> {
  const band = bandTexts(view, rows);
  const out = new Map<number, string>();
  for (let i = 0; i < band.cols.length; i++) out.set(band.cols[i], band.texts[i]);
  return out;
}

const ascending = (a: number, b: number): number => a - b;

/** headerTexts as parallel arrays, in column order (the header search reads them by index). */
export function bandTexts(view: SheetView, rows: readonly number[]): BandTexts {
  const out: BandTexts = { cols: [], texts: [] };
  // One row without merges (the usual candidate): each filled cell's own text, in column order.
  if (rows.length === 1 && view.mergedCols(rows[0]).length === 0) {
    const r = rows[0];
    for (const c of view.filledCols(r)) {
      const t = view.text(r, c);
      if (t) {
        out.cols.push(c);
        out.texts.push(t);
      }
    }
    return out;
  }
  // Only a filled cell, or a covered cell of a merge, can lend a column text: visit those columns.
  const cols = new Set<number>();
  for (const r of rows) {
    for (const c of view.filledCols(r)) cols.add(c);
    for (const c of view.mergedCols(r)) if (c <= view.maxCol) cols.add(c);
  }
  for (const c of [...cols].sort(ascending)) {
    const parts: string[] = [];
    for (const r of rows) {
      let t = view.text(r, c);
      if (!t) {
        const m = view.master(r, c);
        if (m && rows.includes(m.row)) t = view.text(m.row, m.col);
      }
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length) {
      out.cols.push(c);
      out.texts.push(parts.length === 1 ? parts[0] : parts.join(' '));
    }
  }
  return out;
}

/** Give columns their roles; older years of a year-split role get the older role. */
export function resolveColumns(kind: TableKind, texts: Map<number, string>, lex: Lexicon, roleOf?: (col: number) => string | undefined): HeaderColumn[] {
  // roleOf: headerRole of each column's text in this kind, already worked out by the caller.
  const cols: HeaderColumn[] = [...texts].map(([col, text]) => {
    const header = parseHeader(text);
    return headerColumn(col, header, roleOf ? roleOf(col) : headerRole(kind, header, lex));
  });
  fixColumnRoles(kind, cols, lex);
  return cols;
}

/**
 * The fixes resolveColumns makes once each column has its synonym role: older years of a
 * year-split role get the older role, the indicator and period fixes, one column per role.
 */
export function fixColumnRoles(kind: TableKind, cols: HeaderColumn[], lex: Lexicon): void {
  const older = lex.yearRoles[kind]?.older;
  if (older) for (const role in older) olderYearsRole(cols, role, older[role]);
  if (kind === 'indicators') fixIndicatorColumns(cols);
  if (kind === 'operating' || kind === 'investments') splitPeriodColumns(cols);
  dropDuplicateRoles(cols);
}

/** Columns of one role naming two years or more: those of an older year than the latest get olderRole. */
function olderYearsRole(cols: HeaderColumn[], role: string, olderRole: string): void {
  let dated = 0;
  let latest = -Infinity;
  for (const c of cols) {
    if (c.role !== role) continue;
    const y = headerYear(c.header);
    if (y === undefined) continue;
    dated++;
    if (y > latest) latest = y;
  }
  if (dated < 2) return;
  for (const c of cols) {
    if (c.role !== role) continue;
    const y = headerYear(c.header);
    if (y !== undefined && y < latest) c.role = olderRole;
  }
}

const PERIOD_ROLE: Record<string, string> = { budget: 'periodBudget', variance: 'periodVariance' };

/**
 * "Budget helår" beside "Budget ack" (or "Budget jan–aug"): the one for the period so far is
 * the period budget, never the full-year budget; the same for the two variances. A lone
 * period budget keeps the role budget (its facets say it is the period's, see the report).
 */
function splitPeriodColumns(cols: HeaderColumn[]): void {
  for (const role in PERIOD_ROLE) {
    // Counted first: two columns of the role are rare, and only then are their facets read.
    let n = 0;
    for (const c of cols) if (c.role === role) n++;
    if (n < 2) continue;
    const periodRole = PERIOD_ROLE[role];
    const same = cols.filter((c) => c.role === role);
    const spans = same.map((c) => headerFacets(c.header.text).span);
    const full = spans.some((s) => s === 'fullYear' || s === undefined);
    if (!full) continue;
    same.forEach((c, i) => {
      if (spans[i] === 'toDate' || spans[i] === 'month') c.role = periodRole;
    });
  }
}

/** One column per role: the latest year wins (then the leftmost); the others are reported. */
function dropDuplicateRoles(cols: HeaderColumn[]): void {
  // A role's columns are settled at its first column; a later column of the role is then the
  // one kept (alone with the role) or has lost it.
  for (let i = 0; i < cols.length; i++) {
    const role = cols[i].role;
    if (!role || REPEATABLE.has(role)) continue;
    let keep = cols[i];
    let n = 1;
    for (let j = i + 1; j < cols.length; j++) {
      const b = cols[j];
      if (b.role !== role) continue;
      n++;
      if ((headerYear(b.header) ?? 0) > (headerYear(keep.header) ?? 0)) keep = b;
    }
    if (n < 2) continue;
    for (let j = i; j < cols.length; j++) {
      const c = cols[j];
      if (c.role !== role || c === keep) continue;
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

/** A header text longer than this is never a known header (a title or prose). */
export const MAX_KNOWN_TEXT = 80;

/** Columns whose header text is a known header of some kind (or a bare year). */
export function knownHeaderCols(texts: Map<number, string>, lex: Lexicon): number[] {
  const out: number[] = [];
  for (const [c, t] of texts) {
    if (t.length > MAX_KNOWN_TEXT) continue;
    const h = parsedHeader(t);
    if (h.key ? lex.columnKeys.has(h.key) || readsAsMoneyHeader(t) : h.years.length === 1) out.push(c);
  }
  return out;
}

/** knownHeaderCols of texts already parsed (columns, texts and their parses, in the same order). */
export function knownCols(cols: readonly number[], texts: readonly string[], parsed: readonly Readonly<ParsedHeader>[], lex: Lexicon): number[] {
  const out: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    const t = texts[i];
    if (t.length > MAX_KNOWN_TEXT) continue;
    const h = parsed[i];
    if (h.key ? lex.columnKeys.has(h.key) || readsAsMoneyHeader(t) : h.years.length === 1) out.push(cols[i]);
  }
  return out;
}
