import { RuleTester } from '../rule-tester';
import rule from './wrong-sign';
import { driftModel, driftRows, investmentModel, investmentRows, set, setInv } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'costs negative, revenue and allocation positive', model: driftModel() },
    { name: 'investments all non-negative (differences may be negative)', model: investmentModel() },
  ],
  invalid: [
    {
      name: 'a cost entered positive among negative costs',
      model: driftModel(set(driftRows(), 1, 3, 200)),
      errors: [{ messageId: 'costSign', cell: 'E3', severity: 'warning', data: { actual: '200' } }],
    },
    {
      name: 'revenue entered negative',
      model: driftModel(set(driftRows(), 0, 0, -100)),
      errors: [{ messageId: 'incomeSign', cell: 'B2' }],
    },
    {
      name: 'a negative investment amount',
      model: investmentModel(setInv(investmentRows(), 1, 0, -400)),
      errors: [{ messageId: 'negative', cell: 'B3' }],
    },
  ],
});
