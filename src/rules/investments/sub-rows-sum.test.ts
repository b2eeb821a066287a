import { RuleTester } from '../rule-tester';
import rule from './sub-rows-sum';
import { investmentModel, investmentRows, setInv } from '../../../test/rules/support/small';
import type { InvRow } from '../../../test/rules/support/small';

/** 2019: "Investering X" and "-varav exploatering" under one category; varav is a subset, not a term. */
const withOfWhich: InvRow[] = [
  ['category', 'Expansionsinvestering', [100, 80]],
  ['item', 'Investering X', [100, 80], 0],
  ['item', '-varav exploatering', [40, 30], 0],
  ['total', 'Totalt utgifter', [100, 80]],
];

new RuleTester().run(rule, {
  valid: [
    { name: 'categories equal their sub-rows (2024 Reinvestering 750 = 400 + 300 + 50)', model: investmentModel() },
    { name: 'a "varav" row is not added to its siblings', model: investmentModel(withOfWhich) },
  ],
  invalid: [
    {
      name: 'the 2019 Reinvestering: 0 / 0 over a sub-row of 1 450 / 963',
      model: investmentModel([
        ['category', 'Reinvestering', [0, 0]],
        ['item', 'Investering X', [1450, 963], 0],
      ]),
      errors: [
        { messageId: 'categoryMismatch', cell: 'B2', data: { expected: '1 450', actual: '0' } },
        { messageId: 'categoryMismatch', cell: 'C2', data: { expected: '963', actual: '0' } },
      ],
    },
    {
      name: 'an "of which" row larger than its row',
      model: investmentModel([
        ['category', 'Expansionsinvestering', [100, 80]],
        ['item', 'Investering X', [100, 80], 0],
        ['item', '-varav exploatering', [140, 30], 0],
        ['total', 'Totalt utgifter', [100, 80]],
      ]),
      errors: [{ messageId: 'ofWhichExceeds', cell: 'B4', data: { actual: '140', expected: '100' } }],
    },
    {
      name: 'a sub-row typed wrong',
      model: investmentModel(setInv(investmentRows(), 2, 3, 900)),
      errors: [{ messageId: 'categoryMismatch', cell: 'E2', data: { expected: '1 208' } }],
    },
  ],
});
