import fc from 'fast-check';
import { tableMappingSchema } from '../../src/grid/state-schema';
import { LIMITS } from '../../src/grid/state-limits';
import { mapWorkbook } from '../../src/mapping';
import { isTableMapping, plainlyValidTable } from '../../src/mapping/saved';
import { loadSeed, SEED_2019, SEED_2024 } from './helpers/seeds';

/**
 * buildModel keeps the tables the schema accepts. plainlyValidTable answers yes cheaply for the
 * tables the mapper makes; it must never say yes where the schema says no.
 */

const around = (n: number) => [n - 1, n, n + 1];
const str = (n: number) => 'x'.repeat(n);

const anyValue = fc.constantFrom<unknown>(undefined, null, NaN, Infinity, -0, 0, 0.5, 1, 1.5, 2, -1, '1', '', 'x', true, [], {}, 1900, 2200, 2201, 9, 10, 1_048_576, 1_048_577, 16_384, 16_385);

/** Mostly a valid value, sometimes one at or past a bound, sometimes anything. */
const pick = (valid: fc.Arbitrary<unknown>, edge: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 16, arbitrary: valid }, { weight: 1, arbitrary: edge }, { weight: 1, arbitrary: anyValue });

const row = fc.record({
  row: pick(fc.constantFrom(3, 4, 9, 10), fc.constantFrom(2, 11, 4.5)),
  label: pick(fc.constantFrom('Personal', '', str(LIMITS.text)), fc.constant(str(LIMITS.text + 1))),
  role: pick(fc.constantFrom('budget', str(LIMITS.shortText)), fc.constant(str(LIMITS.shortText + 1))),
  level: pick(fc.constantFrom(undefined, 0, 1, 9), fc.constantFrom(10, 1.5, -1)),
});

const column = fc.record({
  col: pick(fc.constantFrom(1, 2, 6), fc.constantFrom(0, 7, 2.5)),
  letter: pick(fc.constantFrom(undefined, 'B', 'ABC'), fc.constant('ABCD')),
  header: pick(fc.constantFrom('Budget 2024', '', str(LIMITS.text)), fc.constant(str(LIMITS.text + 1))),
  role: pick(fc.constantFrom('budget', str(LIMITS.shortText)), fc.constant(str(LIMITS.shortText + 1))),
  year: pick(fc.constantFrom(undefined, 2024, 1900, 2200), fc.constantFrom(1899, 2201, 2024.5)),
  date: pick(fc.constantFrom(undefined, '2024-08-31', str(30)), fc.constant(str(31))),
});

const table = fc.record({
  kind: pick(fc.constantFrom('operating', 'narrative', 'forecastReview'), fc.constant('nope')),
  sheet: pick(fc.constantFrom('Drift', str(LIMITS.sheetName)), fc.constantFrom('', str(LIMITS.sheetName + 1))),
  range: pick(
    fc.constantFrom('A3:F10', 'A1:F10'),
    fc.constantFrom('B3:F10', 'A3:F9', 'A0:F10', 'a3:f10', 'A3:XFE10', 'A1:A20001', 'A1:SG1', 'AAAA1:B2', 'A3:F10 '),
  ),
  confidence: pick(fc.constantFrom(undefined, 0, 1, 0.93), fc.constantFrom(1.01, -0.01)),
  headerRows: pick(fc.array(fc.constantFrom(3, 4), { maxLength: 3 }), fc.constantFrom([2], [11], Array.from({ length: LIMITS.headerRows + 1 }, () => 3))),
  unit: pick(fc.constantFrom(undefined, 'tkr', 'mnkr', 'years', 'percent'), fc.constant('m')),
  title: pick(fc.constantFrom(undefined, 'Drift', str(LIMITS.text)), fc.constant(str(LIMITS.text + 1))),
  rows: pick(fc.array(row, { maxLength: 3 }), fc.constant([null])),
  columns: pick(fc.array(column, { maxLength: 3 }), fc.constant([[]])),
  confirmed: pick(fc.constantFrom(undefined, true, false), fc.constant(1)),
});

describe('plainlyValidTable', () => {
  it('says yes only where the schema accepts the table', () => {
    let yes = 0;
    fc.assert(
      fc.property(table, (t) => {
        const plain = plainlyValidTable(t);
        if (plain) {
          yes++;
          expect(tableMappingSchema.safeParse(t).success).toBe(true);
        }
        expect(isTableMapping(t)).toBe(tableMappingSchema.safeParse(t).success);
      }),
      { numRuns: 4000 },
    );
    // The test means something only if the plain check said yes often enough.
    expect(yes).toBeGreaterThan(200);
  });

  it('a bound at, below and above each limit', () => {
    const base = {
      kind: 'operating',
      sheet: 'Drift',
      range: 'A3:F10',
      headerRows: [3],
      rows: [{ row: 4, label: 'Personal', role: 'personnel', level: 0 }],
      columns: [{ col: 2, letter: 'B', header: 'Budget', role: 'budget', year: 2024 }],
    };
    expect(plainlyValidTable(base)).toBe(true);
    const variants = [
      ...around(LIMITS.sheetName).map((n) => ({ ...base, sheet: str(n) })),
      ...around(LIMITS.shortText).map((n) => ({ ...base, rows: [{ ...base.rows[0], role: str(n) }] })),
      ...around(LIMITS.text).map((n) => ({ ...base, columns: [{ ...base.columns[0], header: str(n) }] })),
      ...around(LIMITS.headerRows).map((n) => ({ ...base, range: 'A3:F30', headerRows: Array.from({ length: n }, (_, i) => 3 + i) })),
      ...around(LIMITS.tableRows).map((n) => ({ ...base, range: `A3:F${3 + n}` })),
    ];
    for (const t of variants) expect(plainlyValidTable(t) && !tableMappingSchema.safeParse(t).success).toBe(false);
  });

  it('accepts every table the mapper makes of the sample workbooks, as the schema does', async () => {
    for (const seed of [SEED_2024, SEED_2019]) {
      const mapping = mapWorkbook(await loadSeed(seed));
      expect(mapping.tables.length).toBeGreaterThan(3);
      for (const t of mapping.tables) {
        expect(plainlyValidTable(t)).toBe(true);
        expect(tableMappingSchema.safeParse(t).success).toBe(true);
      }
    }
  });
});
