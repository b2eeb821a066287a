import { RuleTester } from '../rule-tester';
import rule from './difference';
import { driftModel, driftRows, set } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'difference = actual − previous actual on every row', model: driftModel() },
    { name: 'an empty difference cell is skipped', model: driftModel(set(driftRows(), 0, 5, null)) },
  ],
  invalid: [
    {
      name: 'a thousand off (the printed 2024 Verksamhetens kostnader: -32 296 vs -33 296)',
      model: driftModel(set(driftRows(), 3, 5, 970)),
      errors: [{ messageId: 'differenceMismatch', cell: 'G5', data: { expected: '-30', actual: '970' } }],
    },
    {
      name: 'one unit off is rounding',
      model: driftModel(set(driftRows(), 0, 5, 11)),
      errors: [{ messageId: 'rounding', cell: 'G2', severity: 'info' }],
    },
  ],
});
