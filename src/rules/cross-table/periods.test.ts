import { RuleTester } from '../rule-tester';
import rule from './periods';
import { DRIFT_COLUMNS, driftModel, driftRows, sickModel } from '../../../test/rules/support/small';
import { printed2024 } from '../../../test/rules/fixtures/printed-2024';
import type { Indicators } from '../../model/types';

/** The 2024 fixture with the indicator columns dated by their headers. */
function datedIndicators(outcomeDate: string) {
  const { model } = printed2024();
  const tables = model.tables.map((t) => {
    if (t.kind !== 'indicators') return t;
    const columns = [
      ...t.columns,
      { role: 'outcome', header: `Utfall ${outcomeDate}`, ref: { sheet: t.sheet, cell: 'E3' }, col: 5, year: Number(outcomeDate.slice(0, 4)), date: outcomeDate },
      { role: 'previousOutcome', header: 'Utfall 31 aug 2023', ref: { sheet: t.sheet, cell: 'F3' }, col: 6, year: 2023, date: '2023-08-31' },
    ] as Indicators['columns'];
    return { ...t, columns };
  });
  return { ...model, tables };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'Drift headed 2024/2023 in a 2024 report', model: driftModel() },
    { name: 'sick leave headed 2024/2023', model: sickModel() },
    { name: 'indicator outcomes dated at the cutoff, last year’s a year earlier', model: datedIndicators('2024-08-31') },
  ],
  invalid: [
    {
      name: 'an outcome column dated at another month than the report',
      model: datedIndicators('2024-07-31'),
      errors: [{ messageId: 'wrongDate', cell: 'E3', data: { date: '2024-07-31', expected: '2024-08-31' } }],
    },
    {
      name: 'last year’s comparison column left at 2022',
      model: driftModel(driftRows(), DRIFT_COLUMNS.map((c) => (c.role === 'previousActual' ? { ...c, header: 'Utfall 2022', year: 2022 } : c))),
      errors: [{ messageId: 'wrongYear', cell: 'F1', data: { year: 2022, expected: 2023 } }],
    },
    {
      name: 'a sick-leave table from last year',
      model: sickModel(undefined, [
        { role: 'current', header: '2023', year: 2023 },
        { role: 'previous', header: '2022', year: 2022 },
        { role: 'difference', header: 'Differens' },
      ]),
      errors: [
        { messageId: 'wrongYear', cell: 'B1', data: { year: 2023, expected: 2024 } },
        { messageId: 'wrongYear', cell: 'C1', data: { year: 2022, expected: 2023 } },
      ],
    },
  ],
});
