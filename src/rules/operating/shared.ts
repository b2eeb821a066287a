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
