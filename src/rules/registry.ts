import type { AnyRule } from './types';
import cellsErrorValue from './cells/error-value';
import cellsHardCodedTotal from './cells/hard-coded-total';
import cellsNumberAsText from './cells/number-as-text';
import cellsUncalculatedFormula from './cells/uncalculated-formula';
import cellsWrongSign from './cells/wrong-sign';
import crossTablePeriods from './cross-table/periods';
import crossTableSameFigure from './cross-table/same-figure';
import forecastAccuracyDeviation from './forecast-accuracy/deviation';
import forecastReviewDeviation from './forecast-review/deviation';
import forecastReviewTotal from './forecast-review/total';
import incomeStatementChain from './income-statement/chain';
import indicatorsOutcomePresent from './indicators/outcome-present';
import indicatorsOutcomeType from './indicators/outcome-type';
import indicatorsTargetReadable from './indicators/target-readable';
import investmentsCategoriesSum from './investments/categories-sum';
import investmentsDifference from './investments/difference';
import investmentsSubRowsSum from './investments/sub-rows-sum';
import investmentsVariance from './investments/variance';
import operatingCostGroupsSum from './operating/cost-groups-sum';
import operatingDifference from './operating/difference';
import operatingNetCosts from './operating/net-costs';
import operatingResult from './operating/result';
import operatingVariance from './operating/variance';
import sickLeaveDayBandsSum from './sick-leave/day-bands-sum';
import sickLeaveDifference from './sick-leave/difference';
import sickLeaveRateRange from './sick-leave/rate-range';
import sickLeaveTotalWithinGroups from './sick-leave/total-within-groups';
import staffRateRange from './staff/rate-range';
import staffTotalSum from './staff/total-sum';
import staffTotalWithinRange from './staff/total-within-range';
import structureRecurringFigures from './structure/recurring-figures';
import structureRelations from './structure/relations';
import textQuotedFigures from './text/quoted-figures';
import workInjuriesDifference from './work-injuries/difference';

/** Every rule, sorted by id. A meta-test keeps this list, the files and their tests in step. */
export const rules: readonly AnyRule[] = [
  cellsErrorValue,
  cellsHardCodedTotal,
  cellsNumberAsText,
  cellsUncalculatedFormula,
  cellsWrongSign,
  crossTablePeriods,
  crossTableSameFigure,
  forecastAccuracyDeviation,
  forecastReviewDeviation,
  forecastReviewTotal,
  incomeStatementChain,
  indicatorsOutcomePresent,
  indicatorsOutcomeType,
  indicatorsTargetReadable,
  investmentsCategoriesSum,
  investmentsDifference,
  investmentsSubRowsSum,
  investmentsVariance,
  operatingCostGroupsSum,
  operatingDifference,
  operatingNetCosts,
  operatingResult,
  operatingVariance,
  sickLeaveDayBandsSum,
  sickLeaveDifference,
  sickLeaveRateRange,
  sickLeaveTotalWithinGroups,
  staffRateRange,
  staffTotalSum,
  staffTotalWithinRange,
  structureRecurringFigures,
  structureRelations,
  textQuotedFigures,
  workInjuriesDifference,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0)) as AnyRule[];

export function ruleById(id: string): AnyRule | undefined {
  return rules.find((r) => r.meta.id === id);
}
