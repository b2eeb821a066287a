import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, columnByRole } from '../tables';
import { operatingTables } from './shared';

/**
 * Avvikelse = prognos − budget; in an annual report without a forecast column the variance is
 * bokslut − budget. Checked across every row.
 */
const rule: Rule = {
  meta: {
    id: 'operating/variance',
    type: 'problem',
    docs: {
      description: {
        sv: 'Avvikelsen ska vara prognos minus budget, eller utfall minus budget när tabellen saknar prognoskolumn (årsbokslut), på varje rad.',
        en: 'The variance equals forecast minus budget, or actual minus budget when there is no forecast column, on every row.',
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
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of operatingTables(ctx.model)) {
      const variance = columnByRole(table.columns, 'variance');
      const budget = columnByRole(table.columns, 'budget');
      const against = columnByRole(table.columns, 'forecast') ?? columnByRole(table.columns, 'actual');
      if (!variance || !budget || !against) continue;
      const words = `${against.header.replace(/\s+/g, ' ')} − ${budget.header.replace(/\s+/g, ' ')}`;
      for (const row of table.rows) {
        checkIdentity(ctx, {
          messageId: 'varianceMismatch',
          target: { figure: row.values.variance, label: cellLabel(row, variance) },
          terms: [
            { figure: row.values[against.role], label: cellLabel(row, against) },
            { figure: row.values.budget, label: cellLabel(row, budget), sign: -1 },
          ],
          identity: `Avvikelse = ${words} (${row.label.replace(/\s+/g, ' ')})`,
        });
      }
    }
  },
};

export default rule;
