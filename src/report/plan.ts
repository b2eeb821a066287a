import type { WorkbookGrid } from '../grid/types';
import { emptyPlan, type WritePlan } from '../grid/write-plan';
import { readToolStateChecked, STATE_SHEET, type GeneratedSheet, type ToolState } from '../grid/tool-state';
import type { ReportModel } from '../model/types';
import { buildReportSheets, type BuildOptions } from './build-sheets';
import { stableId } from './marker';
import { defaultMarkerCell, ownGeneratedSheets } from '../grid/owned';
import { toA1 } from '../grid/address';
import { draftNarrative } from './narrative';
import { reportNotes } from './notes';
import type { ReportSheetKind } from './sheets/common';

/**
 * Regenerating the report: the tool's own earlier sheets are deleted and added again; every other
 * sheet stays as it is. A sheet is the tool's own only when the saved state lists it AND its
 * marker cell holds the listed id (see marker.ts). A name taken by someone else's sheet gets
 * " (2)", " (3)" …
 */

export interface ReportResult {
  plan: WritePlan;
  sheets: { name: string; kind: string }[];
  text: { section: string; paragraph: string }[];
  /** Swedish notes on cells the report could not read as numbers (see notes.ts). */
  notes: string[];
}

export type PlanReportOptions = Pick<BuildOptions, 'exclude' | 'text'>;

/** Excel's limit on a sheet name. */
const MAX_NAME = 31;


/** A free name: the wanted one, or "wanted (2)" …, never one in `taken` (compared as Excel does, ignoring case). */
export function freeName(wanted: string, taken: Set<string>): string {
  const key = (s: string) => s.toLocaleLowerCase('sv-SE');
  if (!taken.has(key(wanted)) && wanted.length <= MAX_NAME) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!taken.has(key(name))) return name;
  }
}

export function planReport(wb: WorkbookGrid, model: ReportModel, opts: PlanReportOptions = {}): ReportResult {
  const reading = readToolStateChecked(wb);
  const state = reading.state;
  // Only sheets the workbook confirms (marker cell with the recorded id) are ours to replace.
  const own = ownGeneratedSheets(wb, state);
  const ownNames = new Set(own.map((g) => g.name));
  // Keep an id the workbook already uses for a kind, so a regenerated sheet keeps its identity.
  const idByKind = new Map(own.map((g) => [g.kind, g.id] as const));
  const text = opts.text ?? draftNarrative(model);
  const built = buildReportSheets(model, {
    text,
    exclude: opts.exclude,
    idFor: (kind: ReportSheetKind, key: string) => idByKind.get(kind) ?? stableId(`${kind}|${key}`),
  });

  const taken = new Set(
    wb.sheets.filter((s) => !ownNames.has(s.name)).map((s) => s.name.toLocaleLowerCase('sv-SE')),
  );
  taken.add(STATE_SHEET.toLocaleLowerCase('sv-SE'));
  const plan = emptyPlan();
  // A kind left out this time keeps its earlier sheet (and its place in the state).
  const excluded = new Set<string>(opts.exclude ?? []);
  const keptOwn = own.filter((g) => excluded.has(g.kind));
  for (const g of keptOwn) taken.add(g.name.toLocaleLowerCase('sv-SE'));
  plan.deleteSheets = own.filter((g) => !excluded.has(g.kind)).map((g) => g.name);
  const generated: GeneratedSheet[] = [...keptOwn];
  for (const s of built) {
    const name = freeName(s.name, taken);
    taken.add(name.toLocaleLowerCase('sv-SE'));
    s.sheet.grid.name = name;
    plan.addSheets.push(s.sheet);
    const marker = defaultMarkerCell(s.sheet.grid);
    generated.push({ name, kind: s.kind, id: s.id, ...(marker ? { marker: toA1(marker.row, marker.col) } : {}) });
  }
  const next: ToolState = { ...state, generatedSheets: generated };
  // Never a state over a user's sheet that holds the state sheet's name (see readToolStateChecked).
  if (!reading.userSheet) plan.state = next;
  return {
    plan,
    sheets: generated.filter((g) => !excluded.has(g.kind)).map((g) => ({ name: g.name, kind: g.kind })),
    text: opts.exclude?.includes('text') ? [] : text,
    notes: [...reading.problems.map((p) => p.sv), ...reportNotes(model)],
  };
}
