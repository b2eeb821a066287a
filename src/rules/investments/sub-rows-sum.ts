import type { Rule } from '../types';
import { checkIdentity, columnTerms, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, hasValue } from '../tables';
import { formatNumber } from '../format';
import { roundingTolerance } from '../tolerance';
import { investmentTables, isOfWhich } from './shared';

/** A category (Reinvestering) is the sum of its sub-rows (Inventarier, IT-utrustning …). */
const rule: Rule = {
  meta: {
    id: 'investments/sub-rows-sum',
    type: 'problem',
    docs: {
      description: {
        sv: 'En investeringskategori ska vara summan av sina underrader (”varav”-rader räknas inte, men får inte vara större än sin rad), i varje kolumn.',
        en: 'An investment category equals the sum of its sub-rows ("of which" rows are not terms, but never exceed their row), in every column.',
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
      ofWhichExceeds: {
        sv: '{{label}} är {{actual}}, mer än hela {{parent}} ({{expected}}) – en "varav"-rad kan inte vara större än raden den är en del av.',
        en: '{{label}} is {{actual}}, more than the whole {{parent}} ({{expected}}) – an "of which" row cannot exceed the row it is part of.',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of investmentTables(ctx.model)) {
      // "-varav exploatering" is part of its parent: never larger.
      for (const row of table.rows) {
        const parent = row.parent !== undefined ? table.rows[row.parent] : undefined;
        if (!parent || !isOfWhich(row)) continue;
        for (const col of table.columns) {
          const part = row.values[col.role];
          const whole = parent.values[col.role];
          if (!hasValue(part) || !hasValue(whole)) continue;
          if (Math.abs(part.value) <= Math.abs(whole.value) + roundingTolerance([part.decimals, whole.decimals])) continue;
          ctx.report({
            messageId: 'ofWhichExceeds',
            ref: part.ref,
            data: { label: cellLabel(row, col), actual: formatNumber(part.value, part.decimals), parent: cellLabel(parent, col), expected: formatNumber(whole.value, whole.decimals) },
            actual: part.value,
            expected: `≤ ${formatNumber(whole.value, whole.decimals)}`,
            identity: `${row.label.replace(/\s+/g, ' ')} ≤ ${parent.label.replace(/\s+/g, ' ')}`,
            related: [whole.ref],
          });
        }
      }
      // Each row's sub-rows in one pass over the table (not a scan of every row per parent:
      // a long investment list made that the square of its rows).
      const childrenOf = new Map<number, typeof table.rows>();
      for (const r of table.rows) {
        if (r.parent === undefined || isOfWhich(r)) continue;
        const list = childrenOf.get(r.parent);
        if (list) list.push(r);
        else childrenOf.set(r.parent, [r]);
      }
      table.rows.forEach((parent, index) => {
        if (parent.role === 'total') return;
        const children = childrenOf.get(index);
        if (!children) return;
        for (const col of table.columns) {
          checkIdentity(ctx, {
            messageId: 'categoryMismatch',
            target: { figure: parent.values[col.role], label: cellLabel(parent, col) },
            terms: columnTerms(children, col),
            identity: `${parent.label.replace(/\s+/g, ' ')} = summa underrader (${col.header.replace(/\s+/g, ' ')})`,
          });
        }
      });
    }
  },
};

export default rule;
