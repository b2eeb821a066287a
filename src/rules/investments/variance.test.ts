import { RuleTester } from '../rule-tester';
import rule from './variance';
import { ANNUAL, DRIFT_COLUMNS, investmentModel, investmentRows, setInv } from '../../../test/rules/support/small';

const annualColumns = [DRIFT_COLUMNS[0], DRIFT_COLUMNS[3], DRIFT_COLUMNS[2]];

new RuleTester().run(rule, {
  valid: [
    { name: 'budget − forecast, as the 2024 table prints it (650 = 750 − 100)', model: investmentModel() },
    {
      name: 'forecast − budget is accepted when the table uses it',
      model: investmentModel([
        ['item', 'Inventarier', [400, 300, -100]],
        ['item', 'IT', [100, 150, 50]],
        ['total', 'Totalt', [500, 450, -50]],
      ], DRIFT_COLUMNS.slice(0, 3)),
    },
    {
      name: 'annual: budget − bokslut (2019: 487 = 1 450 − 963)',
      model: investmentModel([['item', 'Investering X', [1450, 963, 487]], ['total', 'Totalt utgifter', [1450, 963, 487]]], annualColumns, ANNUAL),
    },
  ],
  invalid: [
    {
      name: 'one row breaks the convention the others follow',
      model: investmentModel(setInv(investmentRows(), 5, 2, -650)),
      errors: [{ messageId: 'varianceMismatch', cell: 'D7', data: { expected: '650', actual: '-650' } }],
    },
    {
      name: 'a variance that fits no convention',
      model: investmentModel(setInv(investmentRows(), 4, 2, 600)),
      errors: [{ messageId: 'varianceMismatch', cell: 'D6', data: { expected: '650' } }],
    },
  ],
});
