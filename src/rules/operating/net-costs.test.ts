import { RuleTester } from '../rule-tester';
import rule from './net-costs';
import { driftModel, driftRows, set } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'revenue + costs = net costs in every column', model: driftModel() },
    { name: 'no net-cost row', model: driftModel(driftRows().filter((r) => r[0] !== 'netCosts')) },
  ],
  invalid: [
    {
      name: 'net costs wrong in the forecast column',
      model: driftModel(set(driftRows(), 4, 1, -320)),
      errors: [{ messageId: 'netMismatch', cell: 'C6', data: { expected: '-310', actual: '-320' } }],
    },
    {
      name: 'a one-unit difference is rounding (the printed 2024 budget: -245 082 vs -245 083)',
      model: driftModel(set(driftRows(), 4, 0, -299)),
      errors: [{ messageId: 'rounding', cell: 'B6', severity: 'info' }],
    },
  ],
});
