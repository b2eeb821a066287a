import { tablesOf } from '../../model/types';
import type { Rule } from '../types';
import { IDENTITY_MESSAGES } from '../identity';
import { checkYearDifferences, DIFFERENCE_MESSAGE } from '../year-comparison';

/** Tillbud och arbetsskador: differens = i år − i fjol, exactly (counts are not rounded). */
const rule: Rule = {
  meta: {
    id: 'work-injuries/difference',
    type: 'problem',
    docs: {
      description: {
        sv: 'Differensen för tillbud och arbetsskador ska vara årets antal minus föregående års.',
        en: 'The difference in incidents and work injuries equals this year’s count minus last year’s.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: { differenceMismatch: DIFFERENCE_MESSAGE, ...IDENTITY_MESSAGES },
  },
  check(ctx) {
    for (const t of tablesOf(ctx.model, 'workInjuries')) checkYearDifferences(ctx, t.columns, t.rows, true);
  },
};

export default rule;
