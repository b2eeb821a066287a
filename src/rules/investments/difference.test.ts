import { RuleTester } from '../rule-tester';
import rule from './difference';
import { investmentModel, investmentRows, setInv } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [{ name: 'difference = actual − previous (IT-utrustning 90 − 159 = -69)', model: investmentModel() }],
  invalid: [
    {
      name: 'sign flipped',
      model: investmentModel(setInv(investmentRows(), 2, 5, 69)),
      errors: [{ messageId: 'differenceMismatch', cell: 'G4', data: { expected: '-69', actual: '69' } }],
    },
  ],
});
