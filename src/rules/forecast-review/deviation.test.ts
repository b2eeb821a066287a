import { RuleTester } from '../rule-tester';
import rule from './deviation';
import { review } from '../../../test/rules/support/forecast-review';
import type { ForecastDifference } from '../../model/types';

const ROWS = () => [
  [67, 32, 35],
  [96, 65, 31],
  [-11, -10, -1],
  [15, 6, 9],
];
const OUTCOME_MINUS_FORECAST: ForecastDifference[] = [{ deviation: 'avvikelse', minuend: 'utfall', subtrahend: 'prognos jan–aug', holds: 4, checked: 4 }];
const FORECAST_MINUS_OUTCOME: ForecastDifference[] = [{ deviation: 'avvikelse', minuend: 'prognos jan–aug', subtrahend: 'utfall', holds: 4, checked: 4 }];

new RuleTester().run(rule, {
  valid: [
    { name: 'Avvikelse = Bokslut − Delårsrapp jan-aug on every row, as printed', model: review(ROWS(), OUTCOME_MINUS_FORECAST) },
    { name: 'the reverse direction, when the numbers say so', model: review(ROWS().map(([a, b, d]) => [a, b, -d]), FORECAST_MINUS_OUTCOME) },
    { name: 'no difference the numbers show: nothing checked', model: review(ROWS().map(([a, b]) => [a, b, 0]), []) },
  ],
  invalid: [
    {
      name: 'one wrong deviation',
      model: review(
        ROWS().map((r, i) => (i === 1 ? [96, 65, 13] : r)),
        OUTCOME_MINUS_FORECAST,
      ),
      errors: [{ messageId: 'deviationMismatch', cell: 'D3', data: { expected: '31', actual: '13' } }],
    },
  ],
});
