import { RuleTester } from '../rule-tester';
import rule from './total-within-range';
import { setRow, staffModel, staffRows } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [{ name: 'average age 46,0 within 37,0–51,2; rate 97 within 96–100', model: staffModel() }],
  invalid: [
    {
      name: 'average age outside the groups',
      model: staffModel(setRow(staffRows(), 0, 3, 64.0)),
      errors: [{ messageId: 'outsideRange', cell: 'E2', severity: 'warning', data: { min: '37,0', max: '51,2' } }],
    },
    {
      name: 'employment rate below every group',
      model: staffModel(setRow(staffRows(), 0, 4, 79)),
      errors: [{ messageId: 'outsideRange', cell: 'F2', data: { min: '96', max: '100' } }],
    },
  ],
});
