import type { SickLeaveRow } from '../../model/types';
import type { Rule } from '../types';
import { formatNumber } from '../format';
import { cellLabel, hasValue } from '../tables';
import { unitOf } from '../tolerance';
import { sickLeaveTables } from './shared';

/**
 * Gender and age rows are rates of parts of the staff, so they do not add up; the total rate is
 * a weighted mean of them and must lie between the lowest and the highest.
 */
const rule: Rule = {
  meta: {
    id: 'sick-leave/total-within-groups',
    type: 'problem',
    docs: {
      description: {
        sv: 'Total sjukfrånvaro ska ligga mellan lägsta och högsta värdet för kvinnor/män och mellan lägsta och högsta värdet för åldersgrupperna.',
        en: 'Total sick leave lies between the lowest and highest gender rates, and between the lowest and highest age-band rates.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      outsideRange: {
        sv: '{{label}} är {{actual}} men ligger utanför intervallet {{min}}–{{max}} för {{groups}}; totalen är ett vägt medelvärde av grupperna.',
        en: '{{label}} is {{actual}}, outside the range {{min}}–{{max}} of {{groups}}; the total is a weighted mean of the groups.',
      },
    },
  },
  check(ctx) {
    for (const table of sickLeaveTables(ctx.model)) {
      const total = table.rows.find((r) => r.role === 'total');
      if (!total) continue;
      const sets: [string, SickLeaveRow[]][] = [
        ['kvinnor och män', table.rows.filter((r) => r.role === 'women' || r.role === 'men')],
        ['åldersgrupperna', table.rows.filter((r) => r.role === 'age')],
      ];
      for (const col of table.columns) {
        if (col.role === 'difference') continue;
        const t = total.values[col.role];
        if (!hasValue(t)) continue;
        for (const [groups, rows] of sets) {
          const figs = rows.map((r) => r.values[col.role]).filter(hasValue);
          if (figs.length < 2 || figs.length !== rows.length) continue;
          const min = Math.min(...figs.map((f) => f.value));
          const max = Math.max(...figs.map((f) => f.value));
          const slack = unitOf(t.decimals);
          if (t.value >= min - slack && t.value <= max + slack) continue;
          const d = t.decimals;
          ctx.report({
            messageId: 'outsideRange',
            ref: t.ref,
            data: { label: cellLabel(total, col), actual: formatNumber(t.value, d), min: formatNumber(min, d), max: formatNumber(max, d), groups },
            actual: t.value,
            expected: `${formatNumber(min, d)}–${formatNumber(max, d)}`,
            identity: `min(${groups}) ≤ total ≤ max(${groups})`,
            related: figs.map((f) => f.ref),
          });
        }
      }
    }
  },
};

export default rule;
