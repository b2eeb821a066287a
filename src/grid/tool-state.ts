import type { WorkbookMapping } from '../model/mapping-types';
import type { Cell, SheetGrid, WorkbookGrid } from './types';
import { toA1 } from './address';

/**
 * The add-in's own memory inside the workbook: a veryHidden sheet holding JSON, chunked over
 * column A (Excel caps a cell at 32 767 characters). A hidden sheet works the same in Excel
 * (desktop, web, Mac), in Office.js and in ExcelJS, and travels with the file.
 */

export const STATE_SHEET = 'Nämndrapport_data';
const CHUNK = 30000;

export interface FilledCell {
  sheet: string;
  cell: string;
  /** The text the tool wrote; if the cell now holds something else, a person changed it. */
  value: string;
}

export interface GeneratedSheet {
  name: string;
  /** What the sheet shows, e.g. "operating". */
  kind: string;
  /** Random id also written in the sheet's marker cell, so a renamed copy is not mistaken for ours. */
  id: string;
}

export interface ToolState {
  version: 1;
  mapping?: WorkbookMapping;
  assessment?: {
    /** Scale id ("goal4", "keyFigure2019", "internalControl", or a custom scale's id). */
    scale?: string;
    customScales?: unknown[];
    thresholds?: unknown;
    /** Project cumulative indicators to the target date (off by default). */
    projectCumulative?: boolean;
    /** Scale id for goal-level assessments when it differs from the key figures' scale (2019: "goal2019"). */
    goalScale?: string;
    /** How a goal's suggestion follows from its indicators: "worst", "average" (default) or "allMet". */
    goalRule?: string;
  };
  filled?: FilledCell[];
  generatedSheets?: GeneratedSheet[];
  /** The board's own labels for sheets, headers and rows (the shape of src/mapping/synonym-data.json). */
  synonyms?: unknown;
  /** Findings the controller acknowledged ("Kvittera" in the pane); they come back when the figure changes. */
  acknowledged?: AcknowledgedFinding[];
}

export interface AcknowledgedFinding {
  rule: string;
  sheet: string;
  cell: string;
  /** The figure as it was when acknowledged ("" when the finding had none). */
  actual: string;
}

export function emptyState(): ToolState {
  return { version: 1 };
}

/** Read the tool's state from a workbook grid; a missing or damaged sheet yields the empty state. */
export function readToolState(wb: WorkbookGrid): ToolState {
  const sheet = wb.sheets.find((s) => s.name === STATE_SHEET);
  if (!sheet) return emptyState();
  let json = '';
  for (const row of sheet.rows) {
    const v = row?.[0]?.value;
    if (typeof v === 'string') json += v;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return emptyState();
  }
  return sanitizeState(parsed);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function allStrings(v: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((k) => typeof v[k] === 'string');
}

/**
 * The state sheet is part of the user's file and may have been edited or damaged: keep only the
 * parts whose shape is right, so a bad entry costs that entry, never a crash.
 */
export function sanitizeState(parsed: unknown): ToolState {
  if (!isRecord(parsed) || parsed.version !== 1) return emptyState();
  const state: ToolState = { version: 1 };
  if (isRecord(parsed.mapping) && Array.isArray(parsed.mapping.tables)) state.mapping = parsed.mapping as unknown as WorkbookMapping;
  if (isRecord(parsed.synonyms)) state.synonyms = parsed.synonyms;
  if (isRecord(parsed.assessment)) state.assessment = parsed.assessment as ToolState['assessment'];
  if (Array.isArray(parsed.filled)) {
    state.filled = parsed.filled.filter((f): f is FilledCell => isRecord(f) && allStrings(f, ['sheet', 'cell', 'value']));
  }
  if (Array.isArray(parsed.acknowledged)) {
    state.acknowledged = parsed.acknowledged.filter((a): a is AcknowledgedFinding => isRecord(a) && allStrings(a, ['rule', 'sheet', 'cell', 'actual']));
  }
  if (Array.isArray(parsed.generatedSheets)) {
    state.generatedSheets = parsed.generatedSheets.filter((g): g is GeneratedSheet => isRecord(g) && allStrings(g, ['name', 'kind', 'id']));
  }
  return state;
}

/** The state sheet as a grid, JSON split in chunks down column A. */
export function stateSheet(state: ToolState): SheetGrid {
  const json = JSON.stringify(state);
  const rows: (Cell | undefined)[][] = [];
  for (let i = 0, r = 1; i < json.length || r === 1; i += CHUNK, r++) {
    rows.push([{ address: toA1(r, 1), row: r, col: 1, value: json.slice(i, i + CHUNK) }]);
  }
  return { name: STATE_SHEET, rows, merges: [], state: 'veryHidden' };
}
