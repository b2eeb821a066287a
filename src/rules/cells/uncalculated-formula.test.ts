import { RuleTester } from '../rule-tester';
import rule from './uncalculated-formula';
import { driftModel, withGrid } from '../../../test/rules/support/small';
import type { ReportModel, Row } from '../../model/types';

/** The Drift model with the given cells (row index, column role) as formulas without a cached value. */
function uncalculated(cells: [row: number, role: string][], withFormula = true): { model: ReportModel; workbook: ReturnType<typeof withGrid>['workbook'] } {
  const { model, workbook } = withGrid(driftModel());
  const table = model.tables[0] as { rows: Row[] };
  for (const [i, role] of cells) {
    const f = (table.rows[i].values as Record<string, { value: number | null; formula?: string; ref: { cell: string } }>)[role];
    f.value = null;
    if (withFormula) f.formula = 'SUM(B2:B3)';
    const cell = workbook.sheets[0].rows.flat().find((c) => c?.address === f.ref.cell);
    if (cell) {
      cell.value = null;
      if (withFormula) cell.formula = 'SUM(B2:B3)';
    }
  }
  return { model, workbook };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'every formula has its cached value', ...withGrid(driftModel()) },
    { name: 'an empty cell is not an uncalculated formula', ...uncalculated([[3, 'actual']], false) },
  ],
  invalid: [
    {
      name: 'one uncalculated total',
      ...uncalculated([[3, 'actual']]),
      errors: [{ messageId: 'uncalculated', cell: 'E5', data: { count: 1, sheet: 'Drift' } }],
    },
    {
      name: 'several in one table: one warning at the first',
      ...uncalculated([[7, 'budget'], [3, 'actual'], [4, 'actual']]),
      errors: [{ messageId: 'uncalculated', cell: 'E5', data: { count: 3, sheet: 'Drift', cell: 'E5' } }],
    },
  ],
});
