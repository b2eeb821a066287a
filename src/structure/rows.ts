import { classify, unitOf } from '../rules/tolerance';

/**
 * unitOf of a printed figure's decimals, from a table for the usual whole 0–10 (the same
 * numbers unitOf gives, computed by it once): the sum search asks it for every figure at every
 * block length tried, and a power per figure was a good part of its time.
 */
const UNITS: readonly number[] = Array.from({ length: 11 }, (_, d) => unitOf(d));

function unitFor(decimals: number): number {
  const u = UNITS[decimals];
  return u === undefined ? unitOf(decimals) : u;
}

/**
 * The row hierarchy of a table: which rows are totals of which others, whether totals come
 * after their parts (Drift: Verksamhetens kostnader under the cost groups) or before them (a
 * board's total over its units), and what the labels say (account codes, "Summa …", "varav").
 *
 * Numbers decide, words only name: a row the vocabulary does not know is part of the total its
 * numbers add up to, and a row called "Summa" whose numbers do not add up is no total.
 */

export interface RowLabel {
  /** The label as printed. */
  text: string;
  /** Account or activity code in front of the label ("511 Vård o oms. ord. boend" → "511"). */
  code?: string;
  /** The label without code, "Summa"/"varav" lead. */
  name: string;
  /** "Summa …", "Totalt …", "Total", "S:a …", "… totalt". */
  total: boolean;
  /** "varav …", "därav …", "- varav": a part shown, not a sibling. */
  partOf: boolean;
}

const TOTAL_LEAD = /^(summa|s:a|totalt|total|tot\.|totala)\b[\s:.]*/i;
const TOTAL_TAIL = /\s+(totalt|total|summa)$/i;
const PART_LEAD = /^[-–]?\s*(varav|därav)\b[\s:]*/i;
const CODE = /^(\d{2,6}|[A-ZÅÄÖ]?\d{1,4}(?:[.:]\d{1,4}){0,2})\s+(?=\p{L})/u;

export function readRowLabel(raw: string): RowLabel {
  const text = raw.replace(/\s+/g, ' ').trim();
  let name = text;
  let code: string | undefined;
  const c = CODE.exec(name);
  // A year in front ("2024 års resultat") is no code.
  if (c && !/^(19|20)\d{2}$/.test(c[1])) {
    code = c[1];
    name = name.slice(c[0].length);
  }
  let partOf = false;
  const p = PART_LEAD.exec(name);
  if (p) {
    partOf = true;
    name = name.slice(p[0].length);
  }
  let total = false;
  const t = TOTAL_LEAD.exec(name);
  if (t) {
    total = true;
    name = name.slice(t[0].length);
  } else if (TOTAL_TAIL.test(name)) {
    total = true;
    name = name.replace(TOTAL_TAIL, '');
  }
  const out: RowLabel = { text, name: name.trim() || text, total, partOf };
  if (code) out.code = code;
  return out;
}

/** One cell of the table's body: its value (null = empty) and printed decimals. */
export interface BodyCell {
  value: number | null;
  decimals: number;
}

/** A row found to be the sum of other rows. */
export interface RowSum {
  /** Index of the total row. */
  total: number;
  /** Indexes of its parts (direct children; a subtotal stands for its own parts). */
  parts: number[];
  /** The parts are above the total ('after': total printed after its parts) or below it. */
  placement: 'after' | 'before';
  /** Columns where the sum could be checked, and of those where it holds (exactly or by rounding). */
  checked: number[];
  holds: number[];
  rounding: number[];
  /** Columns where it breaks. */
  breaks: number[];
  /** holds / checked. */
  support: number;
  /** Columns where it holds closely (within one unit, or half the rounding allowance). */
  strong: number[];
}

export interface RowHierarchy {
  sums: RowSum[];
  /** Parent (index of the total row) of each row, when it is a part of one. */
  parent: (number | undefined)[];
  /** Totals printed before (board total first) or after their parts; 'mixed' when both occur. */
  placement?: 'after' | 'before' | 'mixed';
}

export interface HierarchyOptions {
  /** Columns to test (e.g. amounts; percentages never add up). Default: all. */
  columns?: number[];
  /** Least share of checkable columns where a sum must hold. */
  minSupport?: number;
  /** Rows that cannot be totals or parts (headings, notes). */
  skip?: ReadonlySet<number>;
  /**
   * Rows whose label or format marks them as totals ("Summa …", "Totalt", bold): their blocks are
   * looked for beyond MAX_BLOCK rows (a Drift per account sums a hundred accounts). Words only
   * widen the search; the numbers still decide whether the row is a total.
   */
  candidates?: ReadonlySet<number>;
  /** Work units the search may spend (one per figure added to a running sum or compared); default 20 M. */
  workLimit?: number;
  /** Receives the work spent, and whether long reaches were cut for want of work. */
  stats?: HierarchyStats;
}

