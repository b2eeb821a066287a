import { RuleTester } from '../rule-tester';
import rule from './result';
import { driftModel, driftRows, set } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'net costs + allocation + financial net = result', model: driftModel() },
    {
      name: 'without a financial-net row the result is net costs + allocation',
      model: driftModel(set(set(driftRows(), 7, 3, -10), 7, 5, -10).filter((r) => r[0] !== 'financialNet')),
    },
  ],
  invalid: [
    {
      name: 'result wrong in the actual column',
      model: driftModel(set(driftRows(), 7, 3, -110)),
      errors: [{ messageId: 'resultMismatch', cell: 'E9', data: { expected: '-11', actual: '-110' } }],
    },
    {
      name: 'financial net forgotten in the result',
      model: driftModel(set(driftRows(), 7, 3, -10)),
      errors: [{ messageId: 'rounding', cell: 'E9', severity: 'info' }],
    },
    {
      name: 'allocation with the wrong sign',
      model: driftModel(set(driftRows(), 5, 0, -300)),
      errors: [{ messageId: 'resultMismatch', cell: 'B9', data: { expected: '-600' } }],
    },
  ],
});
