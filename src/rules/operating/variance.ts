import type { Rule } from '../types';
import { IDENTITY_MESSAGES } from '../identity';
import { columnByRole, hasValue } from '../tables';
import { checkDerivedColumn, DROPPED_MESSAGE } from '../derived-columns';
import { classify, roundingTolerance } from '../tolerance';
import type { OperatingColumnRole, OperatingStatement } from '../../model/types';
import { operatingTables } from './shared';

/**
 * Avvikelse = prognos − budget; in an annual report without a forecast column the variance is
 * bokslut − budget. Checked across every row. A table with both columns is held to the one its
 * rows follow (an annual statement may keep last forecast beside the outcome); on a tie, the
 * forecast.
 */
function comparator(table: OperatingStatement): OperatingColumnRole | undefined {
  const hasForecast = !!columnByRole(table.columns, 'forecast');
  const hasActual = !!columnByRole(table.columns, 'actual');
  if (!hasForecast || !hasActual) return hasForecast ? 'forecast' : hasActual ? 'actual' : undefined;
  let forecast = 0;
  let actual = 0;
  for (const row of table.rows) {
    const v = row.values.variance;
    const b = row.values.budget;
    const f = row.values.forecast;
    const a = row.values.actual;
    if (!hasValue(v) || !hasValue(b) || !hasValue(f) || !hasValue(a)) continue;
    const fits = (x: typeof f & { value: number }) => classify(x.value - b.value - v.value, roundingTolerance([v.decimals, b.decimals, x.decimals])) !== 'broken';
    const byForecast = fits(f);
    const byActual = fits(a);
    if (byForecast && !byActual) forecast++;
    if (byActual && !byForecast) actual++;
  }
  return actual > forecast ? 'actual' : 'forecast';
}

/** Columns a variance may be the difference of. */
const CANDIDATES: readonly OperatingColumnRole[] = ['forecast', 'actual', 'budget', 'periodBudget', 'previousActual'];

const rule: Rule = {
  meta: {
    id: 'operating/variance',
    type: 'problem',
    docs: {
      description: {
        sv: 'Avvikelsen ska vara prognos minus budget, eller utfall minus budget när tabellen saknar prognoskolumn (årsbokslut), på varje rad; följer siffrorna på de flesta rader ett annat par kolumner gäller det paret.',
        en: 'The variance equals forecast minus budget, or actual minus budget when there is no forecast column, on every row; when the figures follow another pair of columns on most rows, that pair holds.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      varianceMismatch: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
      },
      expectationDropped: DROPPED_MESSAGE,
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of operatingTables(ctx.model)) {
      const role = comparator(table);
      checkDerivedColumn(ctx, table.columns, table.rows, {
        target: 'variance',
        expected: role ? [role, 'budget'] : undefined,
        candidates: CANDIDATES,
        messageId: 'varianceMismatch',
        name: 'Avvikelse',
      });
      checkDerivedColumn(ctx, table.columns, table.rows, {
        target: 'periodVariance',
        expected: ['actual', 'periodBudget'],
        candidates: CANDIDATES,
        messageId: 'varianceMismatch',
        name: 'Avvikelse',
      });
    }
  },
};

export default rule;
