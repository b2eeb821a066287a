import { RuleTester } from '../rule-tester';
import rule from './cost-groups-sum';
import { driftModel, driftRows, set } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'every column adds up', model: driftModel() },
    { name: 'a missing cost figure skips that column, never reads it as 0', model: driftModel(set(driftRows(), 1, 0, null)) },
    { name: 'no total row, nothing to check', model: driftModel(driftRows().filter((r) => r[0] !== 'totalCosts')) },
  ],
  invalid: [
    {
      name: 'total differs from the sum',
      model: driftModel(set(driftRows(), 3, 0, -410)),
      errors: [{ messageId: 'sumMismatch', cell: 'B5', severity: 'error', data: { expected: '-400', actual: '-410', diff: '-10' } }],
    },
    {
      name: 'a cost group typed wrong breaks its column',
      model: driftModel(set(driftRows(), 1, 3, -2000)),
      errors: [{ messageId: 'sumMismatch', cell: 'E5', data: { expected: '-2 070' } }],
    },
    {
      name: 'off by one with three rounded figures is rounding, info only',
      model: driftModel(set(driftRows(), 1, 0, -301)),
      errors: [{ messageId: 'rounding', cell: 'B5', severity: 'info' }],
    },
    {
      name: 'off by two with three rounded figures is an error',
      model: driftModel(set(driftRows(), 1, 0, -302)),
      errors: [{ messageId: 'sumMismatch', cell: 'B5', severity: 'error' }],
    },
  ],
});
