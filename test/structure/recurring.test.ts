import { compatibleFacets, headerQualifiers, inferRecurring, recurringLabelKey, type RecurringFacets, type RecurringStats, type RecurringTableInput } from '../../src/structure/recurring';
import { toA1 } from '../../src/grid/address';

/** A table of one sheet: labels in A, one column per header from B, figures with their decimals. */
function table(
  id: string,
  labels: string[],
  columns: { header: string; facets: RecurringFacets; values: (number | null)[]; decimals?: number }[],
  unit = 'tkr',
): RecurringTableInput {
  return {
    id,
    sheet: id,
    unit,
    columns: columns.map((c, j) => ({ col: j + 2, header: c.header, facets: c.facets })),
    rows: labels.map((label, i) => ({
      row: i + 2,
      label,
      figures: columns.map((c, j) => (c.values[i] === null ? undefined : { value: c.values[i] as number, decimals: c.decimals ?? 0, cell: toA1(i + 2, j + 2) })),
    })),
  };
}

const LABELS = ['Ledning', 'Förskola', 'Grundskola', 'Kultur', 'Fritid'];
const COSTS = [-1204, -1402, -2709, -601, -305];
const costs = (year: number, values: (number | null)[] = COSTS, decimals = 0) => ({ header: `Kostnader ${year}`, facets: { measure: 'costs' as const, years: [year] }, values, decimals });

describe('which headers may name the same figures', () => {
  it.each([
    [{ measure: 'costs', years: [2020] }, { measure: 'costs', years: [2020] }, true],
    [{ years: [2020] }, { scenario: 'actual', years: [2020] }, true],
    [{ measure: 'costs', years: [2020] }, { measure: 'costs', years: [2021] }, false],
    [{ measure: 'costs', years: [2020] }, { measure: 'revenue', years: [2020] }, false],
    [{ scenario: 'budget', years: [2020] }, { measure: 'net', years: [2020] }, false],
    [{ scenario: 'budget', span: 'fullYear', years: [2024] }, { scenario: 'budget', span: 'toDate', years: [2024] }, false],
    [{ scenario: 'actual', months: { from: 1, to: 8 }, years: [2024] }, { scenario: 'actual', months: { from: 1, to: 6 }, years: [2024] }, false],
    [{ scenario: 'actual', years: [2024] }, { scenario: 'actual' }, false],
    [{}, {}, false],
    [{ years: [2020], percent: true }, { years: [2020], percent: true }, false],
  ] as [RecurringFacets, RecurringFacets, boolean][])('%j and %j: %s', (a, b, expected) => {
    expect(compatibleFacets(a, b)).toBe(expected);
  });
});

describe('row labels as keys', () => {
  it('ignores account codes, case, white space and "o" for "och"', () => {
    expect(recurringLabelKey('511 Vård o oms.  ord. boend')).toBe(recurringLabelKey('vård och oms ord boend'));
    expect(recurringLabelKey('Arbete o kompetens')).toBe(recurringLabelKey('ARBETE OCH KOMPETENS'));
    expect(recurringLabelKey('Summa kostnader')).not.toBe(recurringLabelKey('Kostnader'));
  });
});