export interface HierarchyStats {
  work: number;
  limit: number;
  /** Rows searched less far up than they would have been (candidates kept to MAX_BLOCK rows, others not searched) because the work ran out. */
  cut: number;
}

/** One row of the block a total is checked against, as running sums per column (k parts so far). */
interface Running {
  sum: Float64Array;
  tol: Float64Array;
  /** The smallest unit of the last printed digit among the parts (the finest precision). */
  minUnit: Float64Array;
  any: Uint8Array;
  nonZero: Uint8Array;
}

function running(width: number): Running {
  return { sum: new Float64Array(width), tol: new Float64Array(width), minUnit: new Float64Array(width), any: new Uint8Array(width), nonZero: new Uint8Array(width) };
}

const MAX_BLOCK = 64;
/** How far up a total marked by its label or format may reach (a whole table's accounts). */
const MAX_CANDIDATE_BLOCK = 5000;
const DEFAULT_WORK = 20_000_000;

/** What the search compares for one k: counts only, no arrays (the arrays are built once, for the best k). */
interface Score {
  checked: number;
  holds: number;
  support: number;
  informative: number;
  strongInformative: number;
}

/** The check of one total against the last k stacked rows, from running sums: counts for choosing k. */
function score(body: BodyCell[][], total: number, cols: number[], run: Running, out: Score): Score {
  let checked = 0;
  let holds = 0;
  let informative = 0;
  let strongInformative = 0;
  const line = body[total];
  for (let x = 0; x < cols.length; x++) {
    const t = line[cols[x]];
    if (!t || t.value === null || !run.any[x]) continue;
    checked++;
    const tUnit = unitFor(t.decimals);
    const tol = run.tol[x] + tUnit / 2;
    const diff = Math.abs(run.sum[x] - t.value);
    // Support must come from columns where the figures are not all zero (0 = 0 + 0 proves nothing).
    const nonZero = run.nonZero[x] === 1 || t.value !== 0;
    // Strong evidence: off by no more than one unit of the last digit, or half what rounding allows.
    if (nonZero && diff <= Math.max(Math.min(tUnit, run.minUnit[x]), tol / 2) + 1e-9) strongInformative++;
    if (classify(diff, tol) !== 'broken') {
      holds++;
      if (nonZero) informative++;
    }
  }
  out.checked = checked;
  out.holds = holds;
  out.support = checked ? holds / checked : 0;
  out.informative = informative;
  out.strongInformative = strongInformative;
  return out;
}

