import { RuleTester } from '../rule-tester';
import rule from './difference';
import { ANNUAL, modelOf } from '../../../test/rules/support/small';
import { numericTable } from '../../../test/rules/support/build';
import type { V } from '../../../test/rules/support/build';

const table = (tillbud: V[], skador: V[]) =>
  modelOf(
    [
      numericTable('workInjuries', {
        sheet: 'Personal',
        headerRow: 12,
        unit: 'count',
        columns: [
          { role: 'previous', header: '2018', year: 2018 },
          { role: 'current', header: '2019', year: 2019 },
          { role: 'difference', header: 'Differens 2018-2019' },
        ],
        rows: [
          { role: 'incidents', label: 'Tillbud', values: tillbud },
          { role: 'injuries', label: 'Arbetsskador', values: skador },
        ],
      }),
    ],
    ANNUAL,
  );

new RuleTester().run(rule, {
  valid: [{ name: '2019 as printed: 63 − 89 = -26, 13 − 7 = +6 (text)', model: table([89, 63, '-26'], [7, 13, '+6']) }],
  invalid: [
    {
      name: 'difference with the years swapped',
      model: table([89, 63, 26], [7, 13, '+6']),
      errors: [{ messageId: 'differenceMismatch', cell: 'D13', data: { expected: '-26', actual: '26' } }],
    },
  ],
});
