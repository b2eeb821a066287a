import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel } from '../tables';
import { firstRow, operatingTables } from './shared';

/** Årets resultat = nettokostnader + kommunbidrag + finansnetto (when the table has one). */
const rule: Rule = {
  meta: {
    id: 'operating/result',
    type: 'problem',
    docs: {
      description: {
        sv: 'Resultatet ska vara nettokostnader plus kommunbidrag plus finansnetto (om raden finns) i varje kolumn.',
        en: 'The result equals net costs plus the council allocation plus financial net (when present) in every column.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      resultMismatch: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of operatingTables(ctx.model)) {
      const result = firstRow(table, 'result');
      const net = firstRow(table, 'netCosts');
      const allocation = firstRow(table, 'allocation');
      const financial = firstRow(table, 'financialNet');
      if (!result || !net || !allocation) continue;
      const parts = [net, allocation, ...(financial ? [financial] : [])];
      const words = financial ? 'nettokostnader + kommunbidrag + finansnetto' : 'nettokostnader + kommunbidrag';
      for (const col of table.columns) {
        checkIdentity(ctx, {
          messageId: 'resultMismatch',
          target: { figure: result.values[col.role], label: cellLabel(result, col) },
          terms: parts.map((p) => ({ figure: p.values[col.role], label: cellLabel(p, col) })),
          identity: `Resultat = ${words} (${col.header.replace(/\s+/g, ' ')})`,
        });
      }
    }
  },
};

export default rule;
