import type { Investments, InvestmentColumnRole, InvestmentRowRole, ReportModel, Row } from '../../model/types';
import { tablesOf } from '../../model/types';

export type InvestmentRow = Row<InvestmentRowRole, InvestmentColumnRole>;

export function investmentTables(model: ReportModel): Investments[] {
  return tablesOf(model, 'investments');
}

/** "-varav exploatering": a subset of its parent, never a term of a sum. */
export function isOfWhich(row: { label: string }): boolean {
  return /^[\s\-–—]*varav\b/i.test(row.label);
}
