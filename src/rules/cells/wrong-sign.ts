import type { Figure, OperatingRowRole } from '../../model/types';
import { tablesOf } from '../../model/types';
import type { Rule } from '../types';
import { formatNumber } from '../format';
import { cellLabel, hasValue } from '../tables';
import { AMOUNT_COLUMNS, COST_ROLES } from '../operating/shared';

const INCOME_ROLES: readonly OperatingRowRole[] = ['revenue', 'allocation'];

/**
 * Costs in a Drift table share one sign (usually minus); a cost entered with the other sign is
 * almost always a typing slip that flips the total. The convention is the table's own majority,
 * and income rows take the opposite sign. Investment amounts, staff counts and injury counts
 * are never negative.
 */
const rule: Rule = {
  meta: {
    id: 'cells/wrong-sign',
    type: 'problem',
    docs: {
      description: {
        sv: 'Ett belopp ska ha radens tecken: kostnader samma tecken som tabellens övriga kostnader, intäkter och kommunbidrag det motsatta; investeringar och antal aldrig negativa.',
        en: 'An amount has its row’s sign: costs the sign of the table’s other costs, revenue and allocation the opposite; investments and counts are never negative.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      costSign: {
        sv: '{{label}} är {{actual}}, men tabellens övriga kostnader har motsatt tecken – har tecknet blivit fel?',
        en: '{{label}} is {{actual}}, but the table’s other costs carry the opposite sign – is the sign wrong?',
      },
      incomeSign: {
        sv: '{{label}} är {{actual}}, men intäkter och kommunbidrag har motsatt tecken mot kostnaderna i tabellen – har tecknet blivit fel?',
        en: '{{label}} is {{actual}}, but revenue and allocation carry the opposite sign of the table’s costs – is the sign wrong?',
      },
      negative: {
        sv: '{{label}} är {{actual}}, men beloppet kan inte vara negativt.',
        en: '{{label}} is {{actual}}, but the amount cannot be negative.',
      },
    },
  },
  check(ctx) {
    const flag = (messageId: string, f: Figure & { value: number }, label: string) =>
      ctx.report({ messageId, ref: f.ref, data: { label, actual: formatNumber(f.value, f.decimals) }, actual: f.value });

    for (const table of tablesOf(ctx.model, 'operating')) {
      const cols = table.columns.filter((c) => AMOUNT_COLUMNS.includes(c.role));
      const costs: { f: Figure & { value: number }; label: string }[] = [];
      for (const row of table.rows) {
        if (!COST_ROLES.includes(row.role)) continue;
        for (const c of cols) {
          const f = row.values[c.role];
          if (hasValue(f) && f.value !== 0) costs.push({ f, label: cellLabel(row, c) });
        }
      }
      const negatives = costs.filter((x) => x.f.value < 0).length;
      const positives = costs.length - negatives;
      // A clear majority only: a table split down the middle has no convention to hold it to.
      if (costs.length < 3 || negatives === positives || Math.min(negatives, positives) > costs.length / 4) continue;
      const costsNegative = negatives > positives;
      for (const x of costs) {
        if (x.f.value < 0 !== costsNegative) flag('costSign', x.f, x.label);
      }
      // Costs printed positive: some boards print revenue positive too (net = costs − revenue);
      // then the revenue is held to its own majority sign, not the opposite of the costs.
      let incomeNegative = !costsNegative;
      if (!costsNegative) {
        let neg = 0;
        let pos = 0;
        for (const row of table.rows) {
          if (!INCOME_ROLES.includes(row.role)) continue;
          for (const c of cols) {
            const f = row.values[c.role];
            if (!hasValue(f) || f.value === 0) continue;
            if (f.value < 0) neg++;
            else pos++;
          }
        }
        incomeNegative = neg >= pos;
      }
      for (const row of table.rows) {
        if (!INCOME_ROLES.includes(row.role)) continue;
        for (const c of cols) {
          const f = row.values[c.role];
          if (hasValue(f) && f.value !== 0 && f.value < 0 !== incomeNegative) flag('incomeSign', f, cellLabel(row, c));
        }
      }
    }
    for (const table of tablesOf(ctx.model, 'investments')) {
      for (const row of table.rows) {
        for (const c of table.columns) {
          if (!AMOUNT_COLUMNS.includes(c.role)) continue;
          const f = row.values[c.role];
          if (hasValue(f) && f.value < 0) flag('negative', f, cellLabel(row, c));
        }
      }
    }
    for (const table of tablesOf(ctx.model, 'staff')) {
      for (const row of table.rows) {
        for (const c of table.columns) {
          const f = row.values[c.role];
          if (hasValue(f) && f.value < 0) flag('negative', f, cellLabel(row, c));
        }
      }
    }
    for (const table of tablesOf(ctx.model, 'workInjuries')) {
      for (const row of table.rows) {
        for (const c of table.columns) {
          if (c.role === 'difference') continue;
          const f = row.values[c.role];
          if (hasValue(f) && f.value < 0) flag('negative', f, cellLabel(row, c));
        }
      }
    }
  },
};

export default rule;
