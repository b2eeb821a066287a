import fc from 'fast-check';
import { inferRelations, asSum, type Relation } from '../../src/structure';
import type { Cell, SheetGrid } from '../../src/grid/types';
import { toA1 } from '../../src/grid/address';

type V = string | number | null;

/** A sheet from rows of values (row 1 first); numFmt applies to every number. */
function sheet(rows: V[][], numFmt?: string): SheetGrid {
  return {
    name: 'Blad1',
    merges: [],
    rows: rows.map((r, ri) =>
      r.map((value, ci): Cell | undefined =>
        value === null ? undefined : { address: toA1(ri + 1, ci + 1), row: ri + 1, col: ci + 1, value, ...(numFmt && typeof value === 'number' ? { numFmt } : {}) },
      ),
    ),
  };
}

const sumOf = (r: Relation): string => {
  const s = asSum(r);
  return `${s.total}=${[...s.parts].sort().join('+')}`;
};
const find = (rels: Relation[], total: string): Relation[] => rels.filter((r) => r.total === total);

describe('inferRelations', () => {
  const items = [
    ['Intäkter', 1200, 1350, 1410],
    ['Personal', 5230, 5480, 5120],
    ['Lokaler', 830, 870, 905],
    ['Övrigt', 411, 388, 402],
  ] as V[][];

  it('finds a block of rows summed below its parts, in every column', () => {
    const rows: V[][] = [['', 'Budget', 'Utfall', 'Prognos'], ...items, ['Summa', 7671, 8088, 7837]];
    const rels = inferRelations(sheet(rows));
    for (const col of ['B', 'C', 'D']) {
      const [r] = find(rels, `${col}6`);
      expect(r).toBeDefined();
      expect(r.holds).toBe('yes');
      expect(r.axis).toBe('column');
      expect(r.terms.map((t) => t.cell)).toEqual([2, 3, 4, 5].map((n) => `${col}${n}`));
      expect(r.support).toBe(1);
    }
    expect(rels.every((r) => r.holds === 'yes')).toBe(true);
  });

  it('finds a total printed above its parts', () => {
    const rows: V[][] = [['', 'Budget', 'Utfall', 'Prognos'], ['Nämnden totalt', 7671, 8088, 7837], ...items];
    const rels = inferRelations(sheet(rows));
    expect(find(rels, 'C2').map(sumOf)).toEqual(['C2=C3+C4+C5+C6']);
  });

  it('reads sub-totals and a grand total of the sub-totals', () => {
    const rows: V[][] = [
      ['', 'Budget', 'Utfall', 'Prognos'],
      ['Hemtjänst', 300, 320, 310],
      ['Boende', 510, 497, 530],
      ['Summa äldre', 810, 817, 840],
      ['Skola', 1200, 1190, 1230],
      ['Fritids', 145, 160, 150],
      ['Elevhälsa', 77, 81, 79],
      ['Summa skola', 1422, 1431, 1459],
      ['Totalt', 2232, 2248, 2299],
    ];
    const rels = inferRelations(sheet(rows));
    expect(find(rels, 'B4').map(sumOf)).toEqual(['B4=B2+B3']);
    expect(find(rels, 'B8').map(sumOf)).toEqual(['B8=B5+B6+B7']);
    // The grand total is the sum of the two sub-totals, not of the items again.
    expect(find(rels, 'D9').map(sumOf)).toEqual(['D9=D4+D8']);
    expect(rels.every((r) => r.holds === 'yes')).toBe(true);
  });

  it('reads a difference column in either direction as a difference', () => {
    const base: [string, number, number][] = [
      ['Intäkter', 1200, 1350],
      ['Personal', -5230, -5480],
      ['Lokaler', -830, -790],
      ['Övrigt', -411, -388],
      ['Bidrag', 5300, 5300],
    ];
    // Diff = Budget − Utfall
    let rels = inferRelations(sheet([['', 'Budget', 'Utfall', 'Diff'], ...base.map(([l, b, u]) => [l, b, u, b - u])]));
    let d = rels.filter((r) => r.axis === 'row' && r.total === 'D3');
    expect(d).toHaveLength(1);
    expect(d[0].kind).toBe('difference');
    expect(d[0].terms).toEqual([{ cell: 'B3', sign: 1 }, { cell: 'C3', sign: -1 }]);
    expect(asSum(d[0])).toEqual({ total: 'B3', parts: ['D3', 'C3'] });
    // Avvikelse = Utfall − Budget
    rels = inferRelations(sheet([['', 'Budget', 'Utfall', 'Avvikelse'], ...base.map(([l, b, u]) => [l, b, u, u - b])]));
    d = rels.filter((r) => r.axis === 'row' && r.total === 'D4');
    expect(d).toHaveLength(1);
    expect(d[0].kind).toBe('difference');
    expect(d[0].terms).toEqual([{ cell: 'C4', sign: 1 }, { cell: 'B4', sign: -1 }]);
  });

  it('accepts a total that is off by the rounding of its printed parts, never as a break', () => {
    // Amounts in mnkr with one decimal: 12.34 + 5.64 + 7.24 = 25.22 prints as 12.3 + 5.6 + 7.2 = 25.2,
    // but a total rounded from the exact sum may print 25.3 where the printed parts add to 25.1.
    const rows: V[][] = [
      ['', 'Budget', 'Utfall', 'Prognos'],
      ['A', 12.3, 11.8, 12.1],
      ['B', 5.6, 6.1, 5.9],
      ['C', 7.2, 7.7, 7.4],
      ['Summa', 25.1, 25.7, 25.3],
    ];
    const rels = inferRelations(sheet(rows, '0.0'));
    expect(find(rels, 'B5')[0].holds).toBe('yes');
    expect(find(rels, 'C5')[0].holds).toBe('rounding');
    expect(find(rels, 'D5')[0].holds).toBe('rounding');
    expect(find(rels, 'D5')[0].tolerance).toBeCloseTo(0.15);
    expect(rels.some((r) => r.holds === 'no')).toBe(false);
  });

  it('reports a single break of a well-supported pattern at that cell only', () => {
    const cols = 6;
    const rows: V[][] = [['', ...Array.from({ length: cols }, (_, i) => `Kv ${i + 1}`)]];
    const data = [
      [120, 135, 141, 150, 162, 170],
      [523, 548, 512, 530, 541, 560],
      [83, 87, 90, 95, 99, 101],
      [41, 38, 40, 44, 47, 45],
    ];
    data.forEach((d, i) => rows.push([`Rad ${i + 1}`, ...d]));
    const totals = data[0].map((_, c) => data.reduce((s, d) => s + d[c], 0));
    totals[3] += 100; // E6 is wrong
    rows.push(['Summa', ...totals]);
    const rels = inferRelations(sheet(rows));
    const broken = rels.filter((r) => r.holds === 'no');
    expect(broken.map((r) => r.total)).toEqual(['E6']);
    expect(broken[0].support).toBeCloseTo(5 / 6);
    expect(broken[0].computed).toBe(totals[3] - 100);
  });

  it('rejects coincidences: years, running numbers, a lone part equal to the total, zeros', () => {
    const rows: V[][] = [
      ['Nr', 'År', 'A', 'B', 'C'],
      [1, 2019, 0, 0, 0],
      [2, 2020, 5, 0, 5],
      [3, 2021, 0, 0, 0],
      [4, 2022, 7, 0, 7],
      [5, 2023, 0, 0, 0],
      [6, 2024, 9, 0, 9],
    ];
    const rels = inferRelations(sheet(rows));
    expect(rels.filter((r) => r.holds !== 'yes' || r.terms.length > 1)).toEqual([]);
    expect(rels.filter((r) => r.terms.length > 1)).toEqual([]);
  });

  it('does not call a chance match in an unrelated table a relation', () => {
    const rows: V[][] = [
      ['', 'A', 'B', 'C', 'D'],
      ['x', 17, 345, 12, 5],
      ['y', 93, 3, 240, 88],
      ['z', 4, 61, 7, 1001],
      ['w', 250, 19, 33, 2],
    ];
    expect(inferRelations(sheet(rows))).toEqual([]);
  });

  it('counts an empty part as 0 and lists it as blank', () => {
    const rows: V[][] = [
      ['', 'Budget', 'Utfall', 'Prognos'],
      ['A', 120, 118, 121],
      ['B', null, 61, 59],
      ['C', 72, 77, 74],
      ['Summa', 192, 256, 254],
    ];
    const [r] = find(inferRelations(sheet(rows)), 'B5');
    expect(r.holds).toBe('yes');
    expect(r.terms.map((t) => t.cell)).toEqual(['B2', 'B4']);
    expect(r.blanks).toEqual(['B3']);
  });

  it('property: a generated table with block sums and one planted error finds the error at its cell', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 7 }),
        fc.array(fc.integer({ min: 2, max: 5 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        fc.integer({ min: 10, max: 1000 }),
        (cols, blocks, seed, delta) => {
          let s = seed;
          const rand = (): number => {
            s = (s * 1103515245 + 12345) % 2147483648;
            return 100 + (s % 90000);
          };
          const rows: V[][] = [['', ...Array.from({ length: cols }, (_, i) => `K${i + 1}`)]];
          const totalsAt: number[] = [];
          for (const n of blocks) {
            const block: number[][] = [];
            for (let i = 0; i < n; i++) {
              const r = Array.from({ length: cols }, rand);
              block.push(r);
              rows.push([`Post ${rows.length}`, ...r]);
            }
            rows.push(['Summa', ...block[0].map((_, c) => block.reduce((a, r) => a + r[c], 0))]);
            totalsAt.push(rows.length);
          }
          const pr = totalsAt[seed % totalsAt.length];
          const pc = 1 + (seed % cols);
          (rows[pr - 1][pc] as number) += delta;
          const planted = toA1(pr, pc + 1);
          const broken = inferRelations(sheet(rows)).filter((r) => r.holds === 'no');
          expect(broken.map((r) => r.total)).toEqual([planted]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
