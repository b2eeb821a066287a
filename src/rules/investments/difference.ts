import type { Rule } from '../types';
import { IDENTITY_MESSAGES } from '../identity';
import { ACTUAL_ROLES, checkRowDifferences, DIFFERENCE_MESSAGE } from '../year-comparison';
import { investmentTables } from './shared';

/** Differens mellan åren = utfall i år − utfall i fjol. */
const rule: Rule = {
  meta: {
    id: 'investments/difference',
    type: 'problem',
    docs: {
      description: {
        sv: 'Differensen mellan åren i investeringstabellen ska vara årets utfall minus föregående års utfall, på varje rad.',
        en: 'The investment table’s year-on-year difference equals this year’s actual minus last year’s, on every row.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      differenceMismatch: DIFFERENCE_MESSAGE,
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of investmentTables(ctx.model)) checkRowDifferences(ctx, table.columns, table.rows, ACTUAL_ROLES);
  },
};

export default rule;
