import type { Figure, Row, SourceRef, TableKind } from '../../model/types';
import type { Rule } from '../types';
import { formatNumber } from '../format';
import { formulaLookup } from '../figures';
import { cellLabel, hasValue } from '../tables';

/** Rows that are sums of other rows, per table kind. */
const TOTAL_ROWS: Partial<Record<TableKind, readonly string[]>> = {
  operating: ['totalCosts', 'netCosts', 'result'],
  investments: ['total', 'category'],
  staff: ['total'],
};
/** Columns computed from other columns. */
const DERIVED_COLUMNS: readonly string[] = ['variance', 'difference', 'deviation'];

/**
 * A total typed in where its neighbours are formulas does not follow when a figure changes:
 * the classic stale total. Neighbours are the other cells of the same total row, or the other
 * cells of the same variance/difference column.
 */
const rule: Rule = {
  meta: {
    id: 'cells/hard-coded-total',
    type: 'suggestion',
    docs: {
      description: {
        sv: 'En summa eller differens som är inskriven som ett fast tal där grannarna i samma rad eller kolumn är formler följer inte med när underlaget ändras.',
        en: 'A total or difference typed in as a constant where its neighbours in the same row or column are formulas does not follow when the inputs change.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      hardCoded: {
        sv: '{{label}} är ett inskrivet tal ({{actual}}) medan {{neighbours}} räknas med formler – summan följer inte med om underlaget ändras.',
        en: '{{label}} is a typed-in number ({{actual}}) while {{neighbours}} are formulas – it will not follow when the inputs change.',
      },
    },
  },
  check(ctx) {
    const flagged = new Set<Figure>();
    const formulaOf = formulaLookup(ctx.workbook);
    // The cells of one line (a total row or a derived column) that hold a value; a label is built
    // only for a cell that is reported.
    const figures: (Figure & { value: number })[] = [];
    const isFormula: boolean[] = [];
    const consider = (labelAt: (i: number) => string, neighbours: string) => {
      // Each cell's formula looked up once (a grid look-up for figures the model holds no formula for).
      let formulaCount = 0;
      for (let i = 0; i < figures.length; i++) if ((isFormula[i] = !!formulaOf(figures[i]))) formulaCount++;
      if (formulaCount < 2) return;
      let related: SourceRef[] | undefined;
      for (let i = 0; i < figures.length; i++) {
        const f = figures[i];
        if (isFormula[i] || flagged.has(f)) continue;
        flagged.add(f);
        related ??= figures.filter((_f, j) => isFormula[j]).map((x) => x.ref);
        ctx.report({
          messageId: 'hardCoded',
          ref: f.ref,
          data: { label: labelAt(i), actual: formatNumber(f.value, f.decimals), neighbours },
          actual: f.value,
          related: related.slice(),
        });
      }
    };
    for (const table of ctx.model.tables) {
      if (!('rows' in table) || !('columns' in table)) continue;
      const totals = TOTAL_ROWS[table.kind] ?? [];
      const rows = table.rows as Row[];
      const columns = table.columns as { role: string; header: string }[];
      // Whose figure each of `figures` is: a column of the total row, a row of the derived column.
      const ofColumn: { role: string; header: string }[] = [];
      const ofRow: Row[] = [];
      for (const row of rows) {
        if (!totals.includes(row.role)) continue;
        figures.length = 0;
        ofColumn.length = 0;
        for (const c of columns) {
          const f = row.values[c.role];
          if (hasValue(f)) {
            figures.push(f);
            ofColumn.push(c);
          }
        }
        consider((i) => cellLabel(row, ofColumn[i]), 'övriga celler i raden');
      }
      for (const c of columns) {
        if (!DERIVED_COLUMNS.includes(c.role)) continue;
        figures.length = 0;
        ofRow.length = 0;
        for (const row of rows) {
          const f = row.values[c.role];
          if (hasValue(f)) {
            figures.push(f);
            ofRow.push(row);
          }
        }
        consider((i) => cellLabel(ofRow[i], c), 'övriga celler i kolumnen');
      }
    }
  },
};

export default rule;
