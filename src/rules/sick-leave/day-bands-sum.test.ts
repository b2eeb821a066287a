import { RuleTester } from '../rule-tester';
import rule from './day-bands-sum';
import { ANNUAL, setRow, sickModel, sickRows } from '../../../test/rules/support/small';
import type { RowSpec } from '../../../test/rules/support/build';

/** 2019: "1-14 dagar" lies inside "1-59 dagar"; only 1-59 + >60 partition the total. */
const overlapping: RowSpec[] = [
  { role: 'days', label: '1-14 dagar', values: [2.3, 2.2, 0.1] },
  { role: 'days', label: '1-59 dagar', values: [3.4, 3.4, 0] },
  { role: 'days', label: '> 60 dagar', values: [4.0, 5.5, -1.5] },
  { role: 'total', label: 'Totalt', values: [7.4, 8.9, -1.5] },
];

new RuleTester().run(rule, {
  valid: [
    { name: '2024: Dag 1-14 + 15-59 + 59> = total (2,3 + 0,6 + 3,7 = 6,6)', model: sickModel() },
    { name: '2019: overlapping bands are never summed (3,4 + 4,0 = 7,4, not + 2,3)', model: sickModel(overlapping, undefined, ANNUAL) },
    { name: 'bands that do not cover the range are not a partition', model: sickModel(sickRows().filter((r) => r.label !== 'Dag 59>')) },
  ],
  invalid: [
    {
      name: 'a band typed wrong',
      model: sickModel(setRow(sickRows(), 7, 0, 1.6)),
      errors: [{ messageId: 'bandsMismatch', cell: 'B2', data: { expected: '7,6', actual: '6,6', bands: 'Dag 1-14 + Dag 15-59 + Dag 59>' } }],
    },
    {
      name: '2019 with a wrong total',
      model: sickModel(setRow(overlapping, 3, 1, 9.9), undefined, ANNUAL),
      errors: [{ messageId: 'bandsMismatch', cell: 'C5', data: { expected: '8,9', actual: '9,9' } }],
    },
  ],
});
