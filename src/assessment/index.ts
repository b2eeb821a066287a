/** Assessments: targets, scales, one key figure's level, and the fill of the Bedömning cells. */
export type { Target, CompareTarget, RangeTarget, PreviousTarget, YesNoTarget, UnreadableTarget, TargetUnit, TargetContext } from './target';
export { parseTarget, describeTarget, lowerIsBetter, formatNumber } from './target';
export type { Scale, ScaleLevel, ScaleUse, CustomScaleProblem } from './scales';
export {
  BUILTIN_SCALES,
  COLOURS,
  goal4,
  keyFigure2019,
  goal2019,
  internalControl,
  recognizeLevel,
  levelByFill,
  parseCustomScales,
  scaleById,
  allScales,
  withThresholds,
} from './scales';
export * as scales from './scales';
export type { Assessment, AssessOptions, NotAssessedCode } from './assess';
export { assess, levelFor, shortfallPercent, projectionFactor } from './assess';
export type { GoalRule, GoalSuggestion, RatedLevel } from './goal';
export { suggestGoal, GOAL_RULES } from './goal';
export { detectScale } from './detect-scale';
export type { FillSettings, ThresholdSettings } from './settings';
export type { FillResult, FilledEntry, SkippedEntry, ScaleChoice } from './fill';
export { planFill } from './fill';
export { ASSESSMENT_RULES } from './messages';
export type { AssessmentRuleId } from './messages';
export type { ParsedOutcome } from './outcome';
export { parseOutcome, parseOutcomeText } from './outcome';
export type { BoardScale, LegendLevel } from './legend';
export { parseLevelLabel, parseBand, splitLegendText, scaleFromLevels, findLegends, levelRules, DEFAULT_SHORTFALLS } from './legend';
