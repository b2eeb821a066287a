import type { OperatingColumnRole, OperatingRowRole, OperatingStatement, ReportModel, Row } from '../../model/types';
import { tablesOf } from '../../model/types';

export const COST_GROUP_ROLES: readonly OperatingRowRole[] = ['personnel', 'premises', 'purchasedServices', 'otherCosts', 'costGroup'];
export const COST_ROLES: readonly OperatingRowRole[] = [...COST_GROUP_ROLES, 'totalCosts'];
/** Columns holding amounts (as opposed to variances and differences, which may take any sign). */
export const AMOUNT_COLUMNS: readonly OperatingColumnRole[] = ['budget', 'forecast', 'actual', 'previousActual'];

export type OperatingRow = Row<OperatingRowRole, OperatingColumnRole>;

export function operatingTables(model: ReportModel): OperatingStatement[] {
  return tablesOf(model, 'operating');
}

export function firstRow(table: OperatingStatement, role: OperatingRowRole): OperatingRow | undefined {
  return table.rows.find((r) => r.role === role);
}

/**
 * The table's own sign convention: true when its costs are printed as positive numbers (a board
 * whose Drift shows "Kostnader 9 400" and "Nettokostnad 9 050"), read from the total-cost row
 * (else the cost groups) in the amount columns.
 */
export function costsPositive(table: OperatingStatement): boolean {
  const rows = table.rows.filter((r) => r.role === 'totalCosts');
  const source = rows.length ? rows : table.rows.filter((r) => COST_GROUP_ROLES.includes(r.role));
  let pos = 0;
  let neg = 0;
  for (const r of source) {
    for (const role of AMOUNT_COLUMNS) {
      const v = r.values[role]?.value;
      if (typeof v !== 'number' || v === 0) continue;
      if (v > 0) pos++;
      else neg++;
    }
  }
  return pos > neg;
}
