import { RuleTester } from '../rule-tester';
import rule from './rate-range';
import { setRow, staffModel, staffRows } from '../../../test/rules/support/small';

const fractions = staffRows().map((r) => ({ ...r, values: r.values.map((v, j) => (j === 4 && typeof v === 'number' ? v / 100 : v)) }));

new RuleTester().run(rule, {
  valid: [
    { name: 'rates in percent', model: staffModel() },
    { name: 'rates kept as fractions with a percent format (0,97)', model: staffModel(fractions) },
  ],
  invalid: [
    {
      name: 'a rate above 100 %',
      model: staffModel(setRow(staffRows(), 1, 4, 990)),
      errors: [{ messageId: 'outOfRange', cell: 'F3', data: { actual: '990', max: '100 %' } }],
    },
  ],
});