/** How many of the columns have a non-zero figure in one of the rows (a check on zeros only proves nothing). */
export function nonZeroColumns(body: BodyCell[][], rows: number[], cols: number[]): number {
  let n = 0;
  for (const j of cols) {
    for (const r of rows) {
      if ((body[r][j]?.value ?? 0) !== 0) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** The full check of a total against its parts, summed afresh (once per sum found). */
export function sumCheck(body: BodyCell[][], total: number, parts: number[], cols: number[]): Omit<RowSum, 'placement'> {
  const checked: number[] = [];
  const holds: number[] = [];
  const rounding: number[] = [];
  const breaks: number[] = [];
  const strong: number[] = [];
  for (const j of cols) {
    const t = body[total][j];
    if (!t || t.value === null) continue;
    let sum = 0;
    let tol = unitFor(t.decimals) / 2;
    let minUnit = unitFor(t.decimals);
    let anyValue = false;
    for (const p of parts) {
      const c = body[p][j];
      // An empty part in a filled column counts as nothing printed (a dash): 0, no rounding.
      if (!c || c.value === null) continue;
      anyValue = true;
      sum += c.value;
      const u = unitFor(c.decimals);
      tol += u / 2;
      if (u < minUnit) minUnit = u;
    }
    if (!anyValue) continue;
    checked.push(j);
    const a = classify(sum - t.value, tol);
    if (Math.abs(sum - t.value) <= Math.max(minUnit, tol / 2) + 1e-9) strong.push(j);
    if (a === 'broken') breaks.push(j);
    else {
      holds.push(j);
      if (a === 'rounding') rounding.push(j);
    }
  }
  return { total, parts, checked, holds, rounding, breaks, strong, support: checked.length ? holds.length / checked.length : 0 };
}

/** Per column: +1 when every figure is ≥ 0, −1 when every figure is ≤ 0, 0 when both occur; and its coarsest unit. */
function columnSigns(body: BodyCell[][], rows: readonly number[], cols: number[]): { sign: Int8Array; coarsest: Float64Array } {
  const sign = new Int8Array(cols.length);
  const coarsest = new Float64Array(cols.length);
  // A loop, not cols.forEach: the callback is a closure made per call, whose optimized code a full GC drops.
  for (let x = 0; x < cols.length; x++) {
    const j = cols[x];
    let pos = false;
    let neg = false;
    for (const r of rows) {
      const c = body[r][j];
      if (!c || c.value === null) continue;
      if (c.value > 0) pos = true;
      if (c.value < 0) neg = true;
      const u = unitFor(c.decimals);
      if (u > coarsest[x]) coarsest[x] = u;
    }
    sign[x] = pos && neg ? 0 : neg ? -1 : 1;
  }
  return { sign, coarsest };
}

/**
 * Scan in one direction, keeping the rows not yet claimed by a total on a stack: a row equal to
 * the sum of the last k stacked rows (k ≥ 2, the longest that holds best) is their total and
 * takes their place on the stack. Top-down finds totals after their parts; bottom-up, totals
 * before them. The parts are added to running sums one at a time as k grows, so a row costs
 * k × columns work, not k² × columns.
 */
function scan(body: BodyCell[][], order: number[], cols: number[], minSupport: number, placement: 'after' | 'before', opts: HierarchyOptions, stats: HierarchyStats): RowSum[] {
  const stack: number[] = [];
  const sums: RowSum[] = [];
  const run = running(cols.length);
  const scratch: Score = { checked: 0, holds: 0, support: 0, informative: 0, strongInformative: 0 };
  const { sign, coarsest } = columnSigns(body, order, cols);
  for (const r of order) {
    let bestSupport = -1;
    let bestK = 0;
    // A block longer than MAX_BLOCK rows is looked for only under a row marked as a total, and
    // only while work is left: bounded work on sheets of any size.
    let reach = Math.min(stack.length, MAX_BLOCK);
    // A marked total with more rows above it than any block is searched for: if no block within
    // reach adds up, its sum may lie beyond, and that is said (stats.cut), not hidden.
    let capped = false;
    if (opts.candidates?.has(r) && stack.length > MAX_BLOCK) {
      const wanted = Math.min(stack.length, MAX_CANDIDATE_BLOCK);
      if (stats.work + 2 * wanted * cols.length <= stats.limit) {
        reach = wanted;
        capped = stack.length > MAX_CANDIDATE_BLOCK;
      } else stats.cut++;
    }
    if (stats.work + 2 * reach * cols.length > stats.limit && reach > 0) {
      reach = 0;
      stats.cut++;
    }
    run.sum.fill(0);
    run.tol.fill(0);
    run.minUnit.fill(Infinity);
    run.any.fill(0);
    run.nonZero.fill(0);
    const line = body[r];
    let filled = 0;
    for (const j of cols) if (line[j] && line[j].value !== null) filled++;
    for (let k = 1; k <= reach; k++) {
      const p = stack[stack.length - k];
      const row = body[p];
      for (let x = 0; x < cols.length; x++) {
        const c = row[cols[x]];
        // An empty part in a filled column counts as nothing printed (a dash): 0, no rounding.
        if (!c || c.value === null) continue;
        run.any[x] = 1;
        run.sum[x] += c.value;
        const u = unitFor(c.decimals);
        run.tol[x] += u / 2;
        if (u < run.minUnit[x]) run.minUnit[x] = u;
        if (c.value !== 0) run.nonZero[x] = 1;
      }
      stats.work += 2 * cols.length;
      // In a column of one sign (costs all negative) the run only grows away from a total it has
      // passed, beyond what the rounding of more parts could explain: once too many columns are
      // past their totals for any longer block to reach the support, the walk ends (same result).
      if (k >= 2 && filled > 0) {
        let passed = 0;
        for (let x = 0; x < cols.length; x++) {
          const t = line[cols[x]];
          if (!sign[x] || !t || t.value === null) continue;
          const excess = sign[x] * run.sum[x] - Math.abs(t.value);
          if (sign[x] * t.value >= 0 && excess > run.tol[x] + unitFor(t.decimals) / 2 + ((reach - k) * coarsest[x]) / 2 + 1e-9) passed++;
        }
        if ((filled - passed) / filled < minSupport) {
          if (k >= 2) {
            const check = score(body, r, cols, run, scratch);
            const enough = (check.checked === 1 ? check.informative === 1 : check.informative >= 2) && check.strongInformative >= 1;
            if (enough && check.support >= minSupport && (check.support > bestSupport || (check.support === bestSupport && k > bestK))) {
              bestSupport = check.support;
              bestK = k;
            }
          }
          break;
        }
      }
      if (k < 2) continue;
      const check = score(body, r, cols, run, scratch);
      // Rounding lets a few small whole numbers add up by chance (10 + 6 − 18 ≈ 0 within 2):
      // a sum must hold closely somewhere with real figures.
      const enough = (check.checked === 1 ? check.informative === 1 : check.informative >= 2) && check.strongInformative >= 1;
      if (!enough || check.support < minSupport) continue;
      if (check.support > bestSupport || (check.support === bestSupport && k > bestK)) {
        bestSupport = check.support;
        bestK = k;
      }
    }
    if (bestK === 0 && capped) stats.cut++;
    if (bestK > 0) {
      const block = stack.splice(stack.length - bestK, bestK);
      stats.work += bestK * cols.length;
      const c = sumCheck(body, r, block, cols);
      // One literal with every field (the order a spread of the check gave), not a spread: its
      // shape then outlives a full GC, and the optimized scan with it.
      sums.push({
        total: c.total,
        parts: placement === 'after' ? block : [...block].reverse(),
        checked: c.checked,
        holds: c.holds,
        rounding: c.rounding,
        breaks: c.breaks,
        strong: c.strong,
        support: c.support,
        placement,
      });
    }
    stack.push(r);
  }
  return sums;
}

/** Every column index of the widest row (the default columns to test). */
export function allColumns(body: BodyCell[][]): number[] {
  const width = Math.max(0, ...body.map((r) => r.length));
  return Array.from({ length: width }, (_, j) => j);
}

/** Whether the row holds a figure in one of the columns. */
export function hasFigure(line: BodyCell[], cols: readonly number[]): boolean {
  for (const j of cols) if (line[j] && line[j].value !== null) return true;
  return false;
}

/** Infer which rows are sums of which, from the numbers alone. */
export function inferRowHierarchy(body: BodyCell[][], opts: HierarchyOptions = {}): RowHierarchy {
  const n = body.length;
  const cols = opts.columns ?? allColumns(body);
  const minSupport = opts.minSupport ?? 0.6;
  // The rows to search: not skipped, a figure in one of the columns (a plain loop: no index
  // array built and filtered for every table).
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (!opts.skip?.has(i) && hasFigure(body[i], cols)) rows.push(i);
  const stats = opts.stats ?? { work: 0, limit: 0, cut: 0 };
  stats.limit = opts.workLimit ?? DEFAULT_WORK;
  const down = scan(body, rows, cols, minSupport, 'after', opts, stats);
  const up = scan(body, [...rows].reverse(), cols, minSupport, 'before', opts, stats);
  const covered = (s: RowSum[]) => s.reduce((a, x) => a + x.parts.length, 0);
  // The direction that explains more rows wins; the other direction's sums are kept where they
  // claim rows the winner left alone (a table may mix, e.g. a board total first over blocks
  // whose own "Summa" rows come last).
  const [main, other] = covered(up) > covered(down) ? [up, down] : [down, up];
  const parent: (number | undefined)[] = new Array(n).fill(undefined);
  const claimed = new Set<number>();
  const sums: RowSum[] = [];
  for (const s of main) {
    sums.push(s);
    for (const p of s.parts) {
      parent[p] = s.total;
      claimed.add(p);
    }
  }
  for (const s of other) {
    if (s.parts.some((p) => claimed.has(p)) || claimed.has(s.total) || sums.some((x) => x.total === s.total)) continue;
    sums.push(s);
    for (const p of s.parts) {
      parent[p] = s.total;
      claimed.add(p);
    }
  }
  const placements = new Set(sums.map((s) => s.placement));
  const out: RowHierarchy = { sums: sums.sort((a, b) => a.total - b.total), parent };
  if (placements.size === 1) out.placement = [...placements][0];
  else if (placements.size > 1) out.placement = 'mixed';
  return out;
}
