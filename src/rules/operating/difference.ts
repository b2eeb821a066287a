import type { Rule } from '../types';
import { IDENTITY_MESSAGES } from '../identity';
import { ACTUAL_ROLES, DIFFERENCE_MESSAGE } from '../year-comparison';
import { checkDerivedColumn, DROPPED_MESSAGE } from '../derived-columns';
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
      differenceMismatch: DIFFERENCE_MESSAGE,
      expectationDropped: DROPPED_MESSAGE,
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of operatingTables(ctx.model)) {
      checkDerivedColumn(ctx, table.columns, table.rows, {
        target: ACTUAL_ROLES.difference,
        expected: [ACTUAL_ROLES.current, ACTUAL_ROLES.previous],
        candidates: ['actual', 'previousActual', 'budget', 'forecast', 'periodBudget'],
        messageId: 'differenceMismatch',
        name: 'Differens',
      });
    }
  },
};

export default rule;
