import type { Equation, RawReport } from './types';
import { refKey } from './tables';
import { formatNumber } from './format';
import { displayDecimals } from './tolerance';
import { round } from './identity';

/**
 * Root cause, not cascade. One wrong cell breaks every identity it takes part in — its row's
 * variance, its column's sum, the net-cost line below. A cell is the root cause of a set of
 * broken identities when every identity it takes part in is broken and each one implies the
 * same corrected value for it (within rounding). The best such cell (most identities) is
 * reported once, its identities are settled, and the search repeats. Then several wrong cells at
 * once (see `suspects`). What remains is reported at each identity's own target cell.
 */

/** One collator for every comparison: localeCompare with options builds a new one per call. */
const BY_CELL = new Intl.Collator('sv', { numeric: true }).compare;

/** One use of a cell: term i of identity eq. */
interface Use {
  eq: Equation;
  i: number;
}

interface Candidate {
  key: string;
  equations: Equation[];
  termIndex: number[];
}

function impliedFix(eq: Equation, i: number): number {
  const t = eq.terms[i];
  return t.value - eq.residual / t.coef;
}

export interface RootCause {
  key: string;
  equations: Equation[];
  /** The equation whose report speaks for the root cause (the one targeting the cell, if any). */
  primary: Equation;
  termIndex: number;
  expected: number;
}

export function findRootCauses(ledger: readonly Equation[]): RootCause[] {
  const broken = ledger.filter((e) => e.status === 'broken');
  if (broken.length < 2) return [];
  // Only a cell of a broken identity can be a candidate: the others' uses are not collected.
  // By sheet, then cell: the test for the ledger's many other terms builds no key string.
  const inBroken = new Map<string, Set<string>>();
  for (const eq of broken) {
    for (const t of eq.terms) {
      let cells = inBroken.get(t.ref.sheet);
      if (!cells) inBroken.set(t.ref.sheet, (cells = new Set()));
      cells.add(t.ref.cell);
    }
  }
  const byCell = new Map<string, Use[]>();
  for (const eq of ledger) {
    const terms = eq.terms;
    for (let i = 0; i < terms.length; i++) {
      const ref = terms[i].ref;
      if (!inBroken.get(ref.sheet)?.has(ref.cell)) continue;
      const k = refKey(ref);
      const list = byCell.get(k) ?? [];
      list.push({ eq, i });
      byCell.set(k, list);
    }
  }
  const candidates: Candidate[] = [];
  for (const [key, uses] of byCell) {
    if (uses.length < 2 || !uses.every((u) => u.eq.status === 'broken')) continue;
    const fixes = uses.map((u) => impliedFix(u.eq, u.i));
    const spread = Math.max(...fixes) - Math.min(...fixes);
    const slack = uses.reduce((s, u) => s + u.eq.tolerance / Math.abs(u.eq.terms[u.i].coef), 0);
    if (spread > slack + 1e-7) continue;
    candidates.push({ key, equations: uses.map((u) => u.eq), termIndex: uses.map((u) => u.i) });
  }
  candidates.sort((a, b) => b.equations.length - a.equations.length || BY_CELL(a.key, b.key));
  const settled = new Set<Equation>();
  const causes: RootCause[] = [];
  for (const c of candidates) {
    if (c.equations.some((e) => settled.has(e))) continue;
    c.equations.forEach((e) => settled.add(e));
    // Speak through an identity that defines the cell, the most precise one first.
    let p = 0;
    c.equations.forEach((e, j) => {
      const targets = e.target === c.termIndex[j];
      const best = c.equations[p].target === c.termIndex[p];
      if ((targets && !best) || (targets === best && e.tolerance < c.equations[p].tolerance)) p = j;
    });
    const decimals = displayDecimals(c.equations[p].terms.map((t) => t.decimals));
    causes.push({
      key: c.key,
      equations: c.equations,
      primary: c.equations[p],
      termIndex: c.termIndex[p],
      expected: round(impliedFix(c.equations[p], c.termIndex[p]), decimals),
    });
  }
  // A loop, not push(...xs): a million-cell workbook can have more suspects than an argument list holds.
  for (const s of suspects(ledger, settled, byCell)) causes.push(s);
  return causes;
}

/**
 * Several wrong cells at once: their identities overlap, so no single cell explains them all
 * with one correction. A suspect is a cell in two or more identities that are all broken; an
 * identity with exactly one suspect among its cells pins that suspect, and the suspect's
 * expected value comes from such an identity.
 */
function suspects(ledger: readonly Equation[], settled: Set<Equation>, uses: ReadonlyMap<string, readonly Use[]>): RootCause[] {
  const open = ledger.filter((e) => e.status === 'broken' && !settled.has(e));
  if (!open.length) return [];
  // Every cell looked up here is a cell of an open, hence broken, identity: `uses` (every use of
  // each cell of a broken identity, in ledger order) holds its full list.
  // Identities another cause already explains are no evidence against a cell.
  const isSuspect = (k: string) => {
    const u = uses.get(k) ?? [];
    return u.length >= 2 && u.every((x) => x.eq.status === 'broken') && u.filter((x) => !settled.has(x.eq)).length >= 2;
  };
  const pinned = new Map<string, { eq: Equation; i: number }>();
  for (const eq of open) {
    const inEq = [...new Set(eq.terms.map((t) => refKey(t.ref)))].filter(isSuspect);
    if (inEq.length !== 1) continue;
    const k = inEq[0];
    const i = eq.terms.findIndex((t) => refKey(t.ref) === k);
    const prev = pinned.get(k);
    if (!prev || eq.tolerance < prev.eq.tolerance) pinned.set(k, { eq, i });
  }
  const out: RootCause[] = [];
  for (const [key, anchor] of pinned) {
    const equations = (uses.get(key) ?? []).map((u) => u.eq).filter((e) => !settled.has(e) || e === anchor.eq);
    equations.forEach((e) => settled.add(e));
    const decimals = displayDecimals(anchor.eq.terms.map((t) => t.decimals));
    out.push({ key, equations, primary: anchor.eq, termIndex: anchor.i, expected: round(impliedFix(anchor.eq, anchor.i), decimals) });
  }
  return out;
}

/** The one report that replaces the cascade of a root cause. */
export function rootCauseReport(cause: RootCause, reports: readonly RawReport[]): RawReport {
  const eq = cause.primary;
  const t = eq.terms[cause.termIndex];
  const decimals = displayDecimals(eq.terms.map((x) => x.decimals));
  const own = reports.find((r) => r.equation === eq);
  const related = new Map<string, RawReport['ref']>();
  for (const e of cause.equations) for (const x of e.terms) if (refKey(x.ref) !== cause.key) related.set(refKey(x.ref), x.ref);
  const identities = cause.equations.map((e) => e.identity);
  return {
    rule: eq.rule,
    severity: own?.severity ?? 'error',
    messageId: 'rootCause',
    ref: t.ref,
    data: {
      label: t.label,
      actual: formatNumber(t.value, decimals),
      expected: formatNumber(cause.expected, decimals),
      diff: formatNumber(t.value - cause.expected, decimals),
      count: cause.equations.length,
      identities: identities.join('; '),
    },
    expected: cause.expected,
    actual: t.value,
    identity: identities.join('; '),
    related: [...related.values()],
  };
}
