import type { SheetGrid } from '../grid/types';
import { toA1 } from '../grid/address';
import { NUM, numberMatrix, roundingTolerance, type NumberMatrix } from './numbers';
import {
  BREAK,
  EXACT,
  NA,
  ROUNDED,
  adjacentRuns,
  axisView,
  canonical,
  evaluate,
  identifiable,
  patternKey,
  subsetSearch,
  type AxisView,
  type Evaluation,
  type Pattern,
  type Work,
} from './patterns';
import type { InferOptions, InferStats, Relation, RelationHolds, RelationTerm, SumForm } from './types';

const DEFAULTS = { minSupport: 0.75, minSupportForBreak: 0.75, minEvidenceForBreak: 3, skipTrivial: false };

/**
 * Work a sheet may take, in units (a walk step, a search step, a part copied, a line evaluated): a
 * base every table of a report gets in full, plus some per figure, up to a cap, so that a ledger of a
 * hundred thousand figures is read in a bounded time and never hangs the caller.
 */
const BASE_WORK = 10_000_000;
const WORK_PER_NUMBER = 40;
const MAX_WORK = 40_000_000;
/** Share of an axis's work the first walk may take, so that the subset search still has its turn. */
const WALK_SHARE = 0.5;

/** How far a block may reach from its total, in positions (rows for a column sum, columns for a row sum). */
const MAX_WALK = 400;
const MAX_DIST = 48;
const DFS_BUDGET = 6000;
/**
 * Work the subset search may do per axis of a sheet (search steps), so that a sheet of a hundred
 * thousand figures is still read in a moment: beyond it only adjacent blocks are looked for.
 */
const SEARCH_WORK = 1_000_000;
/**
 * A search that has found no set of parts at all after this much work (priced units) is searching a
 * table without hidden sums (a ledger of accounts by month): the rest of it would find none either.
 */
const FUTILE_SEARCH = 150_000;
/** Evidence (see Evaluation.score) a pattern needs: an adjacent block, and any other set of parts. */
const MIN_SCORE = 4;
const MIN_SCORE_SUBSET = 6;
/** A pattern this well supported on this many lines stands however its parts are placed. */
const STRONG_SUPPORT = 1;
const STRONG_EVIDENCE = 6;
/** Support a block of rows needs (with options.minSupport, whichever is lower). */
const MIN_SUPPORT_BLOCK_OF_ROWS = 0.65;
/** A set of parts that is not a block is one of many the search tried: it must hold nearly everywhere. */
const MIN_SUPPORT_SUBSET = 0.9;

interface Candidate {
  pattern: Pattern;
  /** Found by the subset search only (not an adjacent run): needs more evidence. */
  subset: boolean;
}

/**
 * Every arithmetic relation of a sheet established by its numbers: sums of blocks of rows (totals below
 * or above their parts, sub-totals, blocks that are not adjacent, empty parts as 0), sums across the
 * columns of a row, and differences. A pattern counts when it holds, with real evidence, in most of the
 * lines where it could (its support); one relation is returned per line where it applies, and a line
 * where a well-supported pattern breaks is returned with holds 'no'.
 */
