import { classify, roundingTolerance } from '../rules/tolerance';

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
}

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
    const decimals = [t.decimals];
    let usable = true;
    let anyValue = false;
    for (const p of parts) {
      const c = body[p][j];
      // An empty part in a filled column counts as nothing printed (a dash): 0, no rounding.
      if (!c || c.value === null) continue;
      anyValue = true;
      sum += c.value;
      decimals.push(c.decimals);
    }
    if (!usable || !anyValue) continue;
    checked.push(j);
    const tol = roundingTolerance(decimals);
    const a = classify(sum - t.value, tol);
    // Strong evidence: off by no more than one unit of the last digit, or half what rounding allows.
    if (Math.abs(sum - t.value) <= Math.max(10 ** -Math.max(...decimals), tol / 2) + 1e-9) strong.push(j);
    if (a === 'broken') breaks.push(j);
    else {
      holds.push(j);
      if (a === 'rounding') rounding.push(j);
    }
    usable = true;
  }
  return { total, parts, checked, holds, rounding, breaks, strong, support: checked.length ? holds.length / checked.length : 0 };
}

const MAX_BLOCK = 64;

export function nonZeroColumns(body: BodyCell[][], rows: number[], cols: number[]): number {
  let n = 0;
  for (const j of cols) if (rows.some((r) => (body[r][j]?.value ?? 0) !== 0)) n++;
  return n;
}

/**
 * Scan in one direction, keeping the rows not yet claimed by a total on a stack: a row equal to
 * the sum of the last k stacked rows (k ≥ 2, the longest that holds best) is their total and
 * takes their place on the stack. Top-down finds totals after their parts; bottom-up, totals
 * before them.
 */
function scan(body: BodyCell[][], order: number[], cols: number[], minSupport: number, placement: 'after' | 'before'): RowSum[] {
  const stack: number[] = [];
  const sums: RowSum[] = [];
  for (const r of order) {
    let best: Omit<RowSum, 'placement'> | undefined;
    let bestK = 0;
    // A block longer than MAX_BLOCK rows is not looked for: bounded work on sheets of any size.
    for (let k = 2; k <= Math.min(stack.length, MAX_BLOCK); k++) {
      const parts = stack.slice(stack.length - k);
      const check = sumCheck(body, r, parts, cols);
      // Support must come from columns where the figures are not all zero (0 = 0 + 0 proves nothing).
      const informative = nonZeroColumns(body, [r, ...parts], check.holds);
      // Rounding lets a few small whole numbers add up by chance (10 + 6 − 18 ≈ 0 within 2):
      // a sum must hold closely somewhere with real figures.
      const enough = (check.checked.length === 1 ? informative === 1 : informative >= 2) && nonZeroColumns(body, [r, ...parts], check.strong) >= 1;
      if (!enough || check.support < minSupport) continue;
      if (!best || check.support > best.support || (check.support === best.support && k > bestK)) {
        best = check;
        bestK = k;
      }
    }
    if (best) {
      stack.splice(stack.length - bestK, bestK);
      const parts = placement === 'after' ? best.parts : [...best.parts].reverse();
      sums.push({ ...best, parts, placement });
    }
    stack.push(r);
  }
  return sums;
}

/** Infer which rows are sums of which, from the numbers alone. */
export function inferRowHierarchy(body: BodyCell[][], opts: HierarchyOptions = {}): RowHierarchy {
  const n = body.length;
  const width = Math.max(0, ...body.map((r) => r.length));
  const cols = opts.columns ?? Array.from({ length: width }, (_, j) => j);
  const minSupport = opts.minSupport ?? 0.6;
  const rows = Array.from({ length: n }, (_, i) => i).filter((i) => !opts.skip?.has(i) && cols.some((j) => body[i][j] && body[i][j].value !== null));
  const down = scan(body, rows, cols, minSupport, 'after');
  const up = scan(body, [...rows].reverse(), cols, minSupport, 'before');
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
