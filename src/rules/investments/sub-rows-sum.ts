import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel } from '../tables';
import { investmentTables, isOfWhich } from './shared';

/** A category (Reinvestering) is the sum of its sub-rows (Inventarier, IT-utrustning …). */
const rule: Rule = {
  meta: {
    id: 'investments/sub-rows-sum',
    type: 'problem',
    docs: {
      description: {
        sv: 'En investeringskategori ska vara summan av sina underrader (”varav”-rader räknas inte), i varje kolumn.',
        en: 'An investment category equals the sum of its sub-rows ("of which" rows excluded), in every column.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      categoryMismatch: {
        sv: '{{label}} är {{actual}} men underraderna summerar till {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but its sub-rows sum to {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of investmentTables(ctx.model)) {
      table.rows.forEach((parent, index) => {
        if (parent.role === 'total') return;
        const children = table.rows.filter((r) => r.parent === index && !isOfWhich(r));
        if (!children.length) return;
        for (const col of table.columns) {
          checkIdentity(ctx, {
            messageId: 'categoryMismatch',
            target: { figure: parent.values[col.role], label: cellLabel(parent, col) },
            terms: children.map((c) => ({ figure: c.values[col.role], label: cellLabel(c, col) })),
            identity: `${parent.label.replace(/\s+/g, ' ')} = summa underrader (${col.header.replace(/\s+/g, ' ')})`,
          });
        }
      });
    }
  },
};

export default rule;