export function inferRelations(sheet: SheetGrid, options: InferOptions = {}): Relation[] {
  const opts = { ...DEFAULTS, ...options };
  const m = numberMatrix(sheet);
  let numbers = 0;
  for (let i = 0; i < m.kind.length; i++) if (m.kind[i] === NUM) numbers++;
  const limit = options.workLimit ?? Math.min(MAX_WORK, BASE_WORK + WORK_PER_NUMBER * numbers);
  const stats: InferStats = options.stats ?? { work: 0, limit, truncated: [] };
  stats.work = 0;
  stats.limit = limit;
  stats.truncated = [];
  delete stats.reason;
  if (m.rows === 0 || m.cols === 0) return [];
  const out: Relation[] = [];
  const axes = (['column', 'row'] as const).filter((a) => !options.axes || options.axes.includes(a));
  for (const axis of axes) {
    // Each axis has half the sheet's work; what the first leaves, the second may use.
    const work: Work = { left: (limit - stats.work) / (axis === 'column' && axes.length > 1 ? 2 : 1), used: 0 };
    const v = axisView(m, axis);
    // A block of rows is checked across the table's few number columns (three columns with one wrong
    // figure: 2 of 3), a sum across columns on every row: the first may settle for less support.
    const minSupport = axis === 'column' ? Math.min(opts.minSupport, MIN_SUPPORT_BLOCK_OF_ROWS) : opts.minSupport;
    for (const e of inferPatterns(v, minSupport, work)) out.push(...instances(sheet.name, v, e, opts));
    stats.work += work.used;
    if (work.left <= 0 || work.cut) stats.truncated.push(axis);
  }
  if (stats.truncated.length > 0) stats.reason = `not analysed: too large (${stats.truncated.join(' and ')} sums cut off after ${Math.round(stats.work)} work units)`;
  return withoutCascades(out);
}

/**
 * One wrong figure breaks every relation it takes part in. A cell where two relations break (its
 * row and its column) is the root cause; a break whose only fault is such a cell among its parts
 * (Nettokostnad = Intäkter + Kostnader, with Kostnader wrong) follows from it and is left out.
 */
function withoutCascades(rels: Relation[]): Relation[] {
  const brokenAt = new Map<string, number>();
  for (const r of rels) if (r.holds === 'no') brokenAt.set(r.total, (brokenAt.get(r.total) ?? 0) + 1);
  if (brokenAt.size < 2) return rels;
  return rels.filter(
    (r) => r.holds !== 'no' || (brokenAt.get(r.total) ?? 0) > 1 || !r.terms.some((t) => (brokenAt.get(t.cell) ?? 0) > 1),
  );
}

