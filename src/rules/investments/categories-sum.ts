import type { Rule } from '../types';
import { checkIdentity, columnTerms, IDENTITY_MESSAGES } from '../identity';
import { cellLabel } from '../tables';
import { investmentTables, isOfWhich } from './shared';

/** Totala utgifter is the sum of the categories (or of the top-level rows when there are none). */
const rule: Rule = {
  meta: {
    id: 'investments/categories-sum',
    type: 'problem',
    docs: {
      description: {
        sv: 'Totala utgifter ska vara summan av investeringskategorierna i varje kolumn.',
        en: 'Total investment spending equals the sum of the categories in every column.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      totalMismatch: {
        sv: '{{label}} är {{actual}} men kategorierna summerar till {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but the categories sum to {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of investmentTables(ctx.model)) {
      const total = table.rows.find((r) => r.role === 'total');
      if (!total) continue;
      let parts = table.rows.filter((r) => r.role === 'category');
      if (!parts.length) parts = table.rows.filter((r) => r.role === 'item' && r.level === 0 && !isOfWhich(r));
      if (!parts.length) continue;
      for (const col of table.columns) {
        checkIdentity(ctx, {
          messageId: 'totalMismatch',
          target: { figure: total.values[col.role], label: cellLabel(total, col) },
          terms: columnTerms(parts, col),
          identity: `${total.label.replace(/\s+/g, ' ')} = summa kategorier (${col.header.replace(/\s+/g, ' ')})`,
        });
      }
    }
  },
};

export default rule;
