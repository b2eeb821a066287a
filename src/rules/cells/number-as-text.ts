import type { Rule } from '../types';
import { formatNumber } from '../format';
import { allFigures, NUMERIC_KINDS } from '../figures';

/**
 * A figure typed as text ("−17 416", "+0,1") reads fine on paper, but Excel's SUMMA skips it,
 * so a total that sums it is silently wrong. The checks still use its value.
 */
const rule: Rule = {
  meta: {
    id: 'cells/number-as-text',
    type: 'suggestion',
    docs: {
      description: {
        sv: 'Tal i tabeller ska lagras som tal, inte text: Excels SUMMA hoppar över text (kontrollerna använder ändå värdet).',
        en: 'Figures in tables are stored as numbers, not text: Excel’s SUM skips text (the checks still use the value).',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      numberAsText: {
        sv: '{{label}} är lagrat som texten "{{raw}}" – Excels SUMMA hoppar över det. Kontrollerna räknar med {{value}}.',
        en: '{{label}} is stored as the text "{{raw}}" – Excel’s SUM skips it. The checks use {{value}}.',
      },
      notANumber: {
        sv: '{{label}} innehåller "{{raw}}", som inte går att läsa som ett tal – cellen ingår inte i kontrollerna.',
        en: '{{label}} holds "{{raw}}", which cannot be read as a number – the cell is left out of the checks.',
      },
    },
  },
  check(ctx) {
    for (const { figure, label, kind } of allFigures(ctx.model)) {
      if (!NUMERIC_KINDS.includes(kind)) continue;
      if (figure.problem === 'not-a-number' && figure.raw?.trim()) {
        ctx.report({ messageId: 'notANumber', ref: figure.ref, data: { label, raw: figure.raw.trim() }, actual: figure.raw });
      } else if (figure.fromText && typeof figure.value === 'number') {
        ctx.report({
          messageId: 'numberAsText',
          ref: figure.ref,
          data: { label, raw: figure.raw ?? '', value: formatNumber(figure.value, figure.decimals) },
          actual: figure.raw,
        });
      }
    }
  },
};

export default rule;
