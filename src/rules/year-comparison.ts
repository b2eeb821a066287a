import type { Column, Row, YearComparisonColumnRole } from '../model/types';
import { checkIdentity } from './identity';
import { cellLabel, columnByRole } from './tables';
import type { RuleContext } from './types';

/** difference = current − previous on every row of a two-year table (sick leave, work injuries). */
export function checkYearDifferences(
  ctx: RuleContext,
  columns: readonly Column<YearComparisonColumnRole>[],
  rows: readonly Row<string, YearComparisonColumnRole>[],
  exact = false,
): void {
  const diff = columnByRole(columns, 'difference');
  const current = columnByRole(columns, 'current');
  const previous = columnByRole(columns, 'previous');
  if (!diff || !current || !previous) return;
  const words = `${current.header.replace(/\s+/g, ' ')} − ${previous.header.replace(/\s+/g, ' ')}`;
  for (const row of rows) {
    checkIdentity(ctx, {
      messageId: 'differenceMismatch',
      target: { figure: row.values.difference, label: cellLabel(row, diff) },
      terms: [
        { figure: row.values.current, label: cellLabel(row, current) },
        { figure: row.values.previous, label: cellLabel(row, previous), sign: -1 },
      ],
      identity: `Differens = ${words} (${row.label.replace(/\s+/g, ' ')})`,
      exact,
    });
  }
}

export const DIFFERENCE_MESSAGE = {
  sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
  en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
};
