import { RuleTester } from '../rule-tester';
import rule from './variance';
import { ANNUAL, DRIFT_COLUMNS, driftModel, driftRows, set } from '../../../test/rules/support/small';
import type { RowTuple } from '../../../test/rules/support/small';

/** Annual statement: budget, actual, variance = actual − budget (no forecast column). */
const annualColumns = [DRIFT_COLUMNS[0], DRIFT_COLUMNS[3], DRIFT_COLUMNS[2]];
const annual: RowTuple[] = [
  ['revenue', 'Verksamhetens intäkter', [41560, 52897, 11337]],
  ['personnel', 'Personalkostnader', [-145819, -152397, -6577]],
];

new RuleTester().run(rule, {
  valid: [
    { name: 'variance = forecast − budget on every row', model: driftModel() },
    { name: 'annual: variance = actual − budget (2019 revenue 11 337)', model: driftModel(annual.slice(0, 1), annualColumns, ANNUAL) },
    {
      name: 'an annual statement keeping the last forecast beside the outcome: its rows decide',
      model: driftModel(
        [
          ['revenue', 'Verksamhetens intäkter', [100, 90, 20, 120]],
          ['personnel', 'Personalkostnader', [-300, -320, -30, -330]],
        ],
        [DRIFT_COLUMNS[0], DRIFT_COLUMNS[1], DRIFT_COLUMNS[2], DRIFT_COLUMNS[3]],
        ANNUAL,
      ),
    },
  ],
  invalid: [
    {
      name: 'variance with the opposite sign',
      model: driftModel(set(driftRows(), 1, 2, 10)),
      errors: [{ messageId: 'varianceMismatch', cell: 'D3', data: { expected: '-10', actual: '10' } }],
    },
    {
      name: 'annual: -6 577 against -152 397 − -145 819 = -6 578 is rounding',
      model: driftModel(annual, annualColumns, ANNUAL),
      errors: [{ messageId: 'rounding', cell: 'D3', severity: 'info' }],
    },
  ],
});
