import { BLANK, NUM, TEXT, roundingTolerance, type NumberMatrix } from './numbers';
import type { RelationAxis } from './types';

/**
 * One axis of a sheet seen as lines of positions. For the 'column' axis a line is a column and the
 * positions are its rows (a total row = a block of rows, in every column); for the 'row' axis a line
 * is a row and the positions are its columns (a total column = some other columns, in every row).
 */
export interface AxisView {
  axis: RelationAxis;
  m: NumberMatrix;
  lines: number;
  positions: number;
  lineStride: number;
  posStride: number;
  /** Positions that never take part: years, running numbers, ids (see nonAdditivePositions). */
  excluded: Uint8Array;
  /**
   * The first of the positions with the very same figures on every line (a column printed twice):
   * canon[p] = p unless p repeats an earlier position.
   */
  canon: Int32Array;
  /** Lines that are headers of years (every figure an integer 1900–2100): never checked. */
  yearLines: Uint8Array;
}

export function axisView(m: NumberMatrix, axis: RelationAxis): AxisView {
  const v: AxisView =
    axis === 'row'
      ? { axis, m, lines: m.rows, positions: m.cols, lineStride: m.cols, posStride: 1, excluded: new Uint8Array(m.cols), canon: new Int32Array(0), yearLines: new Uint8Array(0) }
      : { axis, m, lines: m.cols, positions: m.rows, lineStride: 1, posStride: m.cols, excluded: new Uint8Array(m.rows), canon: new Int32Array(0), yearLines: new Uint8Array(0) };
  v.excluded = nonAdditivePositions(v);
  v.canon = duplicatePositions(v);
  v.yearLines = yearLines(v);
  return v;
}

function yearLines(v: AxisView): Uint8Array {
  const out = new Uint8Array(v.lines);
  const { kind, value } = v.m;
  for (let l = 0; l < v.lines; l++) {
    let n = 0;
    let years = 0;
    for (let p = 0; p < v.positions; p++) {
      const i = l * v.lineStride + p * v.posStride;
      if (kind[i] !== NUM) continue;
      n++;
      const x = value[i];
      if (Number.isInteger(x) && x >= 1900 && x <= 2100) years++;
    }
    if (n >= 2 && years === n) out[l] = 1;
  }
  return out;
}

function duplicatePositions(v: AxisView): Int32Array {
  const canon = new Int32Array(v.positions);
  const seen = new Map<string, number>();
  const { kind, value } = v.m;
  for (let p = 0; p < v.positions; p++) {
    canon[p] = p;
    let key = '';
    let nonzero = 0;
    for (let l = 0; l < v.lines; l++) {
      const i = l * v.lineStride + p * v.posStride;
      if (kind[i] === NUM) {
        key += `${l}:${value[i]};`;
        if (value[i] !== 0) nonzero++;
      } else if (kind[i] === TEXT) key += `${l}:t;`;
    }
    if (nonzero < 2) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, p);
    else canon[p] = first;
  }
  return canon;
}

/**
 * The same pattern with every part that repeats an earlier position replaced by that position: of
 * parts scattered over the table, a column printed twice is taken where it first appears (within a
 * block, contiguity says which rows are meant, so blocks are left as they are).
 */
export function canonical(v: AxisView, pat: Pattern): Pattern {
  let changed = false;
  const parts = new Set<number>();
  for (const q of pat.parts) {
    const c = v.canon[q];
    if (c !== q && c !== pat.total && !pat.parts.includes(c)) {
      parts.add(c);
      changed = true;
    } else parts.add(q);
  }
  return changed ? { total: pat.total, parts: [...parts].sort((a, b) => a - b) } : pat;
}

/**
 * Work units left to spend (search steps, walk steps, parts copied) and spent so far: what bounds the
 * reading of one sheet however large it is.
 */
export interface Work {
  left: number;
  used: number;
  /** Set when some of the reading was left out for want of work. */
  cut?: boolean;
  /** Sets of parts the subset search has found so far. */
  found?: number;
}

/** A pattern: in every line where it applies, position `total` = Σ positions `parts` (sorted). */
export interface Pattern {
  total: number;
  parts: number[];
}

export const patternKey = (p: Pattern): string => `${p.total}:${p.parts.join(',')}`;

