import type { z } from 'zod';
import type { TableMapping, WorkbookMapping } from '../model/mapping-types';
import type { Finding } from '../model/finding';
import type { Cell, SheetGrid, WorkbookGrid } from './types';
import { toA1 } from './address';
import { jsonDepth, LIMITS, stateSchemas, valueDepthExceeds } from './state-limits';

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
  /** Address of the marker cell (recorded since the hardening; without it, column A of the last row). */
  marker?: string;
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

/** One part of a state sheet that was dropped, in both languages (see stateFindings). */
export interface StateProblem {
  sv: string;
  en: string;
  /** The part dropped ("mapping", "tables", "filled" …); absent when the whole state was. */
  part?: string;
  /** The same, short, for a list of several ("listan över ifyllda bedömningar har fel form"). */
  detailSv?: string;
  detailEn?: string;
}

export interface StateReading {
  state: ToolState;
  /** Parts dropped because their shape or size was wrong; each becomes one warning finding. */
  problems: StateProblem[];
  /** The sheet the state came from (exact name, not visible), if any. */
  sheet?: SheetGrid;
  /**
   * A user's sheet that holds the state sheet's name: visible, or the name in another case
   * ("NÄMNDRAPPORT_DATA"). It is never read as state and never touched; the tool refuses to
   * save (see stateSheetTaken).
   */
  userSheet?: SheetGrid;
}

/** Whether a sheet name is the state sheet's name in Excel's eyes (Excel ignores case). */
export function isStateSheetName(name: string): boolean {
  // Sheet names are short and asked about on every state read: each name is lowered once.
  let hit = stateNameVerdicts.get(name);
  if (hit === undefined) {
    if (stateNameVerdicts.size > 5000) stateNameVerdicts.clear();
    stateNameVerdicts.set(name, (hit = name.toLocaleLowerCase('sv-SE') === STATE_SHEET_LOWER));
  }
  return hit;
}

const STATE_SHEET_LOWER = STATE_SHEET.toLocaleLowerCase('sv-SE');
const stateNameVerdicts = new Map<string, boolean>();

/** The tool's own state sheet: exactly its name, and hidden as the tool leaves it. */
export function ownStateSheet(wb: WorkbookGrid): SheetGrid | undefined {
  // Readers always set the state; a grid built in memory without one counts as hidden.
  return wb.sheets.find((s) => s.name === STATE_SHEET && s.state !== 'visible');
}

/** A user's sheet that takes the state sheet's name (visible, or another case); see StateReading.userSheet. */
export function stateSheetTaken(wb: WorkbookGrid): SheetGrid | undefined {
  return wb.sheets.find((s) => isStateSheetName(s.name) && s !== ownStateSheet(wb));
}

/** Read the tool's state from a workbook grid; a missing or damaged sheet yields the empty state. */
export function readToolState(wb: WorkbookGrid): ToolState {
  return readToolStateChecked(wb).state;
}

/** The state with what was dropped from it. Never throws, whatever the sheet holds. */
export function readToolStateChecked(wb: WorkbookGrid): StateReading {
  const userSheet = stateSheetTaken(wb);
  const sheet = userSheet ? undefined : ownStateSheet(wb);
  if (!sheet) {
    const problems = userSheet
      ? [
          {
            sv: `Bladet "${userSheet.name}" har samma namn som verktygets dolda datablad men är arbetsbokens eget; det läses inte som verktygets data och ändras aldrig.`,
            en: `The sheet "${userSheet.name}" has the name of the tool's hidden data sheet but belongs to the workbook; it is not read as the tool's data and never changed.`,
          },
        ]
      : [];
    return { state: emptyState(), problems, userSheet };
  }
  return readSheet(sheet);
}

const WHOLE: StateProblem = {
  sv: 'Verktygets sparade data (bladet Nämndrapport_data) är skadad och har ignorerats',
  en: "The tool's saved data (sheet Nämndrapport_data) is damaged and was ignored",
};

/**
 * One command reads the state several times (map, fill, report, the CLI's warnings); the schema
 * check of a large state costs a few hundred milliseconds, so the last reading of a sheet is kept
 * while the sheet's text is the same. Callers treat the reading as read-only (they spread it).
 */
const lastReading = new WeakMap<SheetGrid, { json: string; reading: StateReading }>();

