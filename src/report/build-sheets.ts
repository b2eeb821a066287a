import type { NewSheet } from '../grid/write-plan';
import { tablesOf, type ReportModel } from '../model/types';
import { GREY, NOTE_SIZE } from './sheet-builder';
import { markerText, stableId } from './marker';
import type { ReportSheetKind, SheetDraft } from './sheets/common';
import { investmentsSheet, operatingSheet } from './sheets/money';
import { indicatorsSheet } from './sheets/indicators';
import { internalControlSheet } from './sheets/internal-control';
import { sickLeaveSheet, staffSheet, workInjuriesSheet } from './sheets/people';
import { forecastAccuracySheet } from './sheets/forecast-accuracy';
import { activitiesSheet, forecastReviewSheet, incomeStatementSheet } from './sheets/activities';
import { textSheet, type DraftParagraph } from './sheets/text';
import { draftNarrative } from './narrative';

export interface ReportSheet {
  kind: ReportSheetKind;
  /** The name the sheet would like ("Rapport Drift"); planReport may add " (2)" on a clash. */
  name: string;
  id: string;
  sheet: NewSheet;
}

export interface BuildOptions {
  /** The id for a sheet; defaults to a hash of kind and source tables, so the same model gives the same ids. */
  idFor?: (kind: ReportSheetKind, key: string) => string;
  /** The draft text; defaults to draftNarrative(model). */
  text?: DraftParagraph[];
  /** Sheet kinds to leave out. */
  exclude?: ReportSheetKind[];
}

/** The key of the text sheet: what the narrative is written for. */
function textKey(model: ReportModel): string {
  const p = model.period;
  return `${model.board ?? ''}|${p.kind}|${p.year ?? ''}|${p.kind === 'interim' ? p.cutoff : ''}`;
}

function drafts(model: ReportModel, text: DraftParagraph[]): SheetDraft[] {
  const out: SheetDraft[] = [];
  const operating = tablesOf(model, 'operating');
  if (operating.length) out.push(operatingSheet(model, operating));
  const investments = tablesOf(model, 'investments');
  if (investments.length) out.push(investmentsSheet(model, investments));
  const indicators = tablesOf(model, 'indicators');
  if (indicators.length) out.push(indicatorsSheet(model, indicators));
  const control = tablesOf(model, 'internalControl');
  if (control.length) out.push(internalControlSheet(model, control));
  const sick = tablesOf(model, 'sickLeave');
  if (sick.length) out.push(sickLeaveSheet(model, sick));
  const staff = tablesOf(model, 'staff');
  if (staff.length) out.push(staffSheet(model, staff));
  const injuries = tablesOf(model, 'workInjuries');
  if (injuries.length) out.push(workInjuriesSheet(model, injuries));
  const activities = tablesOf(model, 'activities');
  if (activities.length) out.push(activitiesSheet(model, activities));
  const income = tablesOf(model, 'incomeStatement');
  if (income.length) out.push(incomeStatementSheet(model, income));
  const review = tablesOf(model, 'forecastReview');
  if (review.length) out.push(forecastReviewSheet(model, review));
  const accuracy = tablesOf(model, 'forecastAccuracy');
  if (accuracy.length) out.push(forecastAccuracySheet(model, accuracy));
  if (text.length) out.push(textSheet(model, text, textKey(model)));
  return out;
}

/** The summary sheets for a model, in the board report's order, each with its marker row. */
export function buildReportSheets(model: ReportModel, opts: BuildOptions = {}): ReportSheet[] {
  const text = opts.text ?? draftNarrative(model);
  const idFor = opts.idFor ?? ((kind: ReportSheetKind, key: string) => stableId(`${kind}|${key}`));
  const exclude = new Set(opts.exclude ?? []);
  return drafts(model, text)
    .filter((d) => !exclude.has(d.kind))
    .map((d) => {
      const id = idFor(d.kind, d.key);
      const b = d.builder;
      b.skip(1);
      b.set(b.next(), 1, markerText(id), { style: { fontColor: GREY, italic: true, fontSize: NOTE_SIZE } });
      return { kind: d.kind, name: d.baseName, id, sheet: b.build(d.baseName) };
    });
}