/** The established patterns of one axis. */
export function inferPatterns(v: AxisView, minSupport = DEFAULTS.minSupport, work: Work = { left: Infinity, used: 0 }): Evaluation[] {
  const { kind } = v.m;
  const lines: number[] = [];
  for (let l = 0; l < v.lines; l++) {
    if (v.yearLines[l]) continue;
    let n = 0;
    for (let p = 0; p < v.positions && n < 3; p++) if (kind[l * v.lineStride + p * v.posStride] === NUM) n++;
    if (n >= 3) lines.push(l);
  }
  if (lines.length === 0) return [];
  const cands = new Map<string, Candidate>();
  // The same run is found on many lines: look at each found set once.
  const seen = new Map<string, string>();
  const add = (found: Pattern, subset: boolean): void => {
    const raw = patternKey(found);
    let key = seen.get(raw);
    if (key === undefined) {
      const pattern = isBlock(v, found) ? found : canonical(v, found);
      key = patternKey(pattern);
      seen.set(raw, key);
      if (!cands.has(key)) cands.set(key, { pattern, subset });
    }
    const c = cands.get(key)!;
    if (!subset) c.subset = false;
  };
  work.left -= v.lines;
  work.used += v.lines;
  // The first walk may take its share of the work; what it leaves unused goes to the search.
  const walk: Work = { left: Math.min(work.left, Math.max(0, work.left * WALK_SHARE)), used: 0 };
  adjacentRuns(v, lines, MAX_WALK, (p) => add(p, false), undefined, walk);
  if (walk.left <= 0) work.cut = true;
  work.left -= walk.used;
  work.used += walk.used;
  // The subset search has its own cap (as before) within what the sheet has left.
  const search: Work = { left: SEARCH_WORK, used: 0 };

  // The subset search needs several sample lines to rule out coincidences.
  for (let t = 0; t < v.positions; t++) {
    if (v.excluded[t]) continue;
    search.used += lines.length;
    if (search.used >= work.left) {
      work.cut = true;
      break;
    }
    if (search.used > FUTILE_SEARCH && !search.found) break;
    const eligible = eligibleLines(v, lines, t);
    if (eligible.length < 3) continue;
    for (const samples of sampleGroups(eligible)) {
      // Pairs around their total only across columns (Budget | Avvikelse | Utfall); in a column a
      // total between its two parts is not how blocks are printed, and mostly a chance match.
      for (const dir of v.axis === 'row' ? [1, -1, 0] : [1, -1]) {
        subsetSearch(v, t, dir, samples, MAX_DIST, DFS_BUDGET, (p) => {
          add(p, true);
          const filled = fillGaps(v, p, samples);
          if (filled) add(filled, true);
        }, undefined, search);
      }
    }
  }

  const charge = (w: Work, before = 0): void => {
    work.left -= w.used - before;
    work.used += w.used - before;
  };
  charge(search);
  const accepted = new Map<string, Evaluation>();
  const judge = (c: Candidate): void => {
    const key = patternKey(c.pattern);
    if (accepted.has(key)) return;
    // Checking a pattern reads every line: on a sheet out of work the rest is not judged.
    if (work.left <= 0) {
      work.cut = true;
      return;
    }
    work.left -= v.lines * (1 + c.pattern.parts.length);
    work.used += v.lines * (1 + c.pattern.parts.length);
    const e = evaluate(v, c.pattern);
    const loose = c.subset && !isBlock(v, c.pattern);
    if (e.support < (loose ? Math.max(minSupport, MIN_SUPPORT_SUBSET) : minSupport)) return;
    if (e.score < (loose ? MIN_SCORE_SUBSET : MIN_SCORE)) return;
    // One line proves a pattern only where there is no other line to check it on (a single column).
    if (e.evidence < (lines.length <= 2 ? 1 : 2)) return;
    if (loose && !identifiable(v, e, Math.min(c.pattern.total, c.pattern.parts[0]) - MAX_DIST, Math.max(c.pattern.total, c.pattern.parts[c.pattern.parts.length - 1]) + MAX_DIST)) return;
    accepted.set(key, e);
  };
  for (const c of cands.values()) judge(c);

  // Sub-totals stand for their blocks: walk again with each established block as one unit.
  for (let round = 0; round < 2 && accepted.size > 0 && work.left > 0; round++) {
    const before = accepted.size;
    const jumps = [1, -1].map((dir) => blockJumps(v, [...accepted.values()], dir));
    const fresh = new Map<string, Candidate>();
    const walk2: Work = { left: work.left, used: 0 };
    adjacentRuns(v, lines, MAX_WALK, (found) => {
      const p = isBlock(v, found) ? found : canonical(v, found);
      const key = patternKey(p);
      if (!cands.has(key) && !fresh.has(key)) fresh.set(key, { pattern: p, subset: false });
    }, jumps, walk2);
    charge(walk2);
    const searched = search.used;
    const foundBefore = search.found ?? 0;
    for (let t = 0; t < v.positions; t++) {
      if (v.excluded[t]) continue;
      search.used += lines.length;
      if (search.used - searched >= work.left) {
        work.cut = true;
        break;
      }
      if (search.used - searched > FUTILE_SEARCH && (search.found ?? 0) === foundBefore) break;
      const eligible = eligibleLines(v, lines, t);
      if (eligible.length < 3) continue;
      for (const samples of sampleGroups(eligible)) {
        for (const j of jumps) {
          subsetSearch(v, t, j.dir, samples, MAX_DIST, DFS_BUDGET, (found) => {
            const p = isBlock(v, found) ? found : canonical(v, found);
            const key = patternKey(p);
            if (!cands.has(key) && !fresh.has(key)) fresh.set(key, { pattern: p, subset: true });
          }, j, search);
        }
      }
    }
    charge(search, searched);
    for (const [k, c] of fresh) {
      cands.set(k, c);
      judge(c);
    }
    if (accepted.size === before) break;
  }
  return prune(v, [...accepted.values()]);
}

function eligibleLines(v: AxisView, lines: number[], t: number): number[] {
  const out: number[] = [];
  for (const l of lines) {
    const i = l * v.lineStride + t * v.posStride;
    if (v.m.kind[i] === NUM && v.m.value[i] !== 0) out.push(l);
  }
  return out;
}

