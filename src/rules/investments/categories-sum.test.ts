import { RuleTester } from '../rule-tester';
import rule from './categories-sum';
import { investmentModel, investmentRows, setInv } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'total = sum of categories in every column', model: investmentModel() },
    {
      name: 'without categories the top-level rows are the terms',
      model: investmentModel([
        ['item', 'Inventarier', [400, 300]],
        ['item', 'IT-utrustning', [100, 50]],
        ['total', 'Totalt', [500, 350]],
      ]),
    },
  ],
  invalid: [
    {
      name: 'total changed',
      model: investmentModel(setInv(investmentRows(), 6, 0, 1600)),
      errors: [{ messageId: 'totalMismatch', cell: 'B8', data: { expected: '1 500', actual: '1 600' } }],
    },
    {
      name: 'the 2019 total over categories printed 0',
      model: investmentModel([
        ['category', 'Reinvestering', [0, 0]],
        ['item', 'Investering X', [1450, 963], 0],
        ['total', 'Totalt utgifter', [1450, 963]],
      ]),
      errors: [
        { messageId: 'totalMismatch', cell: 'B4', data: { expected: '0' } },
        { messageId: 'totalMismatch', cell: 'C4', data: { expected: '0' } },
      ],
    },
  ],
});
