import { inferRelations, type InferStats } from '../../src/structure';
import type { Cell, SheetGrid } from '../../src/grid/types';
import { toA1 } from '../../src/grid/address';

/** Deterministic pseudo-random figures (mulberry32), so that the sheets are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function grid(rows: (string | number)[][]): SheetGrid {
  return {
    name: 'Huvudbok',
    merges: [],
    rows: rows.map((r, ri) => r.map((value, ci): Cell => ({ address: toA1(ri + 1, ci + 1), row: ri + 1, col: ci + 1, value }))),
  };
}

/**
 * A ledger as bench/generate.js makes them: account, name, twelve months of amounts (costs negative,
 * income positive) and the year's sum per row; `figure` picks the amounts.
 */
function ledger(n: number, figure: () => number): SheetGrid {
  const rows: (string | number)[][] = [['Konto', 'Benämning', 'Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec', 'Summa']];
  for (let i = 0; i < n; i++) {
    const months = Array.from({ length: 12 }, figure);
    rows.push([3000 + ((i * 37) % 6000), `Konto ${i}`, ...months, months.reduce((a, b) => a + b, 0)]);
  }
  return grid(rows);
}

describe('inferRelations on very large sheets', () => {
  const mixed = (seed: number): (() => number) => {
    const r = rng(seed);
    return () => Math.round((r() < 0.7 ? -1 : 1) * r() * 90000);
  };
  const yearSums = 'row:O=C+D+E+F+G+H+I+J+K+L+M+N';

  it('reads a ledger of the bench workbook (200 accounts, mixed signs) in full, well below its cap', () => {
    const stats = {} as InferStats;
    const rels = inferRelations(ledger(200, mixed(1)), { stats });
    expect(rels.filter((x) => x.pattern === yearSums && x.holds === 'yes')).toHaveLength(200);
    // A search that finds nothing stops early instead of spending its whole budget.
    expect(stats.truncated).toEqual([]);
    expect(stats.reason).toBeUndefined();
    expect(stats.work).toBeGreaterThan(0);
    expect(stats.work).toBeLessThan(1_500_000);
  });

  it('reads a 30 000-cell ledger with a bounded count of work units, and still finds the row sums', () => {
    const stats = {} as InferStats;
    const rels = inferRelations(ledger(2000, mixed(3)), { stats });
    // The year's sum of every row is found (the row-axis pattern).
    expect(rels.filter((x) => x.pattern === yearSums && x.holds === 'yes')).toHaveLength(2000);
    // The cap grows with the figures but is bounded, and the work stays within it (plus one step).
    expect(stats.limit).toBeLessThanOrEqual(40_000_000);
    expect(stats.work).toBeLessThan(stats.limit + 200_000);
    // What was cut off is said, not hidden.
    if (stats.truncated.length > 0) expect(stats.reason).toMatch(/^not analysed: too large/);
  });

  it('stops at the work limit on a sheet full of chance sums, and says why', () => {
    // Figures 0–3: nearly any set of parts adds up to something, the worst case for the search.
    const r = rng(2);
    const s = ledger(1500, () => Math.floor(r() * 4));
    const limit = 300_000;
    const stats = {} as InferStats;
    const rels = inferRelations(s, { stats, workLimit: limit });
    expect(stats.limit).toBe(limit);
    expect(stats.truncated.length).toBeGreaterThan(0);
    expect(stats.reason).toMatch(/^not analysed: too large/);
    // The limit is checked between steps of bounded size: the overshoot is at most one such step.
    expect(stats.work).toBeLessThan(limit + 200_000);
    expect(Array.isArray(rels)).toBe(true);
  });

  it('gives a small table the same relations whatever the stats option', () => {
    const s = grid([
      ['', 'Budget', 'Utfall'],
      ['Personal', 5230, 5480],
      ['Lokaler', 830, 870],
      ['Övrigt', 411, 388],
      ['Summa', 6471, 6738],
    ]);
    const stats = {} as InferStats;
    const a = inferRelations(s, { stats });
    expect(inferRelations(s)).toEqual(a);
    expect(stats.truncated).toEqual([]);
    expect(stats.work).toBeLessThan(stats.limit);
    expect(a.some((x) => x.total === 'B5' && x.holds === 'yes')).toBe(true);
  });
});
