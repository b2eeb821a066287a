import { RuleTester } from '../rule-tester';
import rule from './total';
import { review } from '../../../test/rules/support/forecast-review';

/** Four boards and the city's result printed last (level 0 over boards at level 1). */
const ROWS = () => [
  [67, 32, 35],
  [96, 65, 31],
  [-11, -10, -1],
  [15, 6, 9],
  [167, 93, 74],
];

new RuleTester().run(rule, {
  valid: [
    { name: 'the result is the sum of the boards in every column', model: review(ROWS(), [], true) },
    { name: 'no total row: nothing to check', model: review(ROWS().slice(0, 4), []) },
  ],
  invalid: [
    {
      name: 'a wrong result in the outcome column',
      model: review(
        ROWS().map((r, i) => (i === 4 ? [176, 93, 74] : r)),
        [],
        true,
      ),
      errors: [{ messageId: 'totalMismatch', cell: 'B6', data: { expected: '167', actual: '176' } }],
    },
  ],
});