function readSheet(sheet: SheetGrid): StateReading {
  let json = '';
  for (const row of sheet.rows) {
    const v = row?.[0]?.value;
    if (typeof v !== 'string') continue;
    json += v;
    if (json.length > LIMITS.jsonChars) {
      return damaged(sheet, `den är större än ${LIMITS.jsonChars} tecken`, `it is larger than ${LIMITS.jsonChars} characters`);
    }
  }
  const hit = lastReading.get(sheet);
  if (hit && hit.json === json) return hit.reading;
  const reading = parseSheetJson(sheet, json);
  lastReading.set(sheet, { json, reading });
  return reading;
}

function parseSheetJson(sheet: SheetGrid, json: string): StateReading {
  if (json.trim() === '') return { state: emptyState(), problems: [], sheet };
  // JSON.parse recurses: a forged "[[[[…" would overflow the stack before any schema runs.
  if (jsonDepth(json) > LIMITS.depth) return damaged(sheet, 'den är för djupt nästlad', 'it is nested too deeply');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return damaged(sheet, 'den är inte giltig JSON', 'it is not valid JSON');
  }
  const problems: StateProblem[] = [];
  const state = sanitizeState(parsed, problems);
  return { state, problems, sheet };
}

function damaged(sheet: SheetGrid, sv: string, en: string): StateReading {
  return { state: emptyState(), problems: [{ sv: `${WHOLE.sv}: ${sv}.`, en: `${WHOLE.en}: ${en}.` }], sheet };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const PARTS: Record<string, { sv: string; en: string }> = {
  mapping: { sv: 'den sparade kartläggningen', en: 'the saved mapping' },
  tables: { sv: 'den sparade kartläggningens tabeller', en: "the saved mapping's tables" },
  filled: { sv: 'listan över ifyllda bedömningar', en: 'the list of filled assessments' },
  generatedSheets: { sv: 'listan över skapade rapportblad', en: 'the list of generated report sheets' },
  assessment: { sv: 'bedömningsinställningarna', en: 'the assessment settings' },
  synonyms: { sv: 'nämndens egna benämningar', en: "the board's own labels" },
  acknowledged: { sv: 'listan över kvitterade fynd', en: 'the list of acknowledged findings' },
};

function partProblem(part: keyof typeof PARTS, bad: number | 'all'): StateProblem {
  const p = PARTS[part];
  if (bad === 'all') {
    return {
      part,
      detailSv: `${p.sv} har fel form`,
      detailEn: `${p.en} has the wrong shape`,
      sv: `Verktygets sparade data är delvis skadad: ${p.sv} har fel form och har ignorerats.`,
      en: `The tool's saved data is partly damaged: ${p.en} has the wrong shape and was ignored.`,
    };
  }
  return {
    part,
    detailSv: `${bad} ${bad === 1 ? 'post' : 'poster'} i ${p.sv} har fel form eller storlek`,
    detailEn: `${bad} ${bad === 1 ? 'entry' : 'entries'} in ${p.en} had the wrong shape or size`,
    sv: `Verktygets sparade data är delvis skadad: ${bad} ${bad === 1 ? 'post' : 'poster'} i ${p.sv} har fel form eller storlek och har ignorerats.`,
    en: `The tool's saved data is partly damaged: ${bad} ${bad === 1 ? 'entry' : 'entries'} in ${p.en} had the wrong shape or size and were ignored.`,
  };
}

/** Keep the entries of a list that match the schema; count the rest. */
function keepValid<T>(list: unknown, schema: z.ZodType<T>, max: number): { kept: T[]; bad: number } | undefined {
  if (!Array.isArray(list)) return undefined;
  const kept: T[] = [];
  let bad = Math.max(0, list.length - max);
  for (let i = 0; i < Math.min(list.length, max); i++) {
    const r = schema.safeParse(list[i]);
    if (r.success) kept.push(r.data);
    else bad++;
  }
  return { kept, bad };
}

/**
 * The state sheet is part of the user's file and may have been edited, damaged or forged: keep
 * only the parts whose shape and size are right, so a bad entry costs that entry, never a crash.
 * Each dropped part is added to `problems`.
 */
export function sanitizeState(parsed: unknown, problems: StateProblem[] = []): ToolState {
  if (!isRecord(parsed) || parsed.version !== 1) {
    problems.push({ sv: `${WHOLE.sv}: den har inte verktygets form (version 1).`, en: `${WHOLE.en}: it does not have the tool's shape (version 1).` });
    return emptyState();
  }
  if (valueDepthExceeds(parsed, LIMITS.depth)) {
    problems.push({ sv: `${WHOLE.sv}: den är för djupt nästlad.`, en: `${WHOLE.en}: it is nested too deeply.` });
    return emptyState();
  }
  const state: ToolState = { version: 1 };
  const { acknowledgedSchema, assessmentSchema, filledCellSchema, generatedSheetSchema, tableMappingSchema } = stateSchemas();
  if (parsed.mapping !== undefined) {
    const m = parsed.mapping;
    const tables = isRecord(m) ? keepValid(m.tables, tableMappingSchema, LIMITS.tables) : undefined;
    if (!isRecord(m) || !tables) problems.push(partProblem('mapping', 'all'));
    else {
      if (tables.bad > 0) problems.push(partProblem('tables', tables.bad));
      const board = typeof m.board === 'string' && m.board.length <= LIMITS.text ? m.board : undefined;
      const period = isRecord(m.period) ? (m.period as unknown as WorkbookMapping['period']) : { kind: 'unknown' as const };
      state.mapping = { version: 1, period, tables: tables.kept as TableMapping[], unmapped: [] };
      if (board !== undefined) state.mapping.board = board;
    }
  }
  if (parsed.synonyms !== undefined) {
    if (isRecord(parsed.synonyms)) state.synonyms = parsed.synonyms;
    else problems.push(partProblem('synonyms', 'all'));
  }
  if (parsed.assessment !== undefined) {
    const a = assessmentSchema.safeParse(parsed.assessment);
    if (a.success) state.assessment = a.data;
    else problems.push(partProblem('assessment', 'all'));
  }
  for (const part of ['filled', 'generatedSheets'] as const) {
    if (parsed[part] === undefined) continue;
    const r =
      part === 'filled'
        ? keepValid(parsed.filled, filledCellSchema, LIMITS.filled)
        : keepValid(parsed.generatedSheets, generatedSheetSchema, LIMITS.generatedSheets);
    if (!r) {
      problems.push(partProblem(part, 'all'));
      continue;
    }
    if (r.bad > 0) problems.push(partProblem(part, r.bad));
    if (part === 'filled') state.filled = r.kept as FilledCell[];
    else state.generatedSheets = r.kept as GeneratedSheet[];
  }
  if (parsed.acknowledged !== undefined) {
    const r = keepValid(parsed.acknowledged, acknowledgedSchema, LIMITS.acknowledged);
    if (!r) problems.push(partProblem('acknowledged', 'all'));
    else {
      if (r.bad > 0) problems.push(partProblem('acknowledged', r.bad));
      state.acknowledged = r.kept as AcknowledgedFinding[];
    }
  }
  return state;
}

/**
 * The dropped parts of the state as one warning finding at the sheet they came from (validate
 * merges findings by cell, so one finding that lists the parts reads better than five).
 */
export function stateFindings(reading: StateReading, language: 'sv' | 'en' = 'sv'): Finding[] {
  if (reading.problems.length === 0) return [];
  const sheet = reading.userSheet ?? reading.sheet;
  const parts = reading.problems;
  const sv = parts.length === 1 ? parts[0].sv : `Verktygets sparade data är delvis skadad och har delvis ignorerats: ${parts.map((p) => p.detailSv ?? p.sv).join('; ')}.`;
  const en = parts.length === 1 ? parts[0].en : `The tool's saved data is partly damaged and was partly ignored: ${parts.map((p) => p.detailEn ?? p.en).join('; ')}.`;
  return [
    {
      rule: STATE_RULE,
      severity: 'warning',
      sheet: sheet?.name ?? '',
      cell: 'A1',
      messageId: reading.userSheet ? 'userSheet' : 'damaged',
      data: {},
      message: language === 'en' ? en : sv,
      messageEn: en,
    },
  ];
}

/** Rule id of the findings about the state sheet. */
export const STATE_RULE = 'state/damaged';

/** The state sheet as a grid, JSON split in chunks down column A. */
export function stateSheet(state: ToolState): SheetGrid {
  const json = JSON.stringify(state);
  const rows: (Cell | undefined)[][] = [];
  for (let i = 0, r = 1; i < json.length || r === 1; i += CHUNK, r++) {
    rows.push([{ address: toA1(r, 1), row: r, col: 1, value: json.slice(i, i + CHUNK) }]);
  }
  return { name: STATE_SHEET, rows, merges: [], state: 'veryHidden' };
}
