import type { Column, OperatingColumnRole, Row, YearComparisonColumnRole } from '../model/types';
import { checkIdentity } from './identity';
import { cellLabel, columnByRole } from './tables';
import type { RuleContext } from './types';

/** Which columns of a table hold this year, last year and their difference. */
export interface DifferenceRoles<C extends string> {
  current: C;
  previous: C;
  difference: C;
}

/**
 * difference = current − previous on every row: two-year tables (sick leave, work injuries) and
 * the actual-vs-last-period columns of Drift and Investeringar.
 */
export function checkRowDifferences<C extends string>(
  ctx: RuleContext,
  columns: readonly Column<C>[],
  rows: readonly Row<string, C>[],
  roles: DifferenceRoles<C>,
  exact = false,
): void {
  const diff = columnByRole(columns, roles.difference);
  const current = columnByRole(columns, roles.current);
  const previous = columnByRole(columns, roles.previous);
  if (!diff || !current || !previous) return;
  const words = `${current.header.replace(/\s+/g, ' ')} − ${previous.header.replace(/\s+/g, ' ')}`;
  for (const row of rows) {
    checkIdentity(ctx, {
      messageId: 'differenceMismatch',
      target: { figure: row.values[roles.difference], label: cellLabel(row, diff) },
      terms: [
        { figure: row.values[roles.current], label: cellLabel(row, current) },
        { figure: row.values[roles.previous], label: cellLabel(row, previous), sign: -1 },
      ],
      identity: `Differens = ${words} (${row.label.replace(/\s+/g, ' ')})`,
      exact,
    });
  }
}

const YEAR_ROLES: DifferenceRoles<YearComparisonColumnRole> = { current: 'current', previous: 'previous', difference: 'difference' };

/** difference = current − previous on every row of a two-year table (sick leave, work injuries). */
export function checkYearDifferences(
  ctx: RuleContext,
  columns: readonly Column<YearComparisonColumnRole>[],
  rows: readonly Row<string, YearComparisonColumnRole>[],
  exact = false,
): void {
  checkRowDifferences(ctx, columns, rows, YEAR_ROLES, exact);
}

/** The actual-vs-previous-period columns of Drift and Investeringar. */
export const ACTUAL_ROLES: DifferenceRoles<OperatingColumnRole> = { current: 'actual', previous: 'previousActual', difference: 'difference' };

export const DIFFERENCE_MESSAGE = {
  sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
  en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
};
