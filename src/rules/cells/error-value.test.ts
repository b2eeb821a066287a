import { RuleTester } from '../rule-tester';
import rule from './error-value';
import { driftModel, driftRows, set, withGrid } from '../../../test/rules/support/small';

const withRefInGrid = (() => {
  const { model, workbook } = withGrid(driftModel());
  // An error in a cell of the table the mapping did not read (a spacer column).
  const sheet = workbook.sheets[0];
  (sheet.rows[2] ??= [])[7] = { address: 'H3', row: 3, col: 8, value: { error: '#DIV/0!' } };
  return { model, workbook };
})();

new RuleTester().run(rule, {
  valid: [{ name: 'no error values', ...withGrid(driftModel()) }],
  invalid: [
    {
      name: '#REF! in a figure',
      ...withGrid(driftModel(set(driftRows(), 1, 0, '#REF!'))),
      errors: [{ messageId: 'errorValue', cell: 'B3', data: { error: '#REF!', label: 'Personalkostnader, Budget 2024' } }],
    },
    {
      name: 'an error value in the table range outside the mapped figures',
      model: { ...withRefInGrid.model, tables: withRefInGrid.model.tables.map((t) => ({ ...t, range: 'A1:H9' })) },
      workbook: withRefInGrid.workbook,
      errors: [{ messageId: 'errorValue', cell: 'H3', data: { error: '#DIV/0!' } }],
    },
  ],
});