/** Sample lines for the subset search: spread over the table, and a second set beside the first. */
function sampleGroups(eligible: number[]): number[][] {
  const n = eligible.length;
  const groups: number[][] = [[eligible[0], eligible[n >> 1], eligible[n - 1]]];
  if (n >= 6) groups.push([eligible[1], eligible[(n >> 1) + 1], eligible[n - 2]]);
  return groups;
}

/** The same parts plus the positions inside their span that were 0 or empty on the sample lines. */
function fillGaps(v: AxisView, p: Pattern, samples: number[]): Pattern | undefined {
  const lo = p.parts[0];
  const hi = p.parts[p.parts.length - 1];
  const set = new Set(p.parts);
  const extra: number[] = [];
  for (let q = lo + 1; q < hi; q++) {
    if (set.has(q) || q === p.total || v.excluded[q]) continue;
    if (zeroOrBlankOn(v, q, samples)) extra.push(q);
  }
  if (extra.length === 0) return undefined;
  return { total: p.total, parts: [...p.parts, ...extra].sort((a, b) => a - b) };
}

function zeroOrBlankOn(v: AxisView, q: number, lines: Iterable<number>): boolean {
  const { kind, value } = v.m;
  for (const l of lines) {
    const i = l * v.lineStride + q * v.posStride;
    if (kind[i] === NUM && value[i] !== 0) return false;
    if (kind[i] !== NUM && kind[i] !== 0) return false;
  }
  return true;
}

/** Lines where an evaluated pattern applies. */
function appliedLines(e: Evaluation): number[] {
  const out: number[] = [];
  for (let l = e.from; l >= 0 && l <= e.to; l++) if (e.status[l] !== NA) out.push(l);
  return out;
}

/** A block: the parts are every position between the total and the farthest part (gaps only of empty cells). */
function isBlock(v: AxisView, p: Pattern): boolean {
  const set = new Set(p.parts);
  const lo = Math.min(p.total, p.parts[0]);
  const hi = Math.max(p.total, p.parts[p.parts.length - 1]);
  for (let q = lo + 1; q < hi; q++) {
    if (q === p.total || set.has(q)) continue;
    if (!blankEverywhere(v, q)) return false;
  }
  return true;
}

const BLANK_POSITIONS = new WeakMap<AxisView, Uint8Array>();

/** No number on any line at this position (computed once per axis: 1 = blank, 2 = has a number). */
function blankEverywhere(v: AxisView, q: number): boolean {
  let memo = BLANK_POSITIONS.get(v);
  if (!memo) {
    memo = new Uint8Array(v.positions);
    BLANK_POSITIONS.set(v, memo);
  }
  if (memo[q] === 0) {
    memo[q] = 1;
    for (let l = 0; l < v.lines; l++) {
      if (v.m.kind[l * v.lineStride + q * v.posStride] === NUM) {
        memo[q] = 2;
        break;
      }
    }
  }
  return memo[q] === 1;
}

/**
 * For a walk in direction dir: entering an established block (its total first or its first part),
 * the walk takes the block's total and continues after the block.
 */
function blockJumps(v: AxisView, pats: Evaluation[], dir: number): { dir: number; unit: Int32Array; next: Int32Array } {
  const unit = new Int32Array(v.positions).fill(-1);
  const next = new Int32Array(v.positions).fill(-1);
  const span = new Int32Array(v.positions);
  for (const e of pats) {
    const { total, parts } = e.pattern;
    const lo = Math.min(total, parts[0]);
    const hi = Math.max(total, parts[parts.length - 1]);
    if (!isBlock(v, e.pattern)) continue;
    const entry = dir > 0 ? lo : hi;
    const after = dir > 0 ? hi + 1 : lo - 1;
    const width = hi - lo;
    if (width > span[entry]) {
      span[entry] = width;
      unit[entry] = total;
      next[entry] = after;
    }
  }
  return { dir, unit, next };
}

