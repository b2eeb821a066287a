import { sheetFromValues } from '../../src/grid/sheet';
import type { WorkbookGrid } from '../../src/grid/types';
import { buildModel, mapWorkbook } from '../../src/mapping';
import { validate } from '../../src/rules';
import { inferRowHierarchy, type BodyCell, type HierarchyStats } from '../../src/structure/rows';

/** Deterministic pseudo-random figures (mulberry32), so that the sheet is the same on every run. */
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

const HEADER_ROW = 3;

/**
 * A Drift per account as a controller exports it from the ledger: about 2 000 accounts in 40
 * groups, each closed by its bold "Summa …" row, one group of 150 accounts (longer than the 64
 * rows an unmarked block may span), and the board's total of the group sums last. Budget and
 * Utfall in kr, costs negative; Avvikelse = Budget − Utfall.
 */
function driftPerAccount(): { rows: (string | number | null)[][]; groups: { first: number; last: number; sum: number }[]; total: number } {
  const r = rng(7);
  const rows: (string | number | null)[][] = [['Drift per konto 2025, Socialnämnden'], [], ['Konto', 'Budget 2025', 'Utfall 2025', 'Avvikelse']];
  const groups: { first: number; last: number; sum: number }[] = [];
  const sums: number[][] = [];
  let account = 4000;
  for (let g = 0; g < 40; g++) {
    const n = g === 17 ? 150 : 30 + Math.floor(r() * 40);
    const first = rows.length + 1;
    const acc = [0, 0];
    for (let i = 0; i < n; i++) {
      const budget = -Math.round(1000 + r() * 400000);
      const actual = Math.round(budget * (0.8 + r() * 0.4));
      acc[0] += budget;
      acc[1] += actual;
      rows.push([`${account++} Konto ${g}.${i}`, budget, actual, budget - actual]);
    }
    const last = rows.length;
    rows.push([`Summa kontogrupp ${g}`, acc[0], acc[1], acc[0] - acc[1]]);
    groups.push({ first, last, sum: rows.length });
    sums.push(acc);
  }
  const b = sums.reduce((a, s) => a + s[0], 0);
  const u = sums.reduce((a, s) => a + s[1], 0);
  rows.push(['Totalt Socialnämnden', b, u, b - u]);
  return { rows, groups, total: rows.length };
}

function workbook(rows: (string | number | null)[][]): WorkbookGrid {
  const sheet = sheetFromValues('Drift per konto', rows);
  // The sums are printed bold, as a ledger export prints them.
  sheet.rows.forEach((line, i) => {
    const label = rows[i]?.[0];
    if (typeof label === 'string' && /^(Summa|Totalt)/.test(label)) for (const c of line ?? []) if (c) c.bold = true;
  });
  return { sheets: [sheet] };
}

