import type { StaffColumnRole } from '../../model/types';
import type { Rule } from '../types';
import { checkIdentity, columnTerms, IDENTITY_MESSAGES } from '../identity';
import { cellLabel } from '../tables';
import { staffTables } from './shared';

const SUMMED: readonly StaffColumnRole[] = ['persons', 'employments', 'fullTimeEquivalents'];

/** The total row (AID-struktur) is the sum of the staff groups for persons, employments, FTE. */
const rule: Rule = {
  meta: {
    id: 'staff/total-sum',
    type: 'problem',
    docs: {
      description: {
        sv: 'Totalraden i personaltabellen ska vara summan av grupperna för antal personer, antal anställningar och antal årsarbetare.',
        en: 'The staff total row equals the sum of the groups for persons, employments and full-time equivalents.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      totalMismatch: {
        sv: '{{label}} är {{actual}} men grupperna summerar till {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but the groups add up to {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of staffTables(ctx.model)) {
      const total = table.rows.find((r) => r.role === 'total');
      const groups = table.rows.filter((r) => r.role === 'group');
      if (!total || !groups.length) continue;
      for (const col of table.columns) {
        if (!SUMMED.includes(col.role)) continue;
        checkIdentity(ctx, {
          messageId: 'totalMismatch',
          target: { figure: total.values[col.role], label: cellLabel(total, col) },
          terms: columnTerms(groups, col),
          identity: `${total.label.replace(/\s+/g, ' ')} = summa grupper (${col.header.replace(/\s+/g, ' ')})`,
          // Persons and employments are counted, not rounded; FTE are printed with decimals.
          exact: col.role !== 'fullTimeEquivalents',
        });
      }
    }
  },
};

export default rule;