/**
 * Leave out what another pattern says better: a pattern whose parts contain a whole established
 * block while the block's total would do as well (the expanded form), and a pattern that differs from
 * a wider one only by positions that are 0 or empty wherever they apply.
 */
function prune(v: AxisView, evals: Evaluation[]): Evaluation[] {
  const drop = new Set<string>();
  const byTotal = new Map<number, Evaluation[]>();
  for (const e of evals) {
    const list = byTotal.get(e.pattern.total) ?? [];
    list.push(e);
    byTotal.set(e.pattern.total, list);
  }
  for (const a of evals) {
    const P = new Set(a.pattern.parts);
    for (const b of evals) {
      if (a === b) continue;
      const s = b.pattern.total;
      if (s === a.pattern.total || P.has(s) || b.pattern.parts.length < 2 || b.pattern.parts.length >= P.size) continue;
      if (!b.pattern.parts.every((q) => P.has(q))) continue;
      // Only a block at least as well supported stands for its parts: a chance match elsewhere must
      // not remove a real total.
      if (b.support < a.support || !(isBlock(v, b.pattern) || b.support >= 0.95)) continue;
      drop.add(patternKey(a.pattern));
      break;
    }
  }
  // The same parts under two totals (a total printed twice: wherever both hold they are equal): the
  // one nearer the parts is their total.
  const byParts = new Map<string, Evaluation[]>();
  for (const e of evals) {
    const k = e.pattern.parts.join(',');
    byParts.set(k, [...(byParts.get(k) ?? []), e]);
  }
  for (const list of byParts.values()) {
    if (list.length < 2) continue;
    const dist = (e: Evaluation): number => Math.min(...e.pattern.parts.map((q) => Math.abs(q - e.pattern.total)));
    for (const a of list) {
      for (const b of list) {
        if (a !== b && dist(b) < dist(a)) drop.add(patternKey(a.pattern));
      }
    }
  }
  // Two patterns for one total, one with more parts: the clearly better supported stays, then the
  // one that holds exactly on more lines, then the better supported, then the one that holds on more
  // lines; when they are as good,
  // extra parts that are 0 or empty wherever they apply belong to the block (annotated as its parts),
  // while extra parts that only cancel out (x and −x) do not.
  for (const list of byTotal.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a === b || b.pattern.parts.length <= a.pattern.parts.length) continue;
        const B = new Set(b.pattern.parts);
        if (!a.pattern.parts.every((q) => B.has(q))) continue;
        if (Math.abs(a.support - b.support) > 0.05) {
          drop.add(patternKey(a.support < b.support ? a.pattern : b.pattern));
          continue;
        }
        // 180 for 190 is within the rounding of 22 whole numbers, but the pattern that adds up
        // exactly is the table's.
        if (a.exact !== b.exact) {
          drop.add(patternKey(a.exact < b.exact ? a.pattern : b.pattern));
          continue;
        }
        if (Math.abs(a.support - b.support) > 1e-9) {
          drop.add(patternKey(a.support < b.support ? a.pattern : b.pattern));
          continue;
        }
        if (a.evidence !== b.evidence) {
          drop.add(patternKey(a.evidence < b.evidence ? a.pattern : b.pattern));
          continue;
        }
        const extra = b.pattern.parts.filter((q) => !a.pattern.parts.includes(q));
        const lines = appliedLines(b);
        drop.add(patternKey(extra.every((q) => zeroOrBlankOn(v, q, lines)) ? a.pattern : b.pattern));
      }
    }
  }
  // Down a column, parts scattered among other figures are a grand total of sub-totals when every
  // figure between them belongs to the block of one of those sub-totals; otherwise the search found a
  // chance combination among many (the rows of a column are many, its lines few).
  if (v.axis === 'column') {
    const spanOf = new Map<number, [number, number]>();
    for (const e of evals) {
      if (!isBlock(v, e.pattern)) continue;
      const lo = Math.min(e.pattern.total, e.pattern.parts[0]);
      const hi = Math.max(e.pattern.total, e.pattern.parts[e.pattern.parts.length - 1]);
      const had = spanOf.get(e.pattern.total);
      if (!had || hi - lo > had[1] - had[0]) spanOf.set(e.pattern.total, [lo, hi]);
    }
    for (const e of evals) {
      if (e.pattern.parts.length < 3 || isBlock(v, e.pattern) || e.support >= STRONG_SUPPORT && e.evidence >= STRONG_EVIDENCE) continue;
      const parts = new Set(e.pattern.parts);
      const spans = e.pattern.parts.map((q) => spanOf.get(q)).filter((s): s is [number, number] => !!s);
      const lo = Math.min(e.pattern.total, e.pattern.parts[0]);
      const hi = Math.max(e.pattern.total, e.pattern.parts[e.pattern.parts.length - 1]);
      for (let q = lo + 1; q < hi; q++) {
        if (q === e.pattern.total || parts.has(q) || blankEverywhere(v, q)) continue;
        if (!spans.some(([a, b]) => q >= a && q <= b)) {
          drop.add(patternKey(e.pattern));
          break;
        }
      }
    }
  }
  return evals.filter((e) => !drop.has(patternKey(e.pattern)));
}

