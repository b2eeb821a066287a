import type { TableKind } from '../model/types';
import { headerRole, headerYear, parseHeader, parsedHeader, readsAsMoneyHeader, type ParsedHeader } from './header';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';
import { headerFacets } from '../structure/headers';

/** Column roles from header texts: synonyms, then years, then the indicator and duplicate fixes. */

export interface HeaderColumn {
  col: number;
  header: ParsedHeader;
  role?: string;
  /** A second column with the same role: which column kept it (the model holds one per role). */
  duplicateOf?: { col: number; role: string };
}

/** Roles a table may hold several columns of. */
const REPEATABLE = new Set(['previousOutcome', 'label']);

/** Header text per column over the header rows, merged masters lending their text. */
export function headerTexts(view: SheetView, rows: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  // One row without merges (the usual candidate): each filled cell's own text, in column order.
  if (rows.length === 1 && view.mergedCols(rows[0]).length === 0) {
    const r = rows[0];
    for (const c of view.filledCols(r)) {
      const t = view.text(r, c);
      if (t) out.set(c, t);
    }
    return out;
  }
  // Only a filled cell, or a covered cell of a merge, can lend a column text: visit those columns.
  const cols = new Set<number>();
  for (const r of rows) {
    for (const c of view.filledCols(r)) cols.add(c);
    for (const c of view.mergedCols(r)) if (c <= view.maxCol) cols.add(c);
  }
  for (const c of [...cols].sort((a, b) => a - b)) {
    const parts: string[] = [];
    for (const r of rows) {
      let t = view.text(r, c);
      if (!t) {
        const m = view.master(r, c);
        if (m && rows.includes(m.row)) t = view.text(m.row, m.col);
      }
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    if (parts.length) out.set(c, parts.length === 1 ? parts[0] : parts.join(' '));
  }
  return out;
}

/** Give columns their roles; older years of a year-split role get the older role. */
export function resolveColumns(kind: TableKind, texts: Map<number, string>, lex: Lexicon, roleOf?: (col: number) => string | undefined): HeaderColumn[] {
  // roleOf: headerRole of each column's text in this kind, already worked out by the caller.
  const cols: HeaderColumn[] = [...texts].map(([col, text]) => {
    const header = parseHeader(text);
    return { col, header, role: roleOf ? roleOf(col) : headerRole(kind, header, lex) };
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
  if (kind === 'operating' || kind === 'investments') splitPeriodColumns(cols);
  dropDuplicateRoles(cols);
  return cols;
}

const PERIOD_ROLE: Record<string, string> = { budget: 'periodBudget', variance: 'periodVariance' };

/**
 * "Budget helår" beside "Budget ack" (or "Budget jan–aug"): the one for the period so far is
 * the period budget, never the full-year budget; the same for the two variances. A lone
 * period budget keeps the role budget (its facets say it is the period's, see the report).
 */
function splitPeriodColumns(cols: HeaderColumn[]): void {
  for (const [role, periodRole] of Object.entries(PERIOD_ROLE)) {
    const same = cols.filter((c) => c.role === role);
    if (same.length < 2) continue;
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
  const byRole = new Map<string, HeaderColumn[]>();
  for (const c of cols) {
    if (!c.role || REPEATABLE.has(c.role)) continue;
    const same = byRole.get(c.role);
    if (same) same.push(c);
    else byRole.set(c.role, [c]);
  }
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
