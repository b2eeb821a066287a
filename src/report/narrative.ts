import { tablesOf, type ReportModel } from '../model/types';
import { forecastAccuracyNarrative, investmentsNarrative, operatingNarrative } from './narrative-economy';
import {
  indicatorsNarrative,
  internalControlNarrative,
  sickLeaveNarrative,
  staffNarrative,
  workInjuriesNarrative,
} from './narrative-other';
import type { DraftParagraph } from './sheets/text';
import { activitiesNarrative } from './narrative-activities';
import { forecastReviewNarrative, incomeStatementNarrative } from './narrative-statements';

/**
 * The draft narrative in Swedish, in the register of the board reports, one paragraph per topic:
 * result and forecast, the account groups behind the deviation, the comparison with last year,
 * investments, goals, internal control, staff, sick leave, work injuries, forecast accuracy.
 * Only what the model's figures support is said; a missing figure drops its sentence.
 */
export function draftNarrative(model: ReportModel): DraftParagraph[] {
  const out: DraftParagraph[] = [];
  for (const t of tablesOf(model, 'operating')) out.push(...operatingNarrative(model, t));
  for (const t of tablesOf(model, 'investments')) out.push(...investmentsNarrative(model, t));
  for (const t of tablesOf(model, 'activities')) out.push(...activitiesNarrative(t));
  for (const t of tablesOf(model, 'incomeStatement')) out.push(...incomeStatementNarrative(t));
  for (const t of tablesOf(model, 'forecastAccuracy')) out.push(...forecastAccuracyNarrative(model, t));
  for (const t of tablesOf(model, 'forecastReview')) out.push(...forecastReviewNarrative(t));
  for (const t of tablesOf(model, 'indicators')) out.push(...indicatorsNarrative(model, t));
  for (const t of tablesOf(model, 'internalControl')) out.push(...internalControlNarrative(model, t));
  for (const t of tablesOf(model, 'staff')) out.push(...staffNarrative(model, t));
  for (const t of tablesOf(model, 'sickLeave')) out.push(...sickLeaveNarrative(model, t));
  for (const t of tablesOf(model, 'workInjuries')) out.push(...workInjuriesNarrative(model, t));
  return out;
}
