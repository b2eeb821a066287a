import type { Rule } from '../types';
import { isCellError } from '../../grid/types';
import { oddFigures } from '../figures';
import { oddTableCells, refKey } from '../tables';

/** #REF!, #DIV/0!, #VALUE! … in a report table: the figure is lost. */
const rule: Rule = {
  meta: {
    id: 'cells/error-value',
    type: 'problem',
    docs: {
      description: {
        sv: 'En cell i en rapporttabell får inte innehålla ett felvärde som #REF!, #DIV/0! eller #VÄRDEFEL!.',
        en: 'A cell in a report table must not hold an error value such as #REF!, #DIV/0! or #VALUE!.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      errorValue: {
        sv: '{{label}} innehåller felvärdet {{error}} – talet saknas i rapporten och i alla kontroller.',
        en: '{{label}} holds the error value {{error}} – the figure is missing from the report and from every check.',
      },
    },
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const placed of oddFigures(ctx)) {
      const { figure } = placed;
      if (figure.problem !== 'error-value') continue;
      seen.add(refKey(figure.ref));
      ctx.report({ messageId: 'errorValue', ref: figure.ref, data: { label: placed.label, error: figure.raw ?? '#FEL' }, actual: figure.raw });
    }
    // Error cells the mapping did not turn into figures (a spacer column, an unmapped row).
    for (const table of ctx.model.tables) {
      for (const { cell, ref } of oddTableCells(ctx, table)) {
        if (!isCellError(cell.value) || seen.has(refKey(ref))) continue;
        seen.add(refKey(ref));
        ctx.report({ messageId: 'errorValue', ref, data: { label: `${table.sheet}!${ref.cell}`, error: cell.value.error }, actual: cell.value.error });
      }
    }
  },
};

export default rule;
