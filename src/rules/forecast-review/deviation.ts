import { tablesOf, type Figure } from '../../model/types';
import type { Rule } from '../types';
import { checkIdentity, IDENTITY_MESSAGES } from '../identity';
import { cellLabel, hasValue } from '../tables';

/**
 * Prognossäkerhet per nämnd: each deviation column is the difference of the two columns the
 * numbers show (Avvikelse = Bokslut − Prognos, or Prognos − Utfall: the direction is the
 * table's own, src/mapping/build-forecast-review.ts), on every row.
 */

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

const rule: Rule = {
  meta: {
    id: 'forecast-review/deviation',
    type: 'problem',
    docs: {
      description: {
        sv: 'I prognossäkerheten per nämnd ska varje avvikelse vara skillnaden mellan de två kolumner som tabellens siffror visar (t.ex. bokslut − prognos) på varje rad.',
        en: 'In the forecast review per board each deviation equals the difference of the two columns the table’s figures show (e.g. outcome − forecast) on every row.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      deviationMismatch: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of tablesOf(ctx.model, 'forecastReview')) {
      for (const d of table.differences) {
        const dev = table.columns.find((c) => c.role === d.deviation);
        const a = table.columns.find((c) => c.role === d.minuend);
        const b = table.columns.find((c) => c.role === d.subtrahend);
        if (!dev || !a || !b) continue;
        for (const row of table.rows) {
          const v = row.values as Record<string, Figure | undefined>;
          if (!hasValue(v[d.deviation])) continue;
          checkIdentity(ctx, {
            messageId: 'deviationMismatch',
            target: { figure: v[d.deviation], label: cellLabel(row, dev) },
            terms: [
              { figure: v[d.minuend], label: cellLabel(row, a) },
              { figure: v[d.subtrahend], label: cellLabel(row, b), sign: -1 },
            ],
            identity: `${squeeze(dev.header)} = ${squeeze(a.header)} − ${squeeze(b.header)} (${squeeze(row.label)}; sambandet gäller på ${d.holds} av ${d.checked} rader)`,
          });
        }
      }
    }
  },
};

export default rule;
