import { tablesOf } from '../../model/types';
import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, columnByRole } from '../tables';

/**
 * The same figure printed in two tables agrees: the final result in Prognossäkerhet is the
 * result in Drift (this year's bokslut, or last year's when the row names that year).
 */
const rule: Rule = {
  meta: {
    id: 'cross-table/same-figure',
    type: 'problem',
    docs: {
      description: {
        sv: 'Samma siffra på två ställen ska vara lika, t.ex. bokslutets resultat i prognossäkerhetstabellen och årets resultat i driftredovisningen.',
        en: 'The same figure in two places agrees, e.g. the final result in the forecast-accuracy table and the result in the operating statement.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      differs: {
        sv: '{{label}} är {{actual}} men samma siffra i {{other}} är {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but the same figure in {{other}} is {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    const period = ctx.model.period;
    if (period.kind !== 'annual') return;
    for (const op of tablesOf(ctx.model, 'operating')) {
      const result = op.rows.find((r) => r.role === 'result');
      if (!result) continue;
      for (const fa of tablesOf(ctx.model, 'forecastAccuracy')) {
        const forecastCol = columnByRole(fa.columns, 'forecast');
        for (const row of fa.rows) {
          if (row.role !== 'finalResult') continue;
          const y = /\b(19|20)\d{2}\b/.exec(row.label);
          const year = y ? Number(y[0]) : period.year;
          const role = year === period.year ? 'actual' : year === period.year - 1 ? 'previousActual' : undefined;
          if (!role) continue;
          const col = columnByRole(op.columns, role);
          if (!col) continue;
          const other = `${op.sheet} (${cellLabel(result, col)})`;
          checkIdentity(ctx, {
            messageId: 'differs',
            target: { figure: row.values.forecast, label: cellLabel(row, forecastCol) },
            terms: [{ figure: result.values[role], label: cellLabel(result, col) }],
            identity: `${row.label.replace(/\s+/g, ' ')} i ${fa.sheet} = ${cellLabel(result, col)} i ${op.sheet}`,
            data: { other },
          });
        }
      }
    }
  },
};

export default rule;
