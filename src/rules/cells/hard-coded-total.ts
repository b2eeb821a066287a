import type { Figure, Row, TableKind } from '../../model/types';
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
    // Labels are built only for a cell that is reported.
    const consider = (cells: { f: Figure; label: () => string }[], neighbours: string) => {
      const withValue = cells.filter((c) => hasValue(c.f));
      // Each cell's formula looked up once (a grid look-up for figures the model holds no formula for).
      const isFormula = withValue.map((c) => !!formulaOf(c.f));
      const formulas = withValue.filter((_c, i) => isFormula[i]);
      if (formulas.length < 2) return;
      for (let i = 0; i < withValue.length; i++) {
        const c = withValue[i];
        if (isFormula[i] || flagged.has(c.f) || !hasValue(c.f)) continue;
        flagged.add(c.f);
        ctx.report({
          messageId: 'hardCoded',
          ref: c.f.ref,
          data: { label: c.label(), actual: formatNumber(c.f.value, c.f.decimals), neighbours },
          actual: c.f.value,
          related: formulas.map((x) => x.f.ref),
        });
      }
    };
    for (const table of ctx.model.tables) {
      if (!('rows' in table) || !('columns' in table)) continue;
      const totals = TOTAL_ROWS[table.kind] ?? [];
      const rows = table.rows as Row[];
      const columns = table.columns as { role: string; header: string }[];
      for (const row of rows) {
        if (!totals.includes(row.role)) continue;
        consider(
          columns.map((c) => ({ f: row.values[c.role], label: () => cellLabel(row, c) })).filter((x): x is { f: Figure; label: () => string } => !!x.f),
          'övriga celler i raden',
        );
      }
      for (const c of columns) {
        if (!DERIVED_COLUMNS.includes(c.role)) continue;
        consider(
          rows.map((row) => ({ f: row.values[c.role], label: () => cellLabel(row, c) })).filter((x): x is { f: Figure; label: () => string } => !!x.f),
          'övriga celler i kolumnen',
        );
      }
    }
  },
};

export default rule;
