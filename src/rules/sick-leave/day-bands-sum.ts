import type { Rule } from '../types';
import { checkIdentity, columnTerms, IDENTITY_MESSAGES } from '../identity';
import { cellLabel } from '../tables';
import { partitions, sickLeaveTables } from './shared';

/**
 * Sick-leave day bands that partition the range add up to the total (2,3 + 0,6 + 3,7 = 6,6).
 * Bands are chosen by their intervals, so "1-14" is never added to the "1-59" that contains it.
 */
const rule: Rule = {
  meta: {
    id: 'sick-leave/day-bands-sum',
    type: 'problem',
    docs: {
      description: {
        sv: 'Dagsintervall som tillsammans täcker hela sjukfrånvaron utan överlapp ska summera till total sjukfrånvaro (överlappande intervall summeras aldrig).',
        en: 'Day bands that cover the range without overlap add up to total sick leave (overlapping bands are never summed).',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      bandsMismatch: {
        sv: '{{label}} är {{actual}} men intervallen {{bands}} summerar till {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but the bands {{bands}} add up to {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of sickLeaveTables(ctx.model)) {
      const total = table.rows.find((r) => r.role === 'total');
      if (!total) continue;
      const chains = partitions(table.rows.filter((r) => r.role === 'days'));
      for (const chain of chains) {
        const bands = chain.map((r) => r.label.replace(/\s+/g, ' ').trim()).join(' + ');
        for (const col of table.columns) {
          // The difference column is derived from rounded rates; its sums say nothing new.
          if (col.role === 'difference') continue;
          checkIdentity(ctx, {
            messageId: 'bandsMismatch',
            target: { figure: total.values[col.role], label: cellLabel(total, col) },
            terms: columnTerms(chain, col),
            identity: `${total.label.replace(/\s+/g, ' ')} = ${bands} (${col.header.replace(/\s+/g, ' ')})`,
            data: { bands },
          });
        }
      }
    }
  },
};

export default rule;
