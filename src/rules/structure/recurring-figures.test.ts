import { RuleTester } from '../rule-tester';
import rule from './recurring-figures';
import { numericTable, reportModel } from '../../../test/rules/support/build';
import { INTERIM } from '../../../test/rules/support/small';
import type { ReportModel, Unit } from '../../model/types';

const LABELS = ['Ledning', 'Förskola', 'Grundskola', 'Kultur', 'Fritid'];
const COSTS_2023 = [-120.4, -140.2, -270.9, -60.1, -30.5];

/**
 * Two years' tables per verksamhet on sheets "2023" and "2024": the 2024 table prints 2023's costs
 * again. `later` changes the 2024 table's Kostnader 2023 figures; `unit`/`scale` print it in mnkr.
 */
function twoYears(
  options: { later?: (v: number[]) => void; header?: string; title?: string; unit?: Unit; scale?: number; decimals?: number; labels?: string[]; reverse?: boolean } = {},
): ReportModel {
  const scale = options.scale ?? 1;
  const again = COSTS_2023.map((v) => Math.round((v / scale) * 10 ** (options.decimals ?? 1)) / 10 ** (options.decimals ?? 1));
  options.later?.(again);
  const old = numericTable('activities', {
    sheet: '2023',
    headerRow: 1,
    decimals: 1,
    columns: [
      { role: 'kostnader 2022', header: 'Kostnader 2022' },
      { role: 'kostnader 2023', header: 'Kostnader 2023' },
    ],
    rows: LABELS.map((label, i) => ({ role: 'activity', label, values: [COSTS_2023[i] + 7.3, COSTS_2023[i]] })),
  });
  const current = numericTable('activities', {
    sheet: '2024',
    headerRow: 1,
    decimals: options.decimals ?? 1,
    unit: options.unit,
    title: options.title,
    columns: [
      { role: 'kostnader 2023', header: options.header ?? 'Kostnader 2023' },
      { role: 'kostnader 2024', header: 'Kostnader 2024' },
    ],
    rows: (options.labels ?? LABELS).map((label, i) => ({ role: 'activity', label, values: [again[i], again[i] - 5] })),
  });
  return reportModel(INTERIM, options.reverse ? [current, old] : [old, current]);
}

new RuleTester().run(rule, {
  valid: [
    { name: 'the 2023 figures printed again as they were', model: twoYears() },
    { name: 'in mnkr in the later table, within the rounding of its one decimal', model: twoYears({ unit: 'mnkr', scale: 1000, decimals: 2 }) },
    { name: 'labels with account codes and other case', model: twoYears({ labels: ['511 Ledning', '512 FÖRSKOLA', '513  grundskola', '514 Kultur', '515 Fritid'] }) },
    {
      name: 'two rows of five differ: the columns are not established as the same figures',
      model: twoYears({ later: (v) => ((v[0] = -99), (v[1] = -98), (v[2] = -97)) }),
    },
    { name: 'a 2024 column is never compared with a 2023 one', model: twoYears({ header: 'Kostnader 2024 prel.', later: (v) => (v[0] = -1) }) },
  ],
  invalid: [
    {
      name: 'one 2023 figure printed differently in the 2024 table',
      model: twoYears({ later: (v) => (v[2] = -275.9) }),
      errors: [{ messageId: 'differs', cell: 'B4', data: { header: 'Kostnader 2023', actual: '-275,9', other: '-270,9', sheet: '2023', cell: 'C4' } }],
    },
    {
      name: 'the later table first in the workbook: still reported in the later table',
      model: twoYears({ reverse: true, later: (v) => (v[4] = -35.5) }),
      errors: [{ messageId: 'differs', cell: 'B6', data: { sheet: '2023', cell: 'C6', actual: '-35,5', other: '-30,5' } }],
    },
    {
      name: 'in mnkr: a figure off by more than the rounding of two decimals',
      model: twoYears({ unit: 'mnkr', scale: 1000, decimals: 2, later: (v) => (v[1] = -0.15) }),
      errors: [{ messageId: 'differs', cell: 'B3', data: { actual: '-0,15', other: '-140,2 tkr' } }],
    },
    {
      name: 'the table says its comparison figures were restated: a warning',
      model: twoYears({ title: 'Driftredovisning (jämförelsetal omräknade)', later: (v) => (v[0] = -125.4) }),
      errors: [{ messageId: 'differsRestated', cell: 'B2', severity: 'warning' }],
    },
  ],
});
