import { tablesOf } from '../../model/types';
import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, columnByRole } from '../tables';

/** Prognossäkerhet: avvikelse från bokslut = prognos − slutligt resultat. */
const rule: Rule = {
  meta: {
    id: 'forecast-accuracy/deviation',
    type: 'problem',
    docs: {
      description: {
        sv: 'I prognossäkerhetstabellen ska avvikelsen från bokslut vara prognosen minus det slutliga resultatet.',
        en: 'In the forecast-accuracy table the deviation equals the forecast minus the final result.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      deviationMismatch: {
        sv: '{{label}} är {{actual}} men prognos − bokslut ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but forecast − final result gives {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of tablesOf(ctx.model, 'forecastAccuracy')) {
      const final = table.rows.find((r) => r.role === 'finalResult');
      const forecastCol = columnByRole(table.columns, 'forecast');
      const deviationCol = columnByRole(table.columns, 'deviation');
      if (!final || !forecastCol || !deviationCol) continue;
      for (const row of table.rows) {
        if (row.role !== 'forecast') continue;
        checkIdentity(ctx, {
          messageId: 'deviationMismatch',
          target: { figure: row.values.deviation, label: cellLabel(row, deviationCol) },
          terms: [
            { figure: row.values.forecast, label: cellLabel(row, forecastCol) },
            { figure: final.values.forecast, label: cellLabel(final, forecastCol), sign: -1 },
          ],
          identity: `Avvikelse = prognos − bokslut (${row.label.replace(/\s+/g, ' ')})`,
        });
      }
    }
  },
};

export default rule;
