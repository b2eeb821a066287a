import { RuleTester } from '../rule-tester';
import rule from './difference';
import { setRow, sickModel, sickRows } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'every difference is current − previous', model: sickModel() },
    { name: 'a "+-0" written as text reads as 0', model: sickModel(setRow(sickRows(), 0, 2, '+-0').map((r, i) => (i === 0 ? { ...r, values: [7.9, 7.9, '+-0'] } : r))) },
  ],
  invalid: [
    {
      name: 'the printed 50 år> difference -2,5 against 5,2 − 7,6 = -2,4 is rounding of rounded rates',
      model: sickModel(setRow(sickRows(), 5, 2, -2.5)),
      errors: [{ messageId: 'rounding', cell: 'D7', severity: 'info' }],
    },
    {
      name: 'a wrong difference',
      model: sickModel(setRow(sickRows(), 1, 2, 2.7)),
      errors: [{ messageId: 'differenceMismatch', cell: 'D3', data: { expected: '-2,7', actual: '2,7' } }],
    },
  ],
});
