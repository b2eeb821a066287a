import type { Rule } from '../types';
import type { Row } from '../../model/types';
import { formatNumber } from '../format';
import { oddFigures, NUMERIC_KINDS } from '../figures';

/**
 * A figure typed as text ("−17 416", "+0,1") reads fine on paper, but Excel's SUMMA skips it,
 * so a total that sums it is silently wrong. The checks still use its value.
 */
interface Options {
  /**
   * Skip text in difference and variance columns: some boards write "+0,1" and "+-0" there on
   * purpose, and nothing sums those columns.
   */
  ignoreDifferenceColumns: boolean;
}

const DERIVED = new Set(['difference', 'variance', 'deviation']);

/** The column role of each figure cell, to tell a difference column from an amount column. */
function derivedCells(model: Parameters<Rule['check']>[0]['model']): Set<string> {
  const out = new Set<string>();
  for (const t of model.tables) {
    if (!('rows' in t)) continue;
    for (const row of t.rows as Row[]) {
      for (const [role, f] of Object.entries(row.values)) if (f && DERIVED.has(role)) out.add(`${f.ref.sheet}!${f.ref.cell}`);
    }
  }
  return out;
}

const rule: Rule<Options> = {
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
    schema: { ignoreDifferenceColumns: 'boolean' },
    defaultOptions: { ignoreDifferenceColumns: false },
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
    const skip = ctx.options.ignoreDifferenceColumns ? derivedCells(ctx.model) : new Set<string>();
    for (const placed of oddFigures(ctx)) {
      const { figure, kind } = placed;
      if (!NUMERIC_KINDS.includes(kind)) continue;
      if (skip.has(`${figure.ref.sheet}!${figure.ref.cell}`)) continue;
      if (figure.problem === 'not-a-number' && figure.raw?.trim()) {
        ctx.report({ messageId: 'notANumber', ref: figure.ref, data: { label: placed.label, raw: figure.raw.trim() }, actual: figure.raw });
      } else if (figure.fromText && typeof figure.value === 'number') {
        ctx.report({
          messageId: 'numberAsText',
          ref: figure.ref,
          data: { label: placed.label, raw: figure.raw ?? '', value: formatNumber(figure.value, figure.decimals) },
          actual: figure.raw,
        });
      }
    }
  },
};

export default rule;
