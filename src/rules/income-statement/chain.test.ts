import { RuleTester } from '../rule-tester';
import rule from './chain';
import { numericTable, reportModel } from '../../../test/rules/support/build';
import { ANNUAL } from '../../../test/rules/support/small';
import type { ReportModel } from '../../model/types';

/**
 * A resultaträkning in tkr (Grästorp 2019's printed figures, Budget and Utfall): rows 2–13,
 * columns B–C; Extraordinära poster printed empty; a varav row that is no part of the chain.
 */
function statement(change: (rows: (number | null)[][]) => void = () => undefined): ReportModel {
  const rows: [string, string, (number | null)[], number?][] = [
    ['revenue', 'Verksamhetens intäkter', [102946, 101282]],
    ['subRow', 'varav jämförelsestörande poster', [500, 700], 1],
    ['costs', 'Verksamhetens kostnader', [-423231, -417698]],
    ['depreciation', 'Avskrivningar', [-14991, -14879]],
    ['netCosts', 'Verksamhetens nettokostnader', [-335276, -331295]],
    ['taxRevenue', 'Skatteintäkter', [257951, 257770]],
    ['generalGrants', 'Generella statsbidrag och utjämning', [84473, 86552]],
    ['operatingResult', 'Verksamhetens resultat', [7148, 13027]],
    ['financialIncome', 'Finansiella intäkter', [812, 794]],
    ['financialCosts', 'Finansiella kostnader', [-1111, -1778]],
    ['resultAfterFinancial', 'Resultat efter finansiella poster', [6849, 12043]],
    ['extraordinary', 'Extraordinära poster', [null, null]],
    ['result', 'Årets resultat', [6849, 12043]],
  ];
  const values = rows.map((r) => [...r[2]]);
  change(values);
  return reportModel(ANNUAL, [
    numericTable('incomeStatement', {
      sheet: 'Resultaträkning',
      headerRow: 1,
      columns: [
        { role: 'budget 2019', header: 'Budget 2019' },
        { role: 'utfall 2019', header: 'Utfall 2019' },
      ],
      rows: rows.map((r, i) => ({ role: r[0], label: r[1], values: values[i], level: r[3] ?? 0 })),
    }),
  ]);
}

/** Skattenetto over its rows (level 1) inside the link to Resultat före finansiella poster: rows 2–9, B. */
function withBlock(skattenetto = 6867): ReportModel {
  const rows: [string, string, number, number][] = [
    ['revenue', 'Verksamhetens intäkter', 6043, 0],
    ['costs', 'Verksamhetens kostnader', -12061, 0],
    ['netCosts', 'Verksamhetens nettokostnad', -6018, 0],
    ['taxRevenue', 'Skatteintäkter', 5598, 1],
    ['generalGrants', 'Generella statsbidrag och utjämning', 1255, 1],
    ['line', 'Kommunal fastighetsavgift', 206, 1],
    ['generalGrants', 'LSS-utjämning', -192, 1],
    ['line', 'Skattenetto', skattenetto, 0],
    ['operatingResult', 'Resultat före finansiella poster', 849, 0],
  ];
  return reportModel(ANNUAL, [
    numericTable('incomeStatement', {
      sheet: 'RR',
      headerRow: 1,
      columns: [{ role: 'utfall 2024', header: 'Utfall 2024' }],
      rows: rows.map(([role, label, v, level]) => ({ role, label, values: [v], level })),
    }),
  ]);
}

new RuleTester().run(rule, {
  valid: [
    { name: 'Grästorp 2019 as printed: every link of the chain holds, the varav row takes no part', model: statement() },
    { name: 'a subtotal left empty is not checked', model: statement((v) => (v[7][1] = null)) },
    { name: 'a block with its own sum stands for its rows in the link', model: withBlock() },
  ],
  invalid: [
    {
      name: 'a wrong block sum breaks the block and the link it stands in',
      model: withBlock(6876),
      errors: [
        { messageId: 'chainBroken', cell: 'B9', data: { expected: '6 867', actual: '6 876' } },
        { messageId: 'chainBroken', cell: 'B10', data: { expected: '858' } },
      ],
    },
    {
      name: 'a wrong Verksamhetens resultat breaks its own link and the next',
      model: statement((v) => (v[7][1] = 13127)),
      errors: [
        { messageId: 'chainBroken', cell: 'C9', data: { expected: '13 027', actual: '13 127' } },
        { messageId: 'chainBroken', cell: 'C12', data: { expected: '12 143' } },
      ],
    },
    {
      name: 'a wrong part (Skatteintäkter) breaks the link it belongs to',
      model: statement((v) => (v[5][0] = 257851)),
      errors: [{ messageId: 'chainBroken', cell: 'B9', data: { expected: '7 048' } }],
    },
    {
      name: 'Årets resultat against Resultat efter finansiella poster, nothing extraordinary printed',
      model: statement((v) => (v[12][0] = 6894)),
      errors: [{ messageId: 'chainBroken', cell: 'B14', data: { expected: '6 849', actual: '6 894' } }],
    },
  ],
});
