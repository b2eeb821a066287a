import type { Rule } from '../types';
import { IDENTITY_MESSAGES } from '../identity';
import { checkYearDifferences, DIFFERENCE_MESSAGE } from '../year-comparison';
import { sickLeaveTables } from './shared';

/** Differens = i år − i fjol; rates printed with one decimal differ by rounding up to 0,1. */
const rule: Rule = {
  meta: {
    id: 'sick-leave/difference',
    type: 'problem',
    docs: {
      description: {
        sv: 'Differensen i sjukfrånvarotabellen ska vara årets värde minus föregående års, med hänsyn till avrundning av de tryckta procentsatserna.',
        en: 'The sick-leave difference equals this year’s rate minus last year’s, allowing for rounding of the printed rates.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: { differenceMismatch: DIFFERENCE_MESSAGE, ...IDENTITY_MESSAGES },
  },
  check(ctx) {
    for (const t of sickLeaveTables(ctx.model)) checkYearDifferences(ctx, t.columns, t.rows);
  },
};

export default rule;
