import type { WorkbookGrid } from '../grid/types';
import type { WritePlan } from '../grid/write-plan';
import type { Finding } from '../model/finding';
import type { WorkbookMapping } from '../model/mapping-types';
import type { ReportModel } from '../model/types';
import type { FillResult, FillSettings, ScaleChoice } from '../assessment';
import type { LeftOutItem } from '../mapping/left-out';
import type { TableNotes } from './table-notes';

export type { LeftOutItem, TableNotes };

/**
 * The pure core as the pane uses it. Loaded lazily (its own chunk) so the pane's first paint
 * does not wait for the mapper, the rules and the report builder.
 */

export interface FillPreview {
  plan: WritePlan;
  filled: { sheet: string; cell: string; value: string; fill: string | null; indicator: string; reason: string }[];
  skipped: { sheet: string; cell: string; reason: string; indicator?: string }[];
  findings: Finding[];
  scaleName?: string;
  /** The scales in use for key figures and goals, where they came from, their levels and limits. */
  scales?: { indicator: ScaleChoice; goal: ScaleChoice };
  /** How goals are summed up, and where the rule came from. */
  goalRule?: FillResult['goalRule'];
  /** Scales the controller can pick instead. */
  choices?: { id: string; name: string }[];
  /** The settings the preview was planned with (saved in the workbook when the fill is written). */
  settings?: FillSettings;
}

export interface ReportPreview {
  plan: WritePlan;
  sheets: { name: string; kind: string }[];
  text: { section: string; paragraph: string }[];
}

export interface CoreApi {
  /** `extra`: the board's words remembered by the pane (same shape as synonym-data.json), before the workbook's own. */
  mapWorkbook(grid: WorkbookGrid, saved?: WorkbookMapping, extra?: unknown): WorkbookMapping;
  /** Each row and column the mapping left out, placed in its table, with the board's own words. */
  leftOut(grid: WorkbookGrid, mapping: WorkbookMapping): LeftOutItem[];
  buildModel(grid: WorkbookGrid, mapping: WorkbookMapping): { model: ReportModel; findings: Finding[] };
  /** Per table: where each role came from, and the relations the numbers show (src/taskpane/table-notes.ts). */
  describe(grid: WorkbookGrid, mapping: WorkbookMapping, extra?: unknown): TableNotes[];
  validate(model: ReportModel, grid: WorkbookGrid): Finding[];
  planFill(grid: WorkbookGrid, model: ReportModel, settings?: FillSettings): FillPreview;
  planReport(grid: WorkbookGrid, model: ReportModel): ReportPreview;
}

export function loadCore(): Promise<CoreApi> {
  return import(/* webpackChunkName: "core" */ './core-impl').then((m) => m.core);
}
