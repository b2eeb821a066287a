import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, columnByRole } from '../tables';
import { operatingTables } from './shared';

/** Differens = utfall i år − utfall samma period i fjol, on every row. */
const rule: Rule = {
  meta: {
    id: 'operating/difference',
    type: 'problem',
    docs: {
      description: {
        sv: 'Differensen mellan åren ska vara periodens utfall minus utfallet för samma period föregående år, på varje rad.',
        en: 'The year-on-year difference equals this period’s actual minus the same period last year, on every row.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      differenceMismatch: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of operatingTables(ctx.model)) {
      const diff = columnByRole(table.columns, 'difference');
      const actual = columnByRole(table.columns, 'actual');
      const previous = columnByRole(table.columns, 'previousActual');
      if (!diff || !actual || !previous) continue;
      const words = `${actual.header.replace(/\s+/g, ' ')} − ${previous.header.replace(/\s+/g, ' ')}`;
      for (const row of table.rows) {
        checkIdentity(ctx, {
          messageId: 'differenceMismatch',
          target: { figure: row.values.difference, label: cellLabel(row, diff) },
          terms: [
            { figure: row.values.actual, label: cellLabel(row, actual) },
            { figure: row.values.previousActual, label: cellLabel(row, previous), sign: -1 },
          ],
          identity: `Differens = ${words} (${row.label.replace(/\s+/g, ' ')})`,
        });
      }
    }
  },
};

export default rule;