describe('inferRecurring', () => {
  it('finds the column a later table prints again, and only that one', () => {
    const old = table('2020', LABELS, [costs(2019, COSTS.map((v) => v - 50)), costs(2020)]);
    const later = table('2021', [...LABELS].reverse(), [costs(2020, [...COSTS].reverse()), costs(2021, COSTS.map((v) => v - 9))]);
    const rels = inferRecurring([old, later]);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({ a: { table: '2020', header: 'Kostnader 2020' }, b: { table: '2021', header: 'Kostnader 2020' }, comparable: 5, agreeing: 5, support: 1, later: 'b' });
    expect(rels[0].rows.every((r) => r.holds === 'yes')).toBe(true);
  });

  it('never pairs two columns of one table, nor a 2021 column with a 2020 one with the same figures', () => {
    const one = table('x', LABELS, [costs(2020), costs(2021, COSTS)]);
    expect(inferRecurring([one])).toEqual([]);
    const other = table('y', LABELS, [costs(2022, COSTS)]);
    expect(inferRecurring([one, other])).toEqual([]);
  });

  it('converts tkr and mnkr and takes the rounding of the coarser printing', () => {
    const old = table('tkr', LABELS, [costs(2020)]);
    const mnkr = (values: number[]) => table('mnkr', LABELS, [costs(2020, values, 1)], 'mnkr');
    // −1 204 tkr printed −1,2 mnkr: within half a tenth of a million.
    const rel = inferRecurring([old, mnkr([-1.2, -1.4, -2.7, -0.6, -0.3])]);
    expect(rel).toHaveLength(1);
    expect(rel[0].factor).toBe(0.001);
    expect(rel[0].rows.map((r) => r.holds)).toEqual(['rounding', 'rounding', 'rounding', 'rounding', 'rounding']);
    // −2 709 tkr printed −2,8 mnkr is 91 tkr off: beyond the 50 tkr the printing explains.
    const broken = inferRecurring([old, mnkr([-1.2, -1.4, -2.8, -0.6, -0.3])]);
    expect(broken[0].rows.map((r) => r.holds)).toEqual(['rounding', 'rounding', 'no', 'rounding', 'rounding']);
    expect(broken[0].support).toBe(0.8);
  });

  it('rounding: whole tkr against one decimal is within half a unit each', () => {
    const a = table('a', LABELS, [costs(2020, COSTS.map((v) => v + 0.4), 1)]);
    const b = table('b', LABELS, [costs(2020)]);
    expect(inferRecurring([a, b])[0].rows.every((r) => r.holds === 'rounding')).toBe(true);
    const c = table('c', LABELS, [costs(2020, COSTS.map((v, i) => (i === 0 ? v + 0.7 : v + 0.4)), 1)]);
    expect(inferRecurring([c, b])[0].rows.map((r) => r.holds)).toEqual(['no', 'rounding', 'rounding', 'rounding', 'rounding']);
  });

  it('needs three comparable rows and support 0.6', () => {
    // Three of five agree: 0.6, established. Two of five: not.
    const base = table('a', LABELS, [costs(2020)]);
    const three = table('b', LABELS, [costs(2020, [COSTS[0], COSTS[1], COSTS[2], 1, 2])]);
    const two = table('c', LABELS, [costs(2020, [COSTS[0], COSTS[1], 0.5, 1, 2])]);
    expect(inferRecurring([base, three])[0]?.support).toBe(0.6);
    expect(inferRecurring([base, two])).toEqual([]);
    // Only two rows with figures in both (zeros in both are no evidence).
    const zeros = table('d', LABELS, [costs(2020, [COSTS[0], COSTS[1], null, 0, 0])]);
    const baseZeros = table('e', LABELS, [costs(2020, [COSTS[0], COSTS[1], COSTS[2], 0, 0])]);
    expect(inferRecurring([baseZeros, zeros])).toEqual([]);
  });

  it('a city’s and its group’s columns of one year are not one (Kommunen 2024, Koncernen 2024)', () => {
    const col = (header: string) => ({ header, facets: { years: [2024] }, values: COSTS });
    expect(inferRecurring([table('k', LABELS, [col('Kommunen 2024')]), table('g', LABELS, [col('Koncernen 2024')])])).toEqual([]);
    expect(inferRecurring([table('k', LABELS, [col('Kommunen 2024')]), table('g', LABELS, [col('Kommunen 2024')])])).toHaveLength(1);
    // A restated column is still the same column (the rule then warns instead of erring).
    expect(inferRecurring([table('k', LABELS, [col('Kommunen 2024')]), table('g', LABELS, [col('Kommunen 2024 omräknat')])])).toHaveLength(1);
    expect(headerQualifiers('Avvikelse mot budget 2021')).toEqual([]);
  });

  it('a label printed twice in a table pairs no row', () => {
    const a = table('a', ['Övrigt', 'Övrigt', 'Kultur', 'Fritid'], [costs(2020, [1, 2, 3, 4])]);
    const b = table('b', ['Övrigt', 'Kultur', 'Fritid', 'Ledning'], [costs(2020, [2, 3, 4, 5])]);
    expect(inferRecurring([a, b])).toEqual([]);
  });

  it('bounded work: rows are paired through a label index, not every pair of cells', () => {
    // 40 tables of 500 rows and 6 columns each, the labels of two in common with every other table.
    const tables: RecurringTableInput[] = [];
    for (let t = 0; t < 40; t++) {
      const labels = Array.from({ length: 500 }, (_, i) => (i < 2 ? `Gemensam ${i}` : `Rad ${t}-${i}`));
      const cols = [2019, 2020, 2021, 2022, 2023, 2024].map((y) => costs(y, labels.map((_, i) => i * 10 + y)));
      tables.push(table(`t${t}`, labels, cols));
    }
    const stats: RecurringStats = { work: 0, limit: 0, truncated: false };
    expect(inferRecurring(tables, { stats })).toEqual([]);
    // Index 40 × 500; per pair of tables (780) one look-up per label (500): about 410 000 units,
    // against 780 × 500 × 500 × 36 for every pair of cells.
    expect(stats.work).toBeLessThan(40 * 500 + 780 * 500 + 1000);
    expect(stats.work).toBeGreaterThan(40 * 500);
    expect(stats.truncated).toBe(false);
    const cut: RecurringStats = { work: 0, limit: 0, truncated: false };
    inferRecurring(tables, { stats: cut, workLimit: 50_000 });
    expect(cut.truncated).toBe(true);
    expect(cut.work).toBeLessThan(50_000 + 1000);
  });

  it('a board’s sheets copied a hundred times: each table is matched with at most three others, so work and relations grow with the tables, not their square', () => {
    const tables = Array.from({ length: 100 }, (_, t) => table(`Nämnd ${t}`, LABELS, [costs(2020)]));
    const stats: RecurringStats = { work: 0, limit: 0, truncated: false };
    const found = inferRecurring(tables, { stats });
    const partners = new Map<string, number>();
    for (const r of found) for (const s of [r.a.sheet, r.b.sheet]) partners.set(s, (partners.get(s) ?? 0) + 1);
    expect(Math.max(...partners.values())).toBeLessThanOrEqual(3);
    expect(found.length).toBeGreaterThanOrEqual(100);
    expect(found.length).toBeLessThanOrEqual(150);
    expect(stats.truncated).toBe(false);
    // Without the cap: 4 950 pairs of tables, each one matched.
    expect(inferRecurring(tables, { maxPartners: 1000 }).length).toBe(4950);
  });
});
