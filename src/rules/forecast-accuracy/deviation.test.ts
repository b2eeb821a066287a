import { RuleTester } from '../rule-tester';
import rule from './deviation';
import { ANNUAL, modelOf } from '../../../test/rules/support/small';
import { numericTable } from '../../../test/rules/support/build';
import type { V } from '../../../test/rules/support/build';

const table = (delar: V[], var_: V[], final: V) =>
  modelOf(
    [
      numericTable('forecastAccuracy', {
        sheet: 'Prognossäkerhet',
        headerRow: 3,
        columns: [
          { role: 'forecast', header: 'Prognos' },
          { role: 'deviation', header: 'Avvikelse från bokslut' },
        ],
        rows: [
          { role: 'forecast', label: 'Delårsbokslut', values: delar },
          { role: 'forecast', label: 'Vårbokslut', values: var_ },
          { role: 'finalResult', label: 'Bokslut 2019', row: 7, values: [final] },
        ],
      }),
    ],
    ANNUAL,
  );

new RuleTester().run(rule, {
  valid: [{ name: '2019: -14 720 − -14 311 = -409; -6 902 − -14 311 = 7 409', model: table([-14720, -409], [-6902, 7409], -14311) }],
  invalid: [
    {
      name: 'deviation as final − forecast (the opposite sign)',
      model: table([-14720, 409], [-6902, 7409], -14311),
      errors: [{ messageId: 'deviationMismatch', cell: 'C4', data: { expected: '-409', actual: '409' } }],
    },
    {
      name: 'a wrong final result breaks both deviations',
      model: table([-14720, -409], [-6902, 7409], -14131),
      errors: [
        { messageId: 'deviationMismatch', cell: 'C4', data: { expected: '-589' } },
        { messageId: 'deviationMismatch', cell: 'C5', data: { expected: '7 229' } },
      ],
    },
  ],
});
