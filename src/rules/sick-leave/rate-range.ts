import type { Rule } from '../types';
import { formatNumber } from '../format';
import { cellLabel, hasValue } from '../tables';
import { sickLeaveTables } from './shared';

/** A sick-leave rate is a percentage of working time: between 0 and 100. */
const rule: Rule = {
  meta: {
    id: 'sick-leave/rate-range',
    type: 'problem',
    docs: {
      description: {
        sv: 'Sjukfrånvaro i procent ska ligga mellan 0 och 100 (differenser mellan åren mellan -100 och 100).',
        en: 'Sick-leave rates lie between 0 and 100 percent (year-on-year differences between -100 and 100).',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      outOfRange: {
        sv: '{{label}} är {{actual}} %, men en andel måste ligga mellan {{min}} och 100.',
        en: '{{label}} is {{actual}} %, but a share must lie between {{min}} and 100.',
      },
    },
  },
  check(ctx) {
    for (const table of sickLeaveTables(ctx.model)) {
      for (const row of table.rows) {
        for (const col of table.columns) {
          const f = row.values[col.role];
          if (!hasValue(f)) continue;
          const min = col.role === 'difference' ? -100 : 0;
          if (f.value >= min && f.value <= 100) continue;
          ctx.report({
            messageId: 'outOfRange',
            ref: f.ref,
            data: { label: cellLabel(row, col), actual: formatNumber(f.value, f.decimals), min },
            actual: f.value,
            expected: `${min}–100`,
            identity: `${min} ≤ andel ≤ 100`,
          });
        }
      }
    }
  },
};

export default rule;
