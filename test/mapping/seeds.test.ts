import type { WorkbookMapping } from '../../src/model/mapping-types';
import { mapWorkbook } from '../../src/mapping';
import { columnRoles, rowRoles } from './helpers/roles';
import { loadSeed, SEED_2019, SEED_2024 } from './helpers/seeds';

/** What each sample table must map to: every data row and every column, by sheet position. */
interface Expected {
  kind: string;
  sheet: string;
  range: string;
  columns: Record<string, string>;
  rows: Record<number, string>;
  years?: Record<string, number>;
}

function range(from: number, to: number, role: string): Record<number, string> {
  const out: Record<number, string> = {};
  for (let r = from; r <= to; r++) out[r] = role;
  return out;
}

const EXPECTED_2024: Expected[] = [
  {
    kind: 'operating', sheet: 'Drift', range: 'A3:G16',
    columns: { B: 'budget', C: 'forecast', D: 'variance', E: 'actual', F: 'previousActual', G: 'difference' },
    years: { B: 2024, C: 2024, D: 2024, E: 2024, F: 2023, G: 2024 },
    rows: { 5: 'revenue', 7: 'personnel', 8: 'premises', 9: 'purchasedServices', 10: 'otherCosts', 12: 'totalCosts', 13: 'netCosts', 14: 'allocation', 15: 'financialNet', 16: 'result' },
  },
  {
    kind: 'investments', sheet: 'Investeringar', range: 'A3:G18',
    columns: { B: 'budget', C: 'forecast', D: 'variance', E: 'actual', F: 'previousActual', G: 'difference' },
    years: { E: 2024, F: 2023 },
    rows: { 4: 'category', 5: 'item', 7: 'category', 8: 'item', 10: 'category', 11: 'item', 12: 'item', 13: 'item', 15: 'category', 16: 'item', 18: 'total' },
  },
  {
    kind: 'indicators', sheet: 'Mål och nyckeltal', range: 'A3:H9',
    columns: { A: 'councilGoal', B: 'goal', C: 'indicator', D: 'target', E: 'outcome', F: 'previousOutcome', G: 'assessment', H: 'footnote' },
    years: { E: 2024, F: 2023 },
    rows: range(4, 9, 'indicator'),
  },
  {
    kind: 'internalControl', sheet: 'Internkontroll', range: 'A3:F7',
    columns: { A: 'risk', B: 'control', C: 'frequency', D: 'method', E: 'assessment', F: 'result' },
    rows: range(4, 7, 'point'),
  },
  {
    kind: 'sickLeave', sheet: 'Sjukfrånvaro', range: 'A3:D15',
    columns: { B: 'current', C: 'previous', D: 'difference' },
    years: { B: 2024, C: 2023 },
    rows: { 4: 'total', 5: 'women', 6: 'men', 8: 'age', 9: 'age', 10: 'age', 12: 'days', 13: 'days', 14: 'days', 15: 'note' },
  },
  { kind: 'narrative', sheet: 'Kommentarer', range: 'A3:B20', columns: { A: 'section', B: 'text' }, rows: range(4, 20, 'paragraph') },
];

