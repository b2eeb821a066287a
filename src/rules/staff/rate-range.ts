import type { Rule } from '../types';
import { formatNumber } from '../format';
import { cellLabel, hasValue } from '../tables';
import { staffTables } from './shared';

/**
 * Sysselsättningsgrad is a share of full time: 0–100 %. A column kept as fractions (0,97 with a
 * percent format) is read on the 0–1 scale.
 */
const rule: Rule = {
  meta: {
    id: 'staff/rate-range',
    type: 'problem',
    docs: {
      description: {
        sv: 'Sysselsättningsgraden ska ligga mellan 0 och 100 %.',
        en: 'The employment rate lies between 0 and 100 %.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      outOfRange: {
        sv: '{{label}} är {{actual}} men en sysselsättningsgrad ligger mellan 0 och {{max}}.',
        en: '{{label}} is {{actual}} but an employment rate lies between 0 and {{max}}.',
      },
    },
  },
  check(ctx) {
    for (const table of staffTables(ctx.model)) {
      const col = table.columns.find((c) => c.role === 'employmentRate');
      if (!col) continue;
      const figs = table.rows.map((r) => ({ row: r, f: r.values.employmentRate })).filter((x) => hasValue(x.f));
      const fractions = figs.length > 0 && figs.every((x) => hasValue(x.f) && !x.f.percent && x.f.value <= 1);
      const max = fractions ? 1 : 100;
      for (const { row, f } of figs) {
        if (!hasValue(f) || (f.value >= 0 && f.value <= max)) continue;
        ctx.report({
          messageId: 'outOfRange',
          ref: f.ref,
          data: { label: cellLabel(row, col), actual: formatNumber(f.value, f.decimals), max: fractions ? '1' : '100 %' },
          actual: f.value,
          expected: `0–${max}`,
          identity: `0 ≤ sysselsättningsgrad ≤ ${max}`,
        });
      }
    }
  },
};

export default rule;
