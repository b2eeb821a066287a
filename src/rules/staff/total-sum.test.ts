import { RuleTester } from '../rule-tester';
import rule from './total-sum';
import { setRow, staffModel, staffRows } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [{ name: 'AID-struktur = sum of the three groups (231 = 38 + 192 + 1; 227,1 = 37,5 + 188,6 + 1,0)', model: staffModel() }],
  invalid: [
    {
      name: 'persons total off',
      model: staffModel(setRow(staffRows(), 0, 0, 213)),
      errors: [{ messageId: 'totalMismatch', cell: 'B2', data: { expected: '231', actual: '213' } }],
    },
    {
      name: 'FTE a tenth off is rounding',
      model: staffModel(setRow(staffRows(), 0, 2, 227.2)),
      errors: [{ messageId: 'rounding', cell: 'D2', severity: 'info' }],
    },
  ],
});
