import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, columnByRole, hasValue } from '../tables';
import { classify, roundingTolerance } from '../tolerance';
import { investmentTables } from './shared';

/**
 * Investment tables often print the variance as budget − forecast (money left), the opposite of
 * Drift. The convention is read from the table's own rows — the one most rows follow — and then
 * every row is held to it; none is imposed.
 */
const rule: Rule = {
  meta: {
    id: 'investments/variance',
    type: 'problem',
    docs: {
      description: {
        sv: 'Avvikelsen i investeringstabellen ska följa tabellens egen teckenkonvention (budget − prognos eller prognos − budget, utläst ur raderna) på varje rad.',
        en: 'The investment variance follows the table’s own sign convention (budget − forecast or forecast − budget, inferred from its rows) on every row.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      varianceMismatch: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}); tabellens övriga rader följer den konventionen.',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}); the table’s other rows follow that convention.',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of investmentTables(ctx.model)) {
      const variance = columnByRole(table.columns, 'variance');
      const budget = columnByRole(table.columns, 'budget');
      const against = columnByRole(table.columns, 'forecast') ?? columnByRole(table.columns, 'actual');
      if (!variance || !budget || !against) continue;
      let budgetFirst = 0;
      let budgetLast = 0;
      for (const row of table.rows) {
        const v = row.values.variance;
        const b = row.values.budget;
        const a = row.values[against.role];
        if (!hasValue(v) || !hasValue(b) || !hasValue(a)) continue;
        const tol = roundingTolerance([v.decimals, b.decimals, a.decimals]);
        const first = classify(b.value - a.value - v.value, tol) !== 'broken';
        const last = classify(a.value - b.value - v.value, tol) !== 'broken';
        if (first && !last) budgetFirst++;
        if (last && !first) budgetLast++;
      }
      // A tie is settled by the total row, the one readers look at.
      let isBudgetFirst = budgetFirst > budgetLast;
      if (budgetFirst === budgetLast && budgetFirst > 0) {
        const t = table.rows.find((r) => r.role === 'total');
        const v = t?.values.variance;
        const b = t?.values.budget;
        const a = t?.values[against.role];
        if (hasValue(v) && hasValue(b) && hasValue(a)) isBudgetFirst = classify(b.value - a.value - v.value, roundingTolerance([v.decimals, b.decimals, a.decimals])) !== 'broken';
      }
      const b = budget.header.replace(/\s+/g, ' ');
      const a = against.header.replace(/\s+/g, ' ');
      const words = isBudgetFirst ? `${b} − ${a}` : `${a} − ${b}`;
      for (const row of table.rows) {
        const budgetTerm = { figure: row.values.budget, label: cellLabel(row, budget) };
        const againstTerm = { figure: row.values[against.role], label: cellLabel(row, against) };
        checkIdentity(ctx, {
          messageId: 'varianceMismatch',
          target: { figure: row.values.variance, label: cellLabel(row, variance) },
          terms: isBudgetFirst ? [budgetTerm, { ...againstTerm, sign: -1 }] : [againstTerm, { ...budgetTerm, sign: -1 }],
          identity: `Avvikelse = ${words} (${row.label.replace(/\s+/g, ' ')})`,
        });
      }
    }
  },
};

export default rule;
