import { RuleTester } from '../rule-tester';
import rule from './periods';
import { DRIFT_COLUMNS, driftModel, driftRows, sickModel } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'Drift headed 2024/2023 in a 2024 report', model: driftModel() },
    { name: 'sick leave headed 2024/2023', model: sickModel() },
  ],
  invalid: [
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
