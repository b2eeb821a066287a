import { RuleTester } from '../rule-tester';
import rule from './total-within-groups';
import { setRow, sickModel, sickRows } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [{ name: 'total between women and men and between the age bands', model: sickModel() }],
  invalid: [
    {
      name: 'a total above every group rate (summed instead of averaged)',
      model: sickModel(setRow(setRow(sickRows(), 0, 0, 15.4), 0, 2, 7.5)),
      errors: [
        { messageId: 'outsideRange', cell: 'B2', severity: 'warning', data: { min: '5,8', max: '9,6', groups: 'kvinnor och män' } },
        { messageId: 'outsideRange', cell: 'B2', data: { min: '2,4', max: '8,1', groups: 'åldersgrupperna' } },
      ],
    },
  ],
});
