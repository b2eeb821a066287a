import { tablesOf, type Figure, type ForecastReview, type Row } from '../../model/types';
import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, hasValue } from '../tables';

/**
 * Prognossäkerhet per nämnd: the total row (the city's result, printed first or last, found
 * from the numbers) is the sum of the boards one level below it, in every amount column.
 */

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The rows one level below a total, right after it (total first) or right before it (total last). */
export function partsOf(table: ForecastReview, i: number): Row[] {
  const rows = table.rows as Row[];
  const level = rows[i].level;
  const run = (step: 1 | -1) => {
    const out: Row[] = [];
    for (let k = i + step; k >= 0 && k < rows.length; k += step) {
      if (rows[k].level <= level) break;
      if (rows[k].level === level + 1) out.push(rows[k]);
    }
    return step === 1 ? out : out.reverse();
  };
  const after = run(1);
  return after.length ? after : run(-1);
}

const rule: Rule = {
  meta: {
    id: 'forecast-review/total',
    type: 'problem',
    docs: {
      description: {
        sv: 'I prognossäkerheten per nämnd ska totalraden vara summan av nämnderna under den i varje beloppskolumn.',
        en: 'In the forecast review per board the total row equals the sum of the boards below it in every amount column.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      totalMismatch: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of tablesOf(ctx.model, 'forecastReview')) {
      const columns = table.columns.filter((c) => c.use !== 'share' && !c.facets?.percent);
      table.rows.forEach((row, i) => {
        if (row.role !== 'total') return;
        const parts = partsOf(table, i);
        if (parts.length < 2) return;
        for (const col of columns) {
          const t = (row.values as Record<string, Figure | undefined>)[col.role];
          if (!hasValue(t)) continue;
          const known = parts.map((p) => ({ p, f: (p.values as Record<string, Figure | undefined>)[col.role] })).filter((x) => hasValue(x.f));
          if (!known.length) continue;
          const first = squeeze(parts[0].label);
          const last = squeeze(parts[parts.length - 1].label);
          checkIdentity(ctx, {
            messageId: 'totalMismatch',
            target: { figure: t, label: cellLabel(row, col) },
            terms: known.map(({ p, f }) => ({ figure: f, label: cellLabel(p, col) })),
            identity: `${squeeze(row.label)} = ${first} + … + ${last} (${parts.length} rader, ${squeeze(col.header)})`,
          });
        }
      });
    }
  },
};

export default rule;
