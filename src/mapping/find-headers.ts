import { evaluate, newEvaluateMemo, windowTexts, HEADED_KINDS, HEADER_ROWS, isHeaderRow, type HeaderHit, type Span } from './detect-headers';
import { headerRole, parsedHeader, readsAsMeasureCaption, readsAsMoneyHeader, type ParsedHeader } from './header';
import { knownCols, MAX_KNOWN_TEXT } from './column-roles';
import type { TableKind } from '../model/types';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';

/**
 * Header bands can hold more than one table side by side ("Drift" in A–G, "Sjukfrånvaro" in
 * I–L). The filled header cells fall into clusters separated by empty columns; every run of
 * adjacent clusters is tried as one table, and the best set of runs that do not share columns
 * wins. A label column with an empty header is found left of the figures, but never left of the
 * previous cluster.
 */

const MAX_CLUSTERS = 8;

/** The union of a few rows' filled columns, ascending (each row's list is ascending already). */
function filledUnion(view: SheetView, rows: readonly number[]): readonly number[] {
  if (rows.length === 1) return view.filledCols(rows[0]);
  let acc: readonly number[] = view.filledCols(rows[0]);
  for (let i = 1; i < rows.length; i++) {
    const b = view.filledCols(rows[i]);
    const out: number[] = [];
    let x = 0;
    let y = 0;
    while (x < acc.length || y < b.length) {
      const u = x < acc.length ? acc[x] : Infinity;
      const v = y < b.length ? b[y] : Infinity;
      if (u <= v) {
        out.push(u);
        x++;
        if (u === v) y++;
      } else {
        out.push(v);
        y++;
      }
    }
    acc = out;
  }
  return acc;
}

function clusters(view: SheetView, rows: readonly number[]): { lo: number; hi: number }[] {
  const filled = filledUnion(view, rows);
  const out: { lo: number; hi: number }[] = [];
  for (const c of filled) {
    const last = out[out.length - 1];
    if (last && c === last.hi + 1) last.hi = c;
    else out.push({ lo: c, hi: c });
  }
  if (out.length <= MAX_CLUSTERS) return out;
  return [{ lo: out[0].lo, hi: out[out.length - 1].hi }];
}

function spans(view: SheetView, rows: readonly number[]): Span[] {
  const cl = clusters(view, rows);
  const out: Span[] = [];
  for (let i = 0; i < cl.length; i++) {
    for (let j = i; j < cl.length; j++) out.push({ lo: cl[i].lo, hi: cl[j].hi, labelFloor: i === 0 ? 1 : cl[i - 1].hi + 1 });
  }
  return out;
}

interface Candidate {
  hit: HeaderHit;
  span: Span;
  /** Score plus a little for width, so a table takes its own label column on a tie. */
  weight: number;
}

/** Candidates by their last column (a comparator of the module, not one made per call). */
const bySpanEnd = (a: Candidate, b: Candidate): number => a.span.hi - b.span.hi;

/** Weighted interval scheduling over column spans: the best set of candidates sharing no column. */
function bestDisjoint(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(bySpanEnd);
  const best: { total: number; chosen: Candidate[] }[] = [{ total: 0, chosen: [] }];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    let p = i - 1;
    while (p >= 0 && sorted[p].span.hi >= c.span.lo) p--;
    const take = { total: best[p + 1].total + c.weight, chosen: [...best[p + 1].chosen, c] };
    best.push(take.total > best[i].total ? take : best[i]);
  }
  return best[best.length - 1].chosen;
}

/**
 * A row that could be (part of) a header: a cell that is a known header on its own, a year, or
 * a fragment of a wrapped one ("Delårs-"). Rows without one are skipped cheaply.
 */
function rowHasHint(view: SheetView, r: number, lex: Lexicon, textHints: Map<string, boolean>): boolean {
  // A year among the row's numbers (noted when the view was built); else its strings are judged.
  if (view.rowHasYearNumber(r)) return true;
  const cells = view.sheet.rows[r - 1];
  if (!cells) return false;
  for (const c of view.stringCols(r)) {
    // view.raw(r, c), the row looked up once: these columns hold a string.
    const v = cells[c - 1]?.value;
    if (typeof v !== 'string') continue;
    // The verdict depends on the text alone (view.text is a function of the raw string) and the
    // lexicon: a label or header word is judged once per lexicon, not once per row and sheet.
    if (v.length > 200) {
      if (textHasHint(view.text(r, c), lex)) return true;
      continue;
    }
    let hint = textHints.get(v);
    if (hint === undefined) {
      if (textHints.size > 20000) textHints.clear();
      textHints.set(v, (hint = textHasHint(view.text(r, c), lex)));
    }
    if (hint) return true;
  }
  return false;
}

/** Per lexicon, whether a raw cell string hints at a header (short strings; cleared when large). */
const hintsByLexicon = new WeakMap<Lexicon, Map<string, boolean>>();

function textHasHint(t: string, lex: Lexicon): boolean {
  if (t.length > 80) return false;
  if (/[-/]$/.test(t)) return true;
  const h = parsedHeader(t);
  return h.key ? lex.columnKeys.has(h.key) || readsAsMoneyHeader(t) || readsAsMeasureCaption(t) : h.years.length > 0;
}

/** kindRoles' working array (reused: one header search runs at a time). */
const roleScratch: (string | undefined)[] = [];