describe('a Drift per account of 2 000 rows with subtotals', () => {
  const drift = driftPerAccount();

  it('is long enough to matter: more than 1 900 rows, one block of 150 accounts', () => {
    expect(drift.rows.length - HEADER_ROW).toBeGreaterThan(1900);
    expect(Math.max(...drift.groups.map((g) => g.last - g.first + 1))).toBe(150);
  });

  it('gets every group sum and the board total from its numbers', () => {
    const wb = workbook(drift.rows);
    const m = mapWorkbook(wb);
    expect(m.tables).toHaveLength(1);
    const sums = m.tables[0].structure?.rowSums ?? [];
    for (const g of drift.groups) {
      const s = sums.find((x) => x.total === g.sum);
      expect(s).toBeDefined();
      expect(s?.parts).toEqual(Array.from({ length: g.last - g.first + 1 }, (_, i) => g.first + i));
      expect(s?.breaks).toEqual([]);
    }
    expect(sums.find((x) => x.total === drift.total)?.parts).toEqual(drift.groups.map((g) => g.sum));
    const { model } = buildModel(wb, m);
    expect(validate(model, wb).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each([
    ['an account in a short group', 5, 10],
    ['an account in the group of 150', 17, 120],
  ])('finds an error planted in %s at its cell, and nothing else', (_name, group, offset) => {
    const rows = drift.rows.map((line) => [...line]);
    const at = drift.groups[group].first + offset;
    rows[at - 1][2] = (rows[at - 1][2] as number) - 5000;
    const wb = workbook(rows);
    const { model } = buildModel(wb, mapWorkbook(wb));
    const errors = validate(model, wb).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`Drift per konto!C${at}`]);
  });

  it('spends work bounded by rows × 64 column-steps, counted, not timed', () => {
    const body: BodyCell[][] = drift.rows.slice(HEADER_ROW).map((line) => line.slice(1).map((v) => ({ value: typeof v === 'number' ? v : null, decimals: 0 })));
    const candidates = new Set<number>();
    drift.rows.slice(HEADER_ROW).forEach((line, i) => {
      if (/^(Summa|Totalt)/.test(String(line[0]))) candidates.add(i);
    });
    const stats: HierarchyStats = { work: 0, limit: 0, cut: 0 };
    const h = inferRowHierarchy(body, { candidates, stats });
    expect(h.sums).toHaveLength(41);
    const n = body.length;
    const cols = 3;
    // Two directions, each row at most 64 parts × 2 units per column; the 41 marked rows may reach
    // further, at most the whole table each.
    const bound = 2 * (n * 64 * 2 * cols) + 2 * candidates.size * n * 2 * cols;
    expect(stats.work).toBeGreaterThan(0);
    expect(stats.work).toBeLessThan(bound);
    // In columns of one sign (costs negative) a walk ends once it has passed its total: far below the bound.
    expect(stats.work).toBeLessThan(bound / 20);
    expect(stats.cut).toBe(0);
    // Without the marks, the block of 150 is not found: the long reach is the words' doing, the sum the numbers'.
    const plain = inferRowHierarchy(body, {});
    expect(plain.sums.some((s) => s.total === drift.groups[17].sum - HEADER_ROW - 1)).toBe(false);
  });

  it('cuts the long reaches, and says so, when the work limit is small', () => {
    const body: BodyCell[][] = drift.rows.slice(HEADER_ROW).map((line) => line.slice(1).map((v) => ({ value: typeof v === 'number' ? v : null, decimals: 0 })));
    const candidates = new Set<number>(body.map((_, i) => i));
    const stats: HierarchyStats = { work: 0, limit: 0, cut: 0 };
    inferRowHierarchy(body, { candidates, stats, workLimit: 20_000 });
    expect(stats.cut).toBeGreaterThan(0);
    // The limit is checked before each row's walk; a found sum is then checked once in full (at most
    // a block of 150 parts × 3 columns) — the overshoot is at most that.
    expect(stats.work).toBeLessThanOrEqual(20_000 + 150 * 3 + 2 * 64 * 3);
  });
});

describe('a marked total over more rows than any block is searched for', () => {
  // 6 000 units and their "Summa" (bold, as exported): the block is longer than the 5 000 rows a
  // marked total reaches, so the sum cannot be found; the mapping must say so, not hide it.
  function units(n: number): (string | number | null)[][] {
    const rows: (string | number | null)[][] = [['Drift per enhet 2025'], [], ['Enhet', 'Budget 2025', 'Utfall 2025', 'Avvikelse']];
    let b = 0;
    let u = 0;
    for (let i = 0; i < n; i++) {
      const budget = -(1000 + (i % 97));
      const actual = budget - (i % 13);
      b += budget;
      u += actual;
      rows.push([`Enhet ${i + 1}`, budget, actual, budget - actual]);
    }
    rows.push(['Summa', b, u, b - u]);
    return rows;
  }

  it('leaves a note on the table (and none for a block within reach)', () => {
    const notes = (n: number) => {
      const m = mapWorkbook(workbook(units(n)));
      return (m.tables[0].structure?.leftOut ?? []).filter((l) => /för stor för att alla dess summor/.test(l.reason));
    };
    const far = notes(6000);
    expect(far).toHaveLength(1);
    expect(far[0].reason).toContain('för 1 rad söktes');
    expect(notes(3000)).toEqual([]);
  });
});
