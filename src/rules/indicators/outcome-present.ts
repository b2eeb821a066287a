import type { Rule } from '../types';
import { indicatorsOf, shortName } from './shared';

/** A key figure in a report has an outcome for the report's date, and it is a number. */
const rule: Rule = {
  meta: {
    id: 'indicators/outcome-present',
    type: 'problem',
    docs: {
      description: {
        sv: 'Varje nyckeltal ska ha ett utfall för rapportens datum, och utfallet ska vara ett tal.',
        en: 'Every key figure has an outcome for the report’s date, and the outcome is a number.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      missing: {
        sv: 'Nyckeltalet "{{indicator}}" saknar utfall.',
        en: 'The key figure "{{indicator}}" has no outcome.',
      },
      notANumber: {
        sv: 'Utfallet "{{raw}}" för "{{indicator}}" är inte ett tal.',
        en: 'The outcome "{{raw}}" of "{{indicator}}" is not a number.',
      },
    },
  },
  check(ctx) {
    for (const { indicator } of indicatorsOf(ctx.model)) {
      const name = shortName(indicator);
      const o = indicator.outcome;
      // A formula without a cached value is not a missing outcome: cells/uncalculated-formula says so.
      if (o && o.value === null && o.formula && !o.problem) continue;
      if (!o || (o.value === null && !o.raw?.trim())) {
        const ref = o?.ref ?? indicator.name.ref;
        ctx.report({ messageId: 'missing', ref, data: { indicator: name } });
      } else if (o.value === null && o.problem !== 'error-value') {
        // Error values are the cells/error-value rule's.
        ctx.report({ messageId: 'notANumber', ref: o.ref, data: { indicator: name, raw: o.raw ?? '' }, actual: o.raw });
      }
    }
  },
};

export default rule;
