import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES, type IdentitySpec } from '../identity';
import { DROPPED_MESSAGE, supportedAcrossColumns } from '../derived-columns';
import { cellLabel } from '../tables';
import { costsPositive, firstRow, operatingTables } from './shared';

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
      expectationDropped: DROPPED_MESSAGE,
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
      // Costs printed positive: net costs count against the allocation (kommunbidrag − nettokostnader).
      const positive = costsPositive(table);
      const words = positive
        ? financial
          ? 'kommunbidrag − nettokostnader + finansnetto'
          : 'kommunbidrag − nettokostnader'
        : financial
          ? 'nettokostnader + kommunbidrag + finansnetto'
          : 'nettokostnader + kommunbidrag';
      const specs: IdentitySpec[] = [];
      for (const col of table.columns) {
        specs.push({
          messageId: 'resultMismatch',
          target: { figure: result.values[col.role], label: cellLabel(result, col) },
          terms: parts.map((p) => ({ figure: p.values[col.role], label: cellLabel(p, col), sign: positive && p === net ? -1 : 1 })),
          identity: `Resultat = ${words} (${col.header.replace(/\s+/g, ' ')})`,
        });
      }
      const kept = supportedAcrossColumns(ctx, specs, { ref: result.ref, column: result.label.replace(/\s+/g, ' ').trim(), expectation: words });
      for (const spec of kept) checkIdentity(ctx, spec);
    }
  },
};

export default rule;
