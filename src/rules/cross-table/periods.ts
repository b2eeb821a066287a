import type { Column } from '../../model/types';
import type { Rule } from '../types';

/** Which year each column role should name, relative to the report's year. */
const OFFSETS: Record<string, number> = {
  budget: 0,
  forecast: 0,
  variance: 0,
  actual: 0,
  previousActual: -1,
  current: 0,
  previous: -1,
  target: 0,
  outcome: 0,
  previousOutcome: -1,
};
/** Columns whose date, when the header names one, is the report's cutoff (this year or last). */
const DATED: Record<string, number> = { actual: 0, previousActual: -1, outcome: 0, previousOutcome: -1 };

/**
 * Headers name years; they agree with the report's period across all tables. A Drift table
 * headed 2024 next to a sick-leave table headed 2023/2022 is last year's copy left in place.
 */
const rule: Rule = {
  meta: {
    id: 'cross-table/periods',
    type: 'problem',
    docs: {
      description: {
        sv: 'Årtalen i tabellernas rubriker ska stämma med rapportens period: årets kolumner rapportåret, jämförelsekolumner året före.',
        en: 'The years in table headers agree with the report’s period: current columns the report year, comparison columns the year before.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      wrongYear: {
        sv: 'Rubriken "{{header}}" i {{sheet}} anger {{year}}, men rapporten gäller {{reportYear}} och kolumnen borde avse {{expected}}.',
        en: 'The header "{{header}}" in {{sheet}} names {{year}}, but the report is for {{reportYear}} and the column should be {{expected}}.',
      },
      wrongDate: {
        sv: 'Rubriken "{{header}}" i {{sheet}} anger {{date}}, men rapporten avser perioden till {{expected}}.',
        en: 'The header "{{header}}" in {{sheet}} names {{date}}, but the report covers the period up to {{expected}}.',
      },
    },
  },
  check(ctx) {
    let reportYear = ctx.model.period.year;
    if (reportYear === undefined) {
      const op = ctx.model.tables.find((t) => t.kind === 'operating');
      const actual = op && op.kind === 'operating' ? op.columns.find((c) => c.role === 'actual') : undefined;
      reportYear = actual?.year;
    }
    if (reportYear === undefined) return;
    for (const table of ctx.model.tables) {
      if (!['operating', 'investments', 'sickLeave', 'workInjuries', 'indicators'].includes(table.kind)) continue;
      for (const col of (table as { columns: Column[] }).columns) {
        const offset = OFFSETS[col.role];
        if (offset === undefined || col.year === undefined) continue;
        const expected = reportYear + offset;
        const period = ctx.model.period;
        const dated = DATED[col.role];
        if (col.year === expected && col.date && period.kind === 'interim' && dated !== undefined) {
          const want = `${Number(period.cutoff.slice(0, 4)) + dated}${period.cutoff.slice(4)}`;
          if (col.date !== want) {
            ctx.report({
              messageId: 'wrongDate',
              ref: col.ref,
              data: { header: col.header.replace(/\s+/g, ' '), sheet: table.sheet, date: col.date, expected: want },
              expected: want,
              actual: col.date,
            });
          }
          continue;
        }
        if (col.year === expected) continue;
        ctx.report({
          messageId: 'wrongYear',
          ref: col.ref,
          data: { header: col.header.replace(/\s+/g, ' '), sheet: table.sheet, year: col.year, reportYear, expected },
          expected,
          actual: col.year,
        });
      }
    }
  },
};

export default rule;