/** Per-line outcome of a pattern. */
export const NA = -1;
export const BREAK = 0;
export const TRIVIAL = 1;
export const EXACT = 2;
export const ROUNDED = 3;

export interface Evaluation {
  pattern: Pattern;
  status: Int8Array;
  /** Lines [from, to] where the pattern is read (its evidence, widened over trivial lines). */
  from: number;
  to: number;
  evidence: number;
  /** Lines with evidence where the pattern holds exactly (not only within rounding). */
  exact: number;
  /**
   * How unlikely the evidence is by chance: per line that holds, log10(1 + |total| / resolution), where
   * the resolution is the rounding tolerance (at least one unit of the last printed digit). 1 + 1 = 2
   * says little; 1 234 + 5 678 = 6 912 says a lot.
   */
  score: number;
  breaks: number;
  support: number;
}

/**
 * Years (1900–2100 integers throughout), running numbers and ids (a constant step from line to line)
 * add up by accident (row n: 2n = n + n); they never make a total or a part.
 */
function nonAdditivePositions(v: AxisView): Uint8Array {
  const out = new Uint8Array(v.positions);
  const { kind, value } = v.m;
  for (let p = 0; p < v.positions; p++) {
    let n = 0;
    let years = 0;
    let steps = 0;
    let sameStep = 0;
    let prev = NaN;
    let step = NaN;
    for (let l = 0; l < v.lines; l++) {
      const i = l * v.lineStride + p * v.posStride;
      if (kind[i] !== NUM) continue;
      const x = value[i];
      n++;
      if (Number.isInteger(x) && x >= 1900 && x <= 2100) years++;
      if (!Number.isNaN(prev)) {
        const s = x - prev;
        steps++;
        if (s !== 0 && s === step) sameStep++;
        step = s;
      }
      prev = x;
    }
    if (n >= 2 && years === n) out[p] = 1;
    else if (steps >= 3 && sameStep >= 0.8 * (steps - 1)) out[p] = 1;
  }
  return out;
}

const EPS = 1e-9;
/**
 * One line never proves a pattern alone beyond this: figures derived by formula (a monthly 7 083,333
 * = 85 000 / 12) carry many decimals but no more chance of being a coincidence.
 */
const MAX_INFO = 4;

/** Check a pattern on every line. */
export function evaluate(v: AxisView, pat: Pattern): Evaluation {
  const { kind, value, decimals } = v.m;
  const status = new Int8Array(v.lines).fill(NA);
  const info = new Float64Array(v.lines);
  const { total: t, parts } = pat;
  for (let l = 0; l < v.lines; l++) {
    if (v.yearLines[l]) continue;
    const base = l * v.lineStride;
    const ti = base + t * v.posStride;
    if (kind[ti] !== NUM) continue;
    const tv = value[ti];
    let sum = 0;
    let abs = Math.abs(tv);
    let nNum = 0;
    let nonzero = 0;
    let dmax = decimals[ti];
    let text = false;
    for (let k = 0; k < parts.length; k++) {
      const i = base + parts[k] * v.posStride;
      const kk = kind[i];
      if (kk === BLANK) continue;
      if (kk === TEXT) {
        text = true;
        break;
      }
      const x = value[i];
      sum += x;
      abs += Math.abs(x);
      nNum++;
      if (x !== 0) nonzero++;
      if (decimals[i] > dmax) dmax = decimals[i];
    }
    if (text) continue;
    if (nNum === 0) {
      if (tv === 0) status[l] = TRIVIAL;
      continue;
    }
    const diff = Math.abs(sum - tv);
    const exact = diff <= EPS * Math.max(1, abs);
    const tol = roundingTolerance(dmax, nNum);
    const holds = exact || diff <= tol + EPS * Math.max(1, abs);
    if (!holds) status[l] = BREAK;
    else if (nonzero <= 1) status[l] = TRIVIAL;
    else if (exact) {
      status[l] = EXACT;
      info[l] = Math.min(MAX_INFO, Math.log10(1 + Math.abs(tv) / Math.pow(10, -dmax)));
    } else if (Math.abs(tv) >= 10 * tol) {
      status[l] = ROUNDED;
      info[l] = Math.min(MAX_INFO, Math.log10(1 + Math.abs(tv) / tol));
    }
    // Off by rounding on a total hardly larger than the tolerance (1 + 1 printed as 1 in whole units):
    // consistent, but neither evidence nor a break.
    else status[l] = TRIVIAL;
  }
  let first = -1;
  let last = -1;
  for (let l = 0; l < v.lines; l++) {
    if (status[l] >= EXACT) {
      if (first < 0) first = l;
      last = l;
    }
  }
  let evidence = 0;
  let exact = 0;
  let score = 0;
  let breaks = 0;
  if (first >= 0) {
    // Widen over lines that hold trivially (all zero) or do not apply, and over one break at each
    // end (a wrong figure in the last column is still a break of the table's pattern); two breaks
    // side by side at an end are where the pattern stops (another table beside this one).
    const widen = (from: number, step: number): number => {
      let at = from;
      let passed = false;
      for (let l = from + step; l >= 0 && l < v.lines; l += step) {
        if (status[l] === BREAK) {
          const next = l + step;
          if (passed || (next >= 0 && next < v.lines && status[next] === BREAK)) break;
          passed = true;
        }
        at = l;
      }
      return at;
    };
    first = widen(first, -1);
    last = widen(last, 1);
    // The same figures on many lines (0,33 + 0,33 = 0,67 in a table of small counts) are one piece
    // of evidence, not many.
    const seen = new Set<string>();
    for (let l = first; l <= last; l++) {
      if (status[l] >= EXACT) {
        evidence++;
        if (status[l] === EXACT) exact++;
        const key = figuresKey(v, l, pat);
        if (!seen.has(key)) {
          seen.add(key);
          score += info[l];
        }
      } else if (status[l] === BREAK) breaks++;
    }
  }
  return { pattern: pat, status, from: first, to: last, evidence, exact, score, breaks, support: evidence + breaks ? evidence / (evidence + breaks) : 0 };
}

