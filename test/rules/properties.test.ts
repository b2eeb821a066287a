import fc from 'fast-check';
import { validate } from '../../src/rules';
import { driftModel, set, withGrid } from './support/small';
import type { RowTuple } from './support/small';

/**
 * Property: a Drift table whose identities hold has no findings; the same table with any one
 * figure changed beyond rounding has exactly one error, at that figure's cell.
 */

const amount = fc.integer({ min: 1, max: 400_000 });

const table = fc
  .record({
    budget: fc.tuple(amount, amount, amount, amount, amount, amount),
    forecastDelta: fc.tuple(fc.integer({ min: -9000, max: 9000 }), fc.integer({ min: -9000, max: 9000 }), fc.integer({ min: -9000, max: 9000 })),
    actual: fc.tuple(amount, amount, amount, amount, amount, amount),
    previous: fc.tuple(amount, amount, amount, amount, amount, amount),
  })
  .map(({ budget, forecastDelta, actual, previous }): RowTuple[] => {
    // Per column: revenue, four cost groups (negative), allocation.
    const col = (v: number[], d = [0, 0, 0]) => {
      const revenue = v[0];
      const costs = [-Math.max(0, v[1] + d[0]), -Math.max(0, v[2] + d[1]), -Math.max(0, v[3] + d[2]), -v[4]];
      const total = costs.reduce((a, b) => a + b, 0);
      const net = revenue + total;
      const allocation = v[5];
      return [revenue, ...costs, total, net, allocation, 0, net + allocation];
    };
    const b = col(budget);
    const f = col(budget, forecastDelta);
    const a = col(actual);
    const p = col(previous);
    const labels: [string, string][] = [
      ['revenue', 'Verksamhetens intäkter'],
      ['personnel', 'Personalkostnader'],
      ['premises', 'Lokalhyror'],
      ['purchasedServices', 'Köp av tjänster'],
      ['otherCosts', 'Övriga kostnader'],
      ['totalCosts', 'Verksamhetens kostnader'],
      ['netCosts', 'Verksamhetens nettokostnader'],
      ['allocation', 'Kommunbidrag'],
      ['financialNet', 'Finansnetto'],
      ['result', 'Årets resultat'],
    ];
    return labels.map(([role, label], i) => [role, label, [b[i], f[i], f[i] - b[i], a[i], p[i], a[i] - p[i]]]);
  });

describe('properties of validate() on Drift tables', () => {
  test('consistent tables have no findings', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const { model, workbook } = withGrid(driftModel(rows));
        return validate(model, workbook).length === 0;
      }),
      { numRuns: 150 },
    );
  });

  test('one figure changed beyond rounding: exactly one error, at that cell', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 3, max: 50_000 }), fc.boolean(), (rows, r, c, delta, down) => {
        const old = rows[r][2][c] as number;
        const changed = set(rows, r, c, old + (down ? -delta : delta));
        const { model, workbook } = withGrid(driftModel(changed));
        const errors = validate(model, workbook).filter((f) => f.severity === 'error');
        const cell = `${'BCDEFG'[c]}${r + 2}`;
        return errors.length === 1 && errors[0].cell === cell;
      }),
      { numRuns: 300 },
    );
  });
});
