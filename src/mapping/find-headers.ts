import { evaluate, newEvaluateMemo, HEADED_KINDS, HEADER_ROWS, headerTexts, isHeaderRow, type HeaderHit, type Span } from './detect-headers';
import { headerRole, parsedHeader, readsAsMeasureCaption, readsAsMoneyHeader, type ParsedHeader } from './header';
import { knownCols, MAX_KNOWN_TEXT } from './column-roles';
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

/** Weighted interval scheduling over column spans: the best set of candidates sharing no column. */
function bestDisjoint(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.span.hi - b.span.hi);
  const best: { total: number; chosen: Candidate[] }[] = [{ total: 0, chosen: [] }];
  sorted.forEach((c, i) => {
    let p = i - 1;
    while (p >= 0 && sorted[p].span.hi >= c.span.lo) p--;
    const take = { total: best[p + 1].total + c.weight, chosen: [...best[p + 1].chosen, c] };
    best.push(take.total > best[i].total ? take : best[i]);
  });
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

/** Every header band on a sheet, top to bottom (left to right within a band), each with its kind. */
export function findHeaders(view: SheetView, lex: Lexicon, sheetKinds: readonly string[]): HeaderHit[] {
  const hits: HeaderHit[] = [];
  const memo = newEvaluateMemo();
  /** Per row: 0 not yet judged, 1 no hint, 2 a hint. */
  const hints = new Uint8Array(view.maxRow + 1);
  let textHints = hintsByLexicon.get(lex);
  if (!textHints) hintsByLexicon.set(lex, (textHints = new Map()));
  const th = textHints;
  const hint = (r: number) => {
    if (hints[r] === 0) hints[r] = rowHasHint(view, r, lex, th) ? 2 : 1;
    return hints[r] === 2;
  };
  for (let r = 1; r <= view.maxRow; r++) {
    if (!hint(r)) continue;
    const cands: Candidate[] = [];
    const window: number[] = [];
    // Columns of the window so far, and those holding a text too long for a known header (its
    // header text, joined over the rows, is longer still): fewer than two others, and
    // knownHeaderCols cannot find two, so the window's texts are not even joined.
    const seen = new Set<number>();
    const tooLong = new Set<number>();
    let open = 0;
    for (let k = 0; k < HEADER_ROWS && r + k <= view.maxRow; k++) {
      if (view.rowIsEmpty(r + k)) break;
      const w = r + k;
      window.push(w);
      for (const c of view.filledCols(w)) {
        if (!seen.has(c)) {
          seen.add(c);
          if (!tooLong.has(c)) open++;
        }
        // Cleaning only shortens a text: a short raw string, or a number, is never too long.
        const v = view.raw(w, c);
        if (typeof v === 'string' && v.length > MAX_KNOWN_TEXT && !tooLong.has(c) && view.text(w, c).length > MAX_KNOWN_TEXT) {
          tooLong.add(c);
          open--;
        }
      }
      for (const c of view.mergedCols(w)) {
        if (c <= view.maxCol && !seen.has(c)) {
          seen.add(c);
          if (!tooLong.has(c)) open++;
        }
      }
      if (open < 2) continue;
      // Only a span whose cells on every row of the window are text or years can head a table:
      // a window reaching a data row (labels and figures) is dismissed before its texts are read.
      const headerSpans = spans(view, window).filter((span) => window.every((w) => isHeaderRow(view, w, span.lo, span.hi)));
      if (headerSpans.length === 0) continue;
      const texts = headerTexts(view, window);
      // Each header text parsed once for the window (the columns, texts and parses in column order).
      const colList: number[] = [];
      const textList: string[] = [];
      const parsed: Readonly<ParsedHeader>[] = [];
      for (const [c, t] of texts) {
        colList.push(c);
        textList.push(t);
        parsed.push(parsedHeader(t));
      }
      // Fewer than two known headers: no kind can match; skip the costly per-kind tries.
      const known = knownCols(colList, textList, parsed, lex);
      if (known.length < 2) continue;
      // Whether each header text has a role, per kind: the same for every span of this window. A
      // kind with fewer than two such texts in the whole window cannot head any span of it.
      const hasRole = new Map<string, (string | undefined)[] | null>();
      const rolesOf = (kind: (typeof HEADED_KINDS)[number]): (string | undefined)[] | null => {
        let got = hasRole.get(kind);
        if (got === undefined) {
          const list: (string | undefined)[] = [];
          let n = 0;
          for (const h of parsed) {
            const role = headerRole(kind, h, lex);
            list.push(role);
            if (role) n++;
          }
          hasRole.set(kind, (got = n < 2 ? null : list));
        }
        return got;
      };
      // (A side-by-side neighbour may have data on these rows: each span was judged on its own cells above.)
      for (const span of headerSpans) {
        if (known.filter((c) => c >= span.lo && c <= span.hi).length < 2) continue;
        let best: HeaderHit | undefined;
        for (const kind of HEADED_KINDS) {
          const roles = rolesOf(kind);
          if (!roles) continue;
          const hit = evaluate(view, kind, [...window], lex, sheetKinds, span, texts, { cols: colList, roles }, memo);
          if (hit && (!best || hit.score > best.score)) best = hit;
        }
        if (best) cands.push({ hit: best, span, weight: best.score + (span.hi - span.lo) * 0.01 });
      }
    }
    const chosen = bestDisjoint(cands);
    if (chosen.length === 0) continue;
    chosen.sort((a, b) => a.span.lo - b.span.lo);
    hits.push(...chosen.map((c) => c.hit));
    r = Math.max(...chosen.map((c) => c.hit.bottom));
  }
  return hits;
}