function cellOf(v: AxisView, line: number, pos: number): string {
  return v.axis === 'row' ? toA1(line + 1, pos + 1) : toA1(pos + 1, line + 1);
}

function posLabel(v: AxisView, pos: number): string {
  return v.axis === 'row' ? toA1(1, pos + 1).replace(/\d+$/, '') : String(pos + 1);
}

function patternName(v: AxisView, p: Pattern): string {
  return `${v.axis}:${posLabel(v, p.total)}=${p.parts.map((q) => posLabel(v, q)).join('+')}`;
}

/**
 * A two-part sum that reads better as a difference. Across columns, a computed column sits to the
 * right of its operands (Budget | Utfall | Diff: Budget = Utfall + Diff means Diff = Budget − Utfall),
 * so when the rightmost of the three is a part, it is the result. Otherwise a part that takes both
 * signs while the total and the other part keep theirs is a deviation (Diff = a − b).
 */
function differencePart(v: AxisView, e: Evaluation): number {
  if (e.pattern.parts.length !== 2) return -1;
  const [a, b] = e.pattern.parts;
  if (v.axis === 'row' && b > e.pattern.total) return b;
  const mixed = (q: number): boolean => {
    let pos = false;
    let neg = false;
    for (let l = e.from; l <= e.to; l++) {
      if (e.status[l] < EXACT) continue;
      const i = l * v.lineStride + q * v.posStride;
      if (v.m.kind[i] !== NUM) continue;
      if (v.m.value[i] > 0) pos = true;
      else if (v.m.value[i] < 0) neg = true;
    }
    return pos && neg;
  };
  const ma = mixed(a);
  const mb = mixed(b);
  if (ma === mb || mixed(e.pattern.total)) return -1;
  return ma ? a : b;
}

/**
 * Whether a line that breaks a sum could be a sum at all. A total below its largest part when every
 * figure has one sign, or equal to the parts' average, is an average, a share or a ratio printed in
 * the total row (a percent column beside the amounts): the sum does not apply there, it is not wrong.
 */
function additiveLine(v: AxisView, p: Pattern, l: number): boolean {
  const { kind, value } = v.m;
  const at = (q: number): number => l * v.lineStride + q * v.posStride;
  const t = value[at(p.total)];
  let max = 0;
  let sum = 0;
  let n = 0;
  let pos = t >= 0;
  let neg = t <= 0;
  for (const q of p.parts) {
    if (kind[at(q)] !== NUM) continue;
    const x = value[at(q)];
    n++;
    sum += x;
    if (Math.abs(x) > max) max = Math.abs(x);
    if (x < 0) pos = false;
    if (x > 0) neg = false;
  }
  if (n === 0) return true;
  if ((pos || neg) && Math.abs(t) < max) return false;
  if (n >= 2 && Math.abs(t - sum / n) <= 1e-6 * Math.max(1, Math.abs(t)) + 0.005 * Math.abs(sum / n)) return false;
  return true;
}

