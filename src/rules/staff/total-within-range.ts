import type { StaffColumnRole } from '../../model/types';
import type { Rule } from '../types';
import { formatNumber } from '../format';
import { cellLabel, hasValue } from '../tables';
import { unitOf } from '../tolerance';
import { staffTables } from './shared';

const AVERAGED: readonly StaffColumnRole[] = ['averageAge', 'employmentRate'];

/** Average age and employment rate of the whole are means of the groups: between their extremes. */
const rule: Rule = {
  meta: {
    id: 'staff/total-within-range',
    type: 'problem',
    docs: {
      description: {
        sv: 'Totalens medelålder och sysselsättningsgrad ska ligga mellan gruppernas lägsta och högsta värde.',
        en: 'The total’s average age and employment rate lie between the groups’ lowest and highest values.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      outsideRange: {
        sv: '{{label}} är {{actual}} men grupperna ligger mellan {{min}} och {{max}}; ett medelvärde kan inte ligga utanför.',
        en: '{{label}} is {{actual}} but the groups range from {{min}} to {{max}}; a mean cannot lie outside.',
      },
    },
  },
  check(ctx) {
    for (const table of staffTables(ctx.model)) {
      const total = table.rows.find((r) => r.role === 'total');
      const groups = table.rows.filter((r) => r.role === 'group');
      if (!total || groups.length < 2) continue;
      for (const col of table.columns) {
        if (!AVERAGED.includes(col.role)) continue;
        const t = total.values[col.role];
        const figs = groups.map((g) => g.values[col.role]).filter(hasValue);
        if (!hasValue(t) || figs.length !== groups.length) continue;
        const min = Math.min(...figs.map((f) => f.value));
        const max = Math.max(...figs.map((f) => f.value));
        const slack = unitOf(t.decimals);
        if (t.value >= min - slack && t.value <= max + slack) continue;
        ctx.report({
          messageId: 'outsideRange',
          ref: t.ref,
          data: {
            label: cellLabel(total, col),
            actual: formatNumber(t.value, t.decimals),
            min: formatNumber(min, t.decimals),
            max: formatNumber(max, t.decimals),
          },
          actual: t.value,
          expected: `${formatNumber(min, t.decimals)}–${formatNumber(max, t.decimals)}`,
          identity: 'min(grupper) ≤ total ≤ max(grupper)',
          related: figs.map((f) => f.ref),
        });
      }
    }
  },
};

export default rule;