/**
 * The shape of a line's figures: each part as a share of the total. Lines in proportion to each other
 * (a monthly column that is the yearly salary / 12) repeat one coincidence, so they count once.
 */
function figuresKey(v: AxisView, l: number, pat: Pattern): string {
  const { value } = v.m;
  const base = l * v.lineStride;
  const t = value[base + pat.total * v.posStride];
  return pat.parts.map((q) => (value[base + q * v.posStride] / t).toPrecision(2)).join(',');
}

/** See adjacentRuns: after this many totals walked in vain, a mixed-sign line's walks reach this far. */
const FUTILE_WALKS = 100;
const FUTILE_REACH = 48;

/**
 * Adjacent runs: from each total outward, the parts that follow it one by one (empty cells count as
 * 0), every prefix that adds up to the total. With `units`, a known sub-total stands for its whole
 * block (jump[p] = the position after the block entered at p, unit[p] = the sub-total's position).
 */
export function adjacentRuns(
  v: AxisView,
  lines: number[],
  maxWalk: number,
  emit: (pat: Pattern, line: number) => void,
  jumps?: { dir: number; unit: Int32Array; next: Int32Array }[],
  work: Work = { left: Infinity, used: 0 },
): void {
  const { kind, value, decimals } = v.m;
  const ps = v.posStride;
  const pos: number[] = [];
  for (const l of lines) {
    if (work.left <= 0) return;
    const base = l * v.lineStride;
    let nonneg = true;
    let nonpos = true;
    for (let p = 0; p < v.positions; p++) {
      const i = base + p * ps;
      if (kind[i] === NUM && value[i] < 0) nonneg = false;
      if (kind[i] === NUM && value[i] > 0) nonpos = false;
    }
    work.left -= v.positions;
    work.used += v.positions;
    // A line of mixed signs cannot cut its walks short by the sum alone: once many of its figures
    // were walked from in full without a single run adding up (a ledger's column of amounts), the
    // rest are walked only as far as the subset search looks.
    let walked = 0;
    let emitted = 0;
    for (let t = 0; t < v.positions; t++) {
      if (work.left <= 0) return;
      const ti = base + t * ps;
      if (kind[ti] !== NUM || v.excluded[t]) continue;
      const tv = value[ti];
      if (tv === 0) continue;
      const reach = !nonneg && !nonpos && walked >= FUTILE_WALKS && emitted === 0 ? Math.min(maxWalk, FUTILE_REACH) : maxWalk;
      walked++;
      for (let dir = 1; dir >= -1; dir -= 2) {
        const jump = jumps?.find((j) => j.dir === dir);
        pos.length = 0;
        let sum = 0;
        let nNum = 0;
        let nonzero = 0;
        let dmax = decimals[ti];
        // Half a unit of the last printed digit (roundingTolerance without a Math.pow per step).
        let half = 0.5 * Math.pow(10, -dmax);
        let steps = 0;
        let jumped = false;
        let p = t + dir;
        while (p >= 0 && p < v.positions && steps < reach && work.left > 0) {
          steps++;
          work.left--;
          work.used++;
          let q = p;
          let next = p + dir;
          if (jump && jump.unit[p] >= 0) {
            q = jump.unit[p];
            next = jump.next[p];
            jumped = true;
          }
          const i = base + q * ps;
          const k = kind[i];
          if (k === TEXT || v.excluded[q]) break;
          pos.push(q);
          p = next;
          if (k === BLANK) continue;
          const x = value[i];
          sum += x;
          nNum++;
          if (x !== 0) nonzero++;
          if (decimals[i] > dmax) {
            dmax = decimals[i];
            half = 0.5 * Math.pow(10, -dmax);
          }
          if (nonzero >= 2 && x !== 0 && (!jump || jumped)) {
            const diff = Math.abs(sum - tv);
            if (diff <= half * Math.max(1, nNum) + EPS * Math.max(1, Math.abs(tv))) {
              // Copied, sorted and keyed by the caller: a few units per part.
              work.left -= 4 * pos.length;
              work.used += 4 * pos.length;
              emitted++;
              emit({ total: t, parts: [...pos].sort((a, b) => a - b) }, l);
            }
          }
          if (nonneg && tv > 0 && sum > tv + half * (nNum + 8)) break;
          // The same for a line of costs printed negative (a ledger): the run can only move away.
          if (nonpos && tv < 0 && sum < tv - half * (nNum + 8)) break;
        }
      }
    }
  }
}