function instances(sheet: string, v: AxisView, e: Evaluation, opts: typeof DEFAULTS): Relation[] {
  const m: NumberMatrix = v.m;
  const out: Relation[] = [];
  const name = patternName(v, e.pattern);
  const reportBreaks = e.support >= opts.minSupportForBreak && e.evidence >= opts.minEvidenceForBreak;
  const diff = differencePart(v, e);
  const support = Math.round(e.support * 1000) / 1000;
  for (let l = e.from; l >= 0 && l <= e.to; l++) {
    const st = e.status[l];
    if (st === NA) continue;
    if (st === BREAK && (!reportBreaks || !additiveLine(v, e.pattern, l))) continue;
    if (opts.skipTrivial && st !== BREAK && st < EXACT) continue;
    let holds: RelationHolds = st === BREAK ? 'no' : st === ROUNDED ? 'rounding' : 'yes';
    const base = l * v.lineStride;
    const at = (q: number): number => base + q * v.posStride;
    const terms: RelationTerm[] = [];
    const blanks: string[] = [];
    let dmax = m.decimals[at(e.pattern.total)];
    let n = 0;
    let sum = 0;
    for (const q of e.pattern.parts) {
      const i = at(q);
      if (m.kind[i] !== NUM) {
        blanks.push(cellOf(v, l, q));
        continue;
      }
      n++;
      sum += m.value[i];
      if (m.decimals[i] > dmax) dmax = m.decimals[i];
      terms.push({ cell: cellOf(v, l, q), sign: 1 });
    }
    const tv = m.value[at(e.pattern.total)];
    const tolerance = roundingTolerance(dmax, n, m.decimals[at(e.pattern.total)]);
    // A break within the rounding of a total printed coarser than its parts is rounding after all.
    if (holds === 'no' && Math.abs(sum - tv) <= tolerance + 1e-9 * Math.max(1, Math.abs(tv))) holds = 'rounding';
    const rel: Relation = {
      sheet,
      total: cellOf(v, l, e.pattern.total),
      terms,
      holds,
      support,
      axis: v.axis,
      kind: 'sum',
      blanks,
      value: tv,
      computed: sum,
      tolerance: holds === 'yes' && Math.abs(sum - tv) < 1e-9 ? 0 : tolerance,
      pattern: name,
      evidence: e.evidence,
      breaks: e.breaks,
    };
    if (diff >= 0 && m.kind[at(diff)] === NUM) {
      const other = e.pattern.parts.find((q) => q !== diff)!;
      rel.kind = 'difference';
      rel.total = cellOf(v, l, diff);
      rel.value = m.value[at(diff)];
      rel.computed = tv - (m.kind[at(other)] === NUM ? m.value[at(other)] : 0);
      rel.terms = [{ cell: cellOf(v, l, e.pattern.total), sign: 1 }];
      if (m.kind[at(other)] === NUM) rel.terms.push({ cell: cellOf(v, l, other), sign: -1 });
      rel.blanks = blanks;
    }
    out.push(rel);
  }
  return out;
}

/** The sum form of a relation (what AggreCol scores): a difference t = a − b becomes a = t + b. */
export function asSum(r: Relation): SumForm {
  const neg = r.terms.filter((t) => t.sign < 0).map((t) => t.cell);
  const pos = r.terms.filter((t) => t.sign > 0).map((t) => t.cell);
  // A difference total = a − b is the sum a = total + b, also when b is empty (then a = total).
  if (r.kind === 'difference' && pos.length === 1) return { total: pos[0], parts: [r.total, ...neg] };
  if (neg.length === 0) return { total: r.total, parts: pos };
  if (pos.length === 1) return { total: pos[0], parts: [r.total, ...neg] };
  return { total: r.total, parts: [...pos, ...neg] };
}