const EXPECTED_2019: Expected[] = [
  {
    kind: 'operating', sheet: 'Drift', range: 'A3:F17',
    columns: { B: 'budget', C: 'actual', D: 'variance', E: 'previousActual', F: 'difference' },
    years: { B: 2019, C: 2019, E: 2018 },
    rows: { 4: 'revenue', 6: 'personnel', 7: 'premises', 8: 'purchasedServices', 9: 'otherCosts', 11: 'totalCosts', 13: 'netCosts', 15: 'allocation', 17: 'result' },
  },
  {
    kind: 'investments', sheet: 'Investeringar', range: 'A3:F14',
    columns: { B: 'budget', C: 'actual', D: 'variance', E: 'previousActual', F: 'difference' },
    rows: { 4: 'category', 5: 'item', 6: 'item', 7: 'item', 8: 'category', 9: 'item', 10: 'category', 11: 'item', 12: 'category', 13: 'item', 14: 'total' },
  },
  {
    kind: 'indicators', sheet: 'Mål och nyckeltal', range: 'A3:J10',
    columns: { A: 'councilGoal', B: 'councilIndicator', C: 'goal', D: 'goalAssessment', E: 'indicator', F: 'outcome', G: 'target', H: 'previousOutcome', I: 'assessment', J: 'comment' },
    years: { F: 2019, G: 2019, H: 2018 },
    rows: range(4, 10, 'indicator'),
  },
  {
    kind: 'staff', sheet: 'Personal', range: 'A3:F7',
    columns: { B: 'persons', C: 'employments', D: 'fullTimeEquivalents', E: 'averageAge', F: 'employmentRate' },
    rows: { 4: 'total', 5: 'group', 6: 'group', 7: 'group' },
  },
  {
    kind: 'workInjuries', sheet: 'Personal', range: 'A12:D14',
    columns: { B: 'previous', C: 'current', D: 'difference' },
    years: { B: 2018, C: 2019 },
    rows: { 13: 'incidents', 14: 'injuries' },
  },
  {
    kind: 'sickLeave', sheet: 'Sjukfrånvaro', range: 'A3:D16',
    columns: { B: 'previous', C: 'current', D: 'difference' },
    years: { B: 2018, C: 2019 },
    rows: { ...range(4, 6, 'days'), ...range(7, 11, 'age'), 12: 'women', 13: 'men', 14: 'total', 16: 'note' },
  },
  {
    kind: 'forecastAccuracy', sheet: 'Prognossäkerhet', range: 'A3:C7',
    columns: { B: 'forecast', C: 'deviation' },
    rows: { 4: 'forecast', 5: 'forecast', 7: 'finalResult' },
  },
  { kind: 'narrative', sheet: 'Kommentarer', range: 'A3:B35', columns: { A: 'section', B: 'text' }, rows: range(4, 35, 'paragraph') },
];

function expectComplete(m: WorkbookMapping, expected: Expected[]): void {
  expect(m.tables.map((t) => `${t.kind} ${t.sheet}!${t.range}`)).toEqual(expected.map((e) => `${e.kind} ${e.sheet}!${e.range}`));
  m.tables.forEach((t, i) => {
    const e = expected[i];
    expect(columnRoles(t)).toEqual(e.columns);
    expect(rowRoles(t)).toEqual(e.rows);
    for (const [letter, year] of Object.entries(e.years ?? {})) expect(t.columns.find((c) => c.letter === letter)?.year).toBe(year);
    expect(t.confidence).toBeGreaterThan(0.6);
  });
  expect(m.unmapped).toEqual([]);
}

describe('sample workbooks map completely', () => {
  it('delårsrapport 2024: every table, row and column, the period and the board', async () => {
    const m = mapWorkbook(await loadSeed(SEED_2024));
    expectComplete(m, EXPECTED_2024);
    expect(m.board).toBe('Socialnämnden');
    expect(m.period).toEqual({ kind: 'interim', year: 2024, cutoff: '2024-08-31' });
    const ind = m.tables.find((t) => t.kind === 'indicators');
    expect(ind?.columns.find((c) => c.role === 'outcome')?.date).toBe('2024-08-31');
    expect(ind?.columns.find((c) => c.role === 'target')?.date).toBe('2024-12-31');
    expect(m.tables.find((t) => t.kind === 'operating')?.headerRows).toEqual([3, 4]);
    expect(m.tables.find((t) => t.kind === 'operating')?.unit).toBe('tkr');
    expect(m.tables.find((t) => t.kind === 'sickLeave')?.unit).toBe('percent');
  });

  it('årsbokslut 2019: every table, row and column, the period and the board', async () => {
    const m = mapWorkbook(await loadSeed(SEED_2019));
    expectComplete(m, EXPECTED_2019);
    expect(m.board).toBe('Socialnämnden');
    expect(m.period).toEqual({ kind: 'annual', year: 2019 });
    const inv = m.tables.find((t) => t.kind === 'investments');
    // "-varav exploatering" is part of the item above it, not a sibling.
    expect(inv?.rows.find((r) => r.row === 6)?.level).toBe(2);
    expect(inv?.rows.find((r) => r.row === 5)?.level).toBe(1);
  });
});
