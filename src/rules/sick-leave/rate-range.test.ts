import { RuleTester } from '../rule-tester';
import rule from './rate-range';
import { setRow, sickModel, sickRows } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [{ name: 'rates within 0–100, differences within ±100', model: sickModel() }],
  invalid: [
    {
      name: 'a rate entered as 66 instead of 6,6 … and one as 660',
      model: sickModel(setRow(setRow(sickRows(), 1, 0, 580), 2, 1, -5.6)),
      errors: [
        { messageId: 'outOfRange', cell: 'B3', data: { actual: '580,0' } },
        { messageId: 'outOfRange', cell: 'C4', data: { min: 0 } },
      ],
    },
  ],
});
