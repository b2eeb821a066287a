import { RuleTester } from '../rule-tester';
import rule from './same-figure';
import { ANNUAL, DRIFT_COLUMNS, modelOf, rowSpecs } from '../../../test/rules/support/small';
import { numericTable } from '../../../test/rules/support/build';

const model = (final: number, label = 'Bokslut 2019', period = ANNUAL) =>
  modelOf(
    [
      numericTable('operating', {
        sheet: 'Drift',
        headerRow: 3,
        columns: [DRIFT_COLUMNS[0], { ...DRIFT_COLUMNS[3], header: 'Bokslut 2019', year: 2019 }, { ...DRIFT_COLUMNS[4], header: 'Bokslut 2018', year: 2018 }],
        rows: rowSpecs([['result', 'Årets resultat', [0, -14311, -6050]]]),
      }),
      numericTable('forecastAccuracy', {
        sheet: 'Prognossäkerhet',
        headerRow: 3,
        columns: [{ role: 'forecast', header: 'Prognos' }, { role: 'deviation', header: 'Avvikelse från bokslut' }],
        rows: [{ role: 'finalResult', label, row: 7, values: [final] }],
      }),
    ],
    period,
  );

new RuleTester().run(rule, {
  valid: [
    { name: 'the final result equals Drift’s result (-14 311)', model: model(-14311) },
    { name: 'last year’s final result against Bokslut 2018', model: model(-6050, 'Bokslut 2018') },
    { name: 'an interim report has no final result to compare', model: model(-1, 'Bokslut 2019', { kind: 'interim', year: 2019, cutoff: '2019-08-31' }) },
  ],
  invalid: [
    {
      name: 'the final result differs',
      model: model(-14131),
      errors: [{ messageId: 'differs', cell: 'B7', data: { expected: '-14 311', actual: '-14 131', other: 'Drift (Årets resultat, Bokslut 2019)' } }],
    },
  ],
});