/**
 * Any subset of the positions on one side of a total (up to maxDist away) that adds up to the total on
 * a few sample lines at once: a depth-first search that includes or leaves out each position, nearest
 * first, cut off as soon as what is left on some sample line can no longer reach its total.
 */
export function subsetSearch(
  v: AxisView,
  t: number,
  dir: number,
  samples: number[],
  maxDist: number,
  budget: number,
  emit: (pat: Pattern) => void,
  jump?: { unit: Int32Array; next: Int32Array },
  work: Work = { left: Infinity, used: 0 },
): void {
  const { kind, value, decimals } = v.m;
  const ps = v.posStride;
  const K = samples.length;
  if (work.left <= 0) return;
  // Gathering the candidates reads maxDist positions on every sample line.
  work.used += maxDist * K;
  const cand: number[] = [];
  let jumped = false;
  // dir 0: pairs with one part on each side of the total (t = a + b read from a − t = … : the
  // annotators' sum form of a difference whose result sits between its operands).
  for (const d0 of dir === 0 ? [-1, 1] : [dir]) {
    for (let q = t + d0, d = 0; q >= 0 && q < v.positions && d < maxDist; d++) {
      let p = q;
      q += d0;
      if (jump && jump.unit[p] >= 0) {
        q = jump.next[p];
        p = jump.unit[p];
        jumped = true;
      }
      if (v.excluded[p]) continue;
      let text = false;
      let nonzero = false;
      for (const l of samples) {
        const i = l * v.lineStride + p * ps;
        if (kind[i] === TEXT) text = true;
        else if (kind[i] === NUM && value[i] !== 0) nonzero = true;
      }
      if (!text && nonzero) cand.push(p);
    }
  }
  const m = cand.length;
  // With blocks as units but none within reach, this search was already made without them.
  if (m < 2 || (jump && !jumped)) return;
  const vals: Float64Array[] = [];
  const sufPos: Float64Array[] = [];
  const sufNeg: Float64Array[] = [];
  const target = new Float64Array(K);
  const unit = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    const base = samples[k] * v.lineStride;
    const a = new Float64Array(m);
    let dmax = decimals[base + t * ps];
    for (let j = 0; j < m; j++) {
      const i = base + cand[j] * ps;
      a[j] = kind[i] === NUM ? value[i] : 0;
      if (kind[i] === NUM && decimals[i] > dmax) dmax = decimals[i];
    }
    const sp = new Float64Array(m + 1);
    const sn = new Float64Array(m + 1);
    for (let j = m - 1; j >= 0; j--) {
      sp[j] = sp[j + 1] + (a[j] > 0 ? a[j] : 0);
      sn[j] = sn[j + 1] + (a[j] < 0 ? a[j] : 0);
    }
    vals.push(a);
    sufPos.push(sp);
    sufNeg.push(sn);
    target[k] = value[base + t * ps];
    unit[k] = Math.pow(10, -dmax);
  }
  const res = Float64Array.from(target);
  const close = (k: number, n: number): boolean =>
    Math.abs(res[k]) <= 0.5 * unit[k] * Math.max(1, n) + EPS * Math.max(1, Math.abs(target[k]));
  // Pairs first, all of them: most sums of two parts are differences read as sums (a = t + b).
  // `left` keeps the search's own step count (its cap, as tuned), `used` what the steps cost.
  work.left -= (m * m) / 8;
  work.used += (m * m * K) / 2;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      if (dir === 0 && (cand[a] - t) * (cand[b] - t) > 0) continue;
      let ok = true;
      for (let k = 0; k < K && ok; k++) {
        res[k] = target[k] - vals[k][a] - vals[k][b];
        ok = close(k, 2);
      }
      if (ok) {
        work.found = (work.found ?? 0) + 1;
        emit({ total: t, parts: [cand[a], cand[b]].sort((x, y) => x - y) });
      }
    }
  }
  res.set(target);
  if (dir === 0) return;
  // Then larger sets, depth first from each nearest part in turn, each start with its own budget so
  // that one crowded start cannot starve the others.
  const chosen: number[] = [];
  let nodes = 0;
  let found = 0;
  const dfs = (j: number): void => {
    if (++nodes > budget || found > 64) return;
    work.left--;
    work.used += K;
    const n = chosen.length;
    let slack = true;
    for (let k = 0; k < K; k++) {
      const tol = 0.5 * unit[k] * (m + 1) + EPS * Math.abs(target[k]);
      if (res[k] - tol > sufPos[k][j] || res[k] + tol < sufNeg[k][j]) return;
      if (slack && !close(k, n)) slack = false;
    }
    if (slack && n >= 3) {
      found++;
      work.found = (work.found ?? 0) + 1;
      emit({ total: t, parts: chosen.slice().sort((a, b) => a - b) });
    }
    if (j === m) return;
    chosen.push(cand[j]);
    for (let k = 0; k < K; k++) res[k] -= vals[k][j];
    dfs(j + 1);
    for (let k = 0; k < K; k++) res[k] += vals[k][j];
    chosen.pop();
    dfs(j + 1);
  };
  const perStart = Math.max(32, Math.floor(budget / m));
  for (let j0 = 0; j0 < m - 2 && found <= 64; j0++) {
    nodes = 0;
    budget = perStart;
    chosen.push(cand[j0]);
    for (let k = 0; k < K; k++) res[k] -= vals[k][j0];
    dfs(j0 + 1);
    for (let k = 0; k < K; k++) res[k] += vals[k][j0];
    chosen.pop();
  }
}

/**
 * A set of parts is identifiable only if no part could be swapped for another position with the same
 * figure on every line where the pattern holds (twelve equal monthly amounts: any twelve of them
 * would do, so none of the choices is the table's arithmetic).
 */
export function identifiable(v: AxisView, e: Evaluation, lo: number, hi: number): boolean {
  const { kind, value } = v.m;
  const parts = new Set(e.pattern.parts);
  const lines: number[] = [];
  for (let l = e.from; l >= 0 && l <= e.to; l++) if (e.status[l] >= EXACT) lines.push(l);
  for (const p of e.pattern.parts) {
    for (let q = Math.max(0, lo); q <= Math.min(v.positions - 1, hi); q++) {
      if (parts.has(q) || q === e.pattern.total || v.canon[q] === v.canon[p]) continue;
      let same = true;
      for (const l of lines) {
        const a = l * v.lineStride + p * v.posStride;
        const b = l * v.lineStride + q * v.posStride;
        if (kind[b] !== NUM || value[a] !== value[b]) {
          same = false;
          break;
        }
      }
      if (same) return false;
    }
  }
  return true;
}
