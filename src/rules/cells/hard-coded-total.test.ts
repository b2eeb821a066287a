import { RuleTester } from '../rule-tester';
import rule from './hard-coded-total';
import { driftModel, driftRows, withGrid } from '../../../test/rules/support/small';
import type { RowTuple } from '../../../test/rules/support/small';

const F = (f: string, v: number) => ({ f, v });

/** Total-costs row with formulas; the variance and difference columns with formulas. */
function withFormulas(hardCodeTotal: boolean, hardCodeDiff: boolean): RowTuple[] {
  const rows = driftRows();
  rows[3] = ['totalCosts', 'Verksamhetens kostnader', [F('SUM(B3:B4)', -400), F('SUM(C3:C4)', -410), F('SUM(D3:D4)', -10), hardCodeTotal ? -270 : F('SUM(E3:E4)', -270), F('SUM(F3:F4)', -240), F('SUM(G3:G4)', -30)]];
  rows.forEach((r, i) => {
    if (i === 3) return;
    const n = i + 2;
    r[2][5] = i === 1 && hardCodeDiff ? r[2][5] : F(`E${n}-F${n}`, r[2][5] as number);
  });
  return rows;
}

new RuleTester().run(rule, {
  valid: [
    { name: 'a table of typed-in numbers (as printed) has no formulas to compare with', ...withGrid(driftModel()) },
    { name: 'totals and differences as formulas', ...withGrid(driftModel(withFormulas(false, false))) },
  ],
  invalid: [
    {
      name: 'a typed-in total among formula totals',
      ...withGrid(driftModel(withFormulas(true, false))),
      errors: [{ messageId: 'hardCoded', cell: 'E5', data: { actual: '-270', neighbours: 'övriga celler i raden' } }],
    },
    {
      name: 'a typed-in difference among formula differences',
      ...withGrid(driftModel(withFormulas(false, true))),
      errors: [{ messageId: 'hardCoded', cell: 'G3', data: { neighbours: 'övriga celler i kolumnen' } }],
    },
  ],
});