/** Each window text's headerRole in a kind, or null when fewer than two texts have one (no span can then head a table of the kind). */
function kindRoles(kind: TableKind, parsed: readonly Readonly<ParsedHeader>[], lex: Lexicon): (string | undefined)[] | null {
  // Most kinds are dismissed (fewer than two roles): the roles go to a scratch array first and
  // are copied only for a kind that stays.
  let n = 0;
  for (let i = 0; i < parsed.length; i++) {
    const role = headerRole(kind, parsed[i], lex);
    roleScratch[i] = role;
    if (role) n++;
  }
  return n < 2 ? null : roleScratch.slice(0, parsed.length);
}

/** How many of the (ascending) columns lie within the span. */
function countWithin(cols: readonly number[], span: Span): number {
  let n = 0;
  for (const c of cols) if (c >= span.lo && c <= span.hi) n++;
  return n;
}

/**
 * The window's spans whose cells on every row are text or years. (A loop in a function of the
 * module, not filter and every callbacks: closures made per window lose their optimized code at
 * every full GC.)
 */
function headerSpansOf(view: SheetView, window: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const span of spans(view, window)) if (allHeaderRows(view, window, span)) out.push(span);
  return out;
}

function allHeaderRows(view: SheetView, window: readonly number[], span: Span): boolean {
  for (const row of window) if (!isHeaderRow(view, row, span.lo, span.hi)) return false;
  return true;
}

/** Candidates by their first column. */
const bySpanStart = (a: Candidate, b: Candidate): number => a.span.lo - b.span.lo;

/** Every header band on a sheet, top to bottom (left to right within a band), each with its kind. */
export function findHeaders(view: SheetView, lex: Lexicon, sheetKinds: readonly string[]): HeaderHit[] {
  const hits: HeaderHit[] = [];
  const memo = newEvaluateMemo();
  let textHints = hintsByLexicon.get(lex);
  if (!textHints) hintsByLexicon.set(lex, (textHints = new Map()));
  // Per column, the first row of the window last seen holding it, and last found too long (a
  // window's rows all start at the same r, and r only grows: no clearing between windows).
  const seenAt = new Int32Array(view.maxCol + 2);
  const tooLongAt = new Int32Array(view.maxCol + 2);
  const window: number[] = [];
  const cands: Candidate[] = [];
  // Rows are visited once each, top to bottom (a found band moves r past its bottom).
  for (let r = 1; r <= view.maxRow; r++) {
    if (!rowHasHint(view, r, lex, textHints)) continue;
    cands.length = 0;
    window.length = 0;
    // Columns of the window so far, and those holding a text too long for a known header (its
    // header text, joined over the rows, is longer still): fewer than two others, and
    // knownHeaderCols cannot find two, so the window's texts are not even joined.
    let open = 0;
    for (let k = 0; k < HEADER_ROWS && r + k <= view.maxRow; k++) {
      if (view.rowIsEmpty(r + k)) break;
      const w = r + k;
      window.push(w);
      const cells = view.sheet.rows[w - 1];
      for (const c of view.filledCols(w)) {
        if (seenAt[c] !== r) {
          seenAt[c] = r;
          if (tooLongAt[c] !== r) open++;
        }
        // Cleaning only shortens a text: a short raw string, or a number, is never too long.
        const v = cells[c - 1]?.value;
        if (typeof v === 'string' && v.length > MAX_KNOWN_TEXT && tooLongAt[c] !== r && view.text(w, c).length > MAX_KNOWN_TEXT) {
          tooLongAt[c] = r;
          open--;
        }
      }
      for (const c of view.mergedCols(w)) {
        if (c <= view.maxCol && seenAt[c] !== r) {
          seenAt[c] = r;
          if (tooLongAt[c] !== r) open++;
        }
      }
      if (open < 2) continue;
      // Only a span whose cells on every row of the window are text or years can head a table:
      // a window reaching a data row (labels and figures) is dismissed before its texts are read.
      const headerSpans = headerSpansOf(view, window);
      if (headerSpans.length === 0) continue;
      // Each header text parsed once for the window (the columns, texts and parses in column order).
      const win = windowTexts(view, window);
      // Fewer than two known headers: no kind can match; skip the costly per-kind tries.
      const known = knownCols(win.cols, win.texts, win.parsed, lex);
      if (known.length < 2) continue;
      // Whether each header text has a role, per kind (index in HEADED_KINDS; undefined: not yet
      // worked out): the same for every span of this window.
      const rolesByKind: ((string | undefined)[] | null | undefined)[] = [];
      // (A side-by-side neighbour may have data on these rows: each span was judged on its own cells above.)
      for (const span of headerSpans) {
        if (countWithin(known, span) < 2) continue;
        let best: HeaderHit | undefined;
        for (let ki = 0; ki < HEADED_KINDS.length; ki++) {
          const kind = HEADED_KINDS[ki];
          let roles = rolesByKind[ki];
          if (roles === undefined) rolesByKind[ki] = roles = kindRoles(kind, win.parsed, lex);
          if (!roles) continue;
          // (evaluate keeps nothing of `window`: its first and last rows are numbers in the hit.)
          const hit = evaluate(view, kind, window, lex, sheetKinds, span, win, roles, memo);
          if (hit && (!best || hit.score > best.score)) best = hit;
        }
        if (best) cands.push({ hit: best, span, weight: best.score + (span.hi - span.lo) * 0.01 });
      }
    }
    if (cands.length === 0) continue;
    const chosen = bestDisjoint(cands);
    if (chosen.length === 0) continue;
    chosen.sort(bySpanStart);
    let bottom = -Infinity;
    for (const c of chosen) {
      hits.push(c.hit);
      if (c.hit.bottom > bottom) bottom = c.hit.bottom;
    }
    r = bottom;
  }
  return hits;
}
