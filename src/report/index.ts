/** Report generation: summary sheets in the board report's layout and Swedish draft text (pure). */
export { planReport, freeName, type ReportResult, type PlanReportOptions } from './plan';
export { buildReportSheets, type ReportSheet, type BuildOptions } from './build-sheets';
export { draftNarrative } from './narrative';
export { reportNotes } from './notes';
export { reportWarnings } from './readiness';
export type { DraftParagraph } from './sheets/text';
export type { ReportSheetKind } from './sheets/common';
export { markerId, markerText, stableId, MARKER_PREFIX } from './marker';
export { classifyAssessment, classifyControl, fillSignal, type AssessmentClass, type ControlClass } from './assessment-class';
export { figureNumber, amountTkr, figureFormat, figureCellValue } from './figures';
export { FMT_INTEGER, FMT_RATE, FMT_PERCENT_UNITS } from './sheet-builder';
export * as phrases from './phrases';
