import { RuleTester } from '../rule-tester';
import rule from './relations';
import { numericTable, reportModel } from '../../../test/rules/support/build';
import { INTERIM } from '../../../test/rules/support/small';
import type { ReportModel } from '../../model/types';

/** A table per verksamhet: a board's total first, its units below; Netto = Intäkter + Kostnader. */
function perActivity(change: (rows: number[][]) => void = () => undefined): ReportModel {
  const values = [
    [130, -530, -400],
    [20, -120, -100],
    [40, -140, -100],
    [70, -270, -200],
    [10, -60, -50],
    [5, -30, -25],
    [5, -30, -25],
  ];
  change(values);
  const labels = ['Nämnden', 'Ledning', 'Förskola', 'Grundskola', 'Kultur', 'Bibliotek', 'Fritid'];
  return reportModel(INTERIM, [
    numericTable('activities', {
      sheet: 'Drift',
      headerRow: 1,
      columns: [
        { role: 'intäkter 2024', header: 'Intäkter 2024' },
        { role: 'kostnader 2024', header: 'Kostnader 2024' },
        { role: 'nettokostnad 2024', header: 'Nettokostnad 2024' },
      ],
      rows: values.map((v, i) => ({ role: i === 0 || i === 4 ? 'total' : 'activity', label: labels[i], values: v })),
    }),
  ]);
}

new RuleTester().run(rule, {
  valid: [
    { name: 'the board total and every row add up', model: perActivity() },
    { name: 'a table too small to show a pattern', model: perActivity((v) => v.splice(2)) },
  ],
  invalid: [
    {
      name: 'a unit’s net cost that is not its revenue plus costs',
      model: perActivity((v) => (v[2][2] = -90)),
      errors: [
        { messageId: 'relationBroken', cell: 'D4', data: { expected: '-100' } },
        { messageId: 'relationBroken', cell: 'D2', data: { expected: '-390' } },
      ],
    },
    {
      name: 'the board total typed wrong in one column',
      model: perActivity((v) => (v[0][0] = 135)),
      // Both identities the cell takes part in break; validate() settles the root cause at B2.
      errors: [
        { messageId: 'relationBroken', cell: 'D2', data: { expected: '-395' } },
        { messageId: 'relationBroken', cell: 'B2', data: { expected: '130' } },
      ],
    },
  ],
});
