import type { Rule } from '../types';
import { checkIdentity, columnTerms, IDENTITY_MESSAGES, type IdentitySpec } from '../identity';
import { DROPPED_MESSAGE, supportedAcrossColumns } from '../derived-columns';
import { cellLabel } from '../tables';
import { COST_GROUP_ROLES, firstRow, operatingTables } from './shared';

/** Verksamhetens kostnader is the sum of the cost groups, in every column. */
const rule: Rule = {
  meta: {
    id: 'operating/cost-groups-sum',
    type: 'problem',
    docs: {
      description: {
        sv: 'Verksamhetens kostnader ska vara summan av kostnadsslagen (personalkostnader, lokalhyror, köp av tjänster, övriga kostnader …) i varje kolumn.',
        en: 'Total costs equal the sum of the cost groups in every column.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      sumMismatch: {
        sv: '{{label}} är {{actual}} men summan av kostnadsslagen är {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but the cost groups sum to {{expected}} (difference {{diff}}).',
      },
      expectationDropped: DROPPED_MESSAGE,
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of operatingTables(ctx.model)) {
      const total = firstRow(table, 'totalCosts');
      const groups = table.rows.filter((r) => COST_GROUP_ROLES.includes(r.role));
      if (!total || !groups.length) continue;
      const specs: IdentitySpec[] = [];
      for (const col of table.columns) {
        specs.push({
          messageId: 'sumMismatch',
          target: { figure: total.values[col.role], label: cellLabel(total, col) },
          terms: columnTerms(groups, col),
          identity: `${total.label.replace(/\s+/g, ' ')} = summa kostnadsslag (${col.header.replace(/\s+/g, ' ')})`,
        });
      }
      const kept = supportedAcrossColumns(ctx, specs, { ref: total.ref, column: total.label.replace(/\s+/g, ' ').trim(), expectation: 'summan av kostnadsslagen' });
      for (const spec of kept) checkIdentity(ctx, spec);
    }
  },
};

export default rule;
