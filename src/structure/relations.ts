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
  evaluate,
  patternKey,
  subsetSearch,
  type AxisView,
  type Evaluation,
  type Pattern,
} from './patterns';
import type { InferOptions, Relation, RelationAxis, RelationHolds, RelationTerm, SumForm } from './types';

const DEFAULTS = { minSupport: 0.75, minSupportForBreak: 0.85, minEvidenceForBreak: 3, skipTrivial: false };

/** How far a block may reach from its total, in positions (rows for a column sum, columns for a row sum). */
const MAX_WALK = 400;
const MAX_DIST = 48;
const DFS_BUDGET = 6000;
/** Evidence (see Evaluation.score) a pattern needs: an adjacent block, and any other set of parts. */
const MIN_SCORE = 4;
const MIN_SCORE_SUBSET = 6;

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
  if (m.rows === 0 || m.cols === 0) return [];
  const out: Relation[] = [];
  for (const axis of ['column', 'row'] as const) {
    const v = axisView(m, axis);
    for (const e of inferPatterns(v, opts.minSupport)) out.push(...instances(sheet.name, v, e, opts));
  }
  return out;
}

/** The established patterns of one axis. */
export function inferPatterns(v: AxisView, minSupport = DEFAULTS.minSupport): Evaluation[] {
  const { kind } = v.m;
  const lines: number[] = [];
  for (let l = 0; l < v.lines; l++) {
    let n = 0;
    for (let p = 0; p < v.positions && n < 3; p++) if (kind[l * v.lineStride + p * v.posStride] === NUM) n++;
    if (n >= 3) lines.push(l);
  }
  if (lines.length === 0) return [];
  const cands = new Map<string, Candidate>();
  const add = (pattern: Pattern, subset: boolean): void => {
    const key = patternKey(pattern);
    const c = cands.get(key);
    if (!c) cands.set(key, { pattern, subset });
    else if (!subset) c.subset = false;
  };
  adjacentRuns(v, lines, MAX_WALK, (p) => add(p, false));

  // The subset search needs several sample lines to rule out coincidences.
  for (let t = 0; t < v.positions; t++) {
    if (v.excluded[t]) continue;
    const eligible = eligibleLines(v, lines, t);
    if (eligible.length < 3) continue;
    for (const samples of sampleGroups(eligible)) {
      for (const dir of [1, -1]) {
        subsetSearch(v, t, dir, samples, MAX_DIST, DFS_BUDGET, (p) => {
          add(p, true);
          const filled = fillGaps(v, p);
          if (filled) add(filled, true);
        });
      }
    }
  }

  const accepted = new Map<string, Evaluation>();
  const judge = (c: Candidate): void => {
    const key = patternKey(c.pattern);
    if (accepted.has(key)) return;
    const e = evaluate(v, c.pattern);
    if (e.support < minSupport) return;
    const need = c.subset && !isBlock(v, c.pattern) ? MIN_SCORE_SUBSET : MIN_SCORE;
    if (e.score < need) return;
    accepted.set(key, e);
  };
  for (const c of cands.values()) judge(c);

  // Sub-totals stand for their blocks: walk again with each established block as one unit.
  for (let round = 0; round < 2 && accepted.size > 0; round++) {
    const before = accepted.size;
    const jumps = [1, -1].map((dir) => blockJumps(v, [...accepted.values()], dir));
    const fresh = new Map<string, Candidate>();
    adjacentRuns(v, lines, MAX_WALK, (p) => {
      const key = patternKey(p);
      if (!cands.has(key) && !fresh.has(key)) fresh.set(key, { pattern: p, subset: false });
    }, jumps);
    for (let t = 0; t < v.positions; t++) {
      if (v.excluded[t]) continue;
      const eligible = eligibleLines(v, lines, t);
      if (eligible.length < 3) continue;
      for (const samples of sampleGroups(eligible)) {
        for (const j of jumps) {
          subsetSearch(v, t, j.dir, samples, MAX_DIST, DFS_BUDGET, (p) => {
            const key = patternKey(p);
            if (!cands.has(key) && !fresh.has(key)) fresh.set(key, { pattern: p, subset: true });
          }, j);
        }
      }
    }
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
function fillGaps(v: AxisView, p: Pattern): Pattern | undefined {
  const lo = p.parts[0];
  const hi = p.parts[p.parts.length - 1];
  const set = new Set(p.parts);
  const extra: number[] = [];
  for (let q = lo + 1; q < hi; q++) {
    if (set.has(q) || q === p.total || v.excluded[q]) continue;
    if (zeroOrBlankEverywhere(v, q)) extra.push(q);
  }
  if (extra.length === 0) return undefined;
  return { total: p.total, parts: [...p.parts, ...extra].sort((a, b) => a - b) };
}

function zeroOrBlankEverywhere(v: AxisView, q: number): boolean {
  const { kind, value } = v.m;
  for (let l = 0; l < v.lines; l++) {
    const i = l * v.lineStride + q * v.posStride;
    if (kind[i] === NUM && value[i] !== 0) return false;
    if (kind[i] !== NUM && kind[i] !== 0) return false;
  }
  return true;
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

function blankEverywhere(v: AxisView, q: number): boolean {
  for (let l = 0; l < v.lines; l++) if (v.m.kind[l * v.lineStride + q * v.posStride] === NUM) return false;
  return true;
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
      if (s === a.pattern.total || P.has(s) || b.pattern.parts.length < 2) continue;
      if (!b.pattern.parts.every((q) => P.has(q))) continue;
      drop.add(patternKey(a.pattern));
      break;
    }
  }
  for (const list of byTotal.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a === b || b.pattern.parts.length <= a.pattern.parts.length) continue;
        const B = new Set(b.pattern.parts);
        if (!a.pattern.parts.every((q) => B.has(q))) continue;
        const extra = b.pattern.parts.filter((q) => !a.pattern.parts.includes(q));
        if (extra.every((q) => zeroOrBlankEverywhere(v, q)) && b.evidence >= a.evidence) drop.add(patternKey(a.pattern));
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
 * A two-part sum whose one part takes both signs across the lines is a difference: in
 * Budget = Utfall + Diff, Diff goes up and down while Budget and Utfall keep their sign; the relation
 * then reads Diff = Budget − Utfall.
 */
function differencePart(v: AxisView, e: Evaluation): number {
  if (e.pattern.parts.length !== 2) return -1;
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
  const [a, b] = e.pattern.parts;
  const ma = mixed(a);
  const mb = mixed(b);
  if (ma === mb || mixed(e.pattern.total)) return -1;
  return ma ? a : b;
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
    if (st === BREAK && !reportBreaks) continue;
    if (opts.skipTrivial && st !== BREAK && st < EXACT) continue;
    const holds: RelationHolds = st === BREAK ? 'no' : st === ROUNDED ? 'rounding' : 'yes';
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
      tolerance: holds === 'yes' && Math.abs(sum - tv) < 1e-9 ? 0 : roundingTolerance(dmax, n),
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
  if (neg.length === 0) return { total: r.total, parts: pos };
  if (pos.length === 1) return { total: pos[0], parts: [r.total, ...neg] };
  return { total: r.total, parts: [...pos, ...neg] };
}
