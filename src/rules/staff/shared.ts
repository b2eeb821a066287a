import type { ReportModel, Staff } from '../../model/types';
import { tablesOf } from '../../model/types';

export function staffTables(model: ReportModel): Staff[] {
  return tablesOf(model, 'staff');
}
