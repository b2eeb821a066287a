import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES, type IdentitySpec } from '../identity';
import { DROPPED_MESSAGE, supportedAcrossColumns } from '../derived-columns';
import { cellLabel } from '../tables';
import { costsPositive, firstRow, operatingTables } from './shared';

/** Verksamhetens nettokostnader = intäkter + kostnader (costs carry their minus sign). */
const rule: Rule = {
  meta: {
    id: 'operating/net-costs',
    type: 'problem',
    docs: {
      description: {
        sv: 'Verksamhetens nettokostnader ska vara verksamhetens intäkter plus verksamhetens (negativa) kostnader i varje kolumn.',
        en: 'Net costs equal revenue plus (negative) total costs in every column.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      netMismatch: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
      },
      expectationDropped: DROPPED_MESSAGE,
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of operatingTables(ctx.model)) {
      const net = firstRow(table, 'netCosts');
      const revenue = firstRow(table, 'revenue');
      const costs = firstRow(table, 'totalCosts');
      if (!net || !costs) continue;
      // Costs printed positive: the net cost is kostnader − intäkter (the table's own convention).
      const positive = costsPositive(table);
      const words = positive ? 'kostnader − intäkter' : 'intäkter + kostnader';
      const specs: IdentitySpec[] = [];
      for (const col of table.columns) {
        const terms: IdentitySpec['terms'] = [{ figure: costs.values[col.role], label: cellLabel(costs, col) }];
        if (revenue) terms.unshift({ figure: revenue.values[col.role], label: cellLabel(revenue, col), sign: positive ? -1 : 1 });
        specs.push({
          messageId: 'netMismatch',
          target: { figure: net.values[col.role], label: cellLabel(net, col) },
          terms,
          identity: `Nettokostnader = ${words} (${col.header.replace(/\s+/g, ' ')})`,
        });
      }
      const kept = supportedAcrossColumns(ctx, specs, { ref: net.ref, column: net.label.replace(/\s+/g, ' ').trim(), expectation: words });
      for (const spec of kept) checkIdentity(ctx, spec);
    }
  },
};

export default rule;
