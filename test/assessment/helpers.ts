import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import type { WritePlan } from '../../src/grid/write-plan';
import { sheetFromValues, getCell } from '../../src/grid/sheet';
import { parseA1, toA1 } from '../../src/grid/address';
import { stateSheet, STATE_SHEET } from '../../src/grid/tool-state';
import type { ToolState } from '../../src/grid/tool-state';
import type { Figure, Goal, Indicator, Indicators, ReportModel, Period, Column, IndicatorColumnRole } from '../../src/model/types';

/**
 * Test scaffolding: an indicator sheet laid out like the printed reports, and the model a
 * mapper would build from it, so planFill can be tested before src/mapping exists.
 */

export interface Layout {
  sheet: string;
  headerRow: number;
  /** Column numbers (1-based). */
  goal: number;
  indicator: number;
  target: number;
  outcome: number;
  previous?: number;
  assessment?: number;
  goalAssessment?: number;
  /** Dates named by the headers (ISO). */
  targetDate?: string;
  outcomeDate?: string;
  previousYear?: number;
  /** Row numbers of indicators that are cumulative. */
  cumulativeRows?: number[];
}

function figure(sheet: SheetGrid, row: number, col: number): Figure {
  const cell = getCell(sheet, row, col);
  const ref = { sheet: sheet.name, cell: toA1(row, col) };
  const v = cell?.value ?? null;
  if (typeof v === 'number') return { value: v, ref, decimals: 0 };
  if (v === null) return { value: null, ref, decimals: 0 };
  const text = String(v).replace(/[\s\u00A0]/g, '').replace('%', '').replace(',', '.').replace('\u2212', '-');
  const n = Number(text);
  if (text !== '' && Number.isFinite(n)) return { value: n, ref, decimals: 0, fromText: true, raw: String(v), percent: String(v).includes('%') };
  if (String(v).trim() === '-' || String(v).trim() === '') return { value: null, ref, decimals: 0, raw: String(v) };
  return { value: null, ref, decimals: 0, raw: String(v), problem: 'not-a-number' };
}

function text(sheet: SheetGrid, row: number, col: number): string | null {
  const v = getCell(sheet, row, col)?.value;
  return v === null || v === undefined ? null : typeof v === 'object' && !(v instanceof Date) ? v.error : String(v);
}

/** Build the Indicators table: goal titles in the goal column start a new goal. */
export function indicatorsFrom(sheet: SheetGrid, l: Layout): Indicators {
  const goals: Goal[] = [];
  const ref = (row: number, col: number) => ({ sheet: sheet.name, cell: toA1(row, col) });
  for (let r = l.headerRow + 1; r <= sheet.rows.length; r++) {
    const g = text(sheet, r, l.goal);
    const name = text(sheet, r, l.indicator);
    if (g) {
      const goal: Goal = { title: { text: g, ref: ref(r, l.goal) }, indicators: [] };
      if (l.goalAssessment) {
        const c = getCell(sheet, r, l.goalAssessment);
        goal.assessment = { ref: ref(r, l.goalAssessment), text: text(sheet, r, l.goalAssessment), ...(c?.fill ? { fill: c.fill } : {}) };
      }
      goals.push(goal);
    }
    if (!name || goals.length === 0) continue;
    const ind: Indicator = {
      name: { text: name, ref: ref(r, l.indicator) },
      target: text(sheet, r, l.target) === null ? undefined : { text: text(sheet, r, l.target) as string, ref: ref(r, l.target) },
      outcome: figure(sheet, r, l.outcome),
      previousOutcomes: l.previous ? [{ figure: figure(sheet, r, l.previous), year: l.previousYear, header: 'Utfall föregående år' }] : [],
      row: r,
      ...(l.cumulativeRows?.includes(r) ? { cumulative: true } : {}),
    };
    if (l.assessment) ind.assessment = { ref: ref(r, l.assessment), text: text(sheet, r, l.assessment) };
    goals[goals.length - 1].indicators.push(ind);
  }
  const col = (role: IndicatorColumnRole, c: number, extra: Partial<Column<IndicatorColumnRole>> = {}): Column<IndicatorColumnRole> => ({
    role,
    header: text(sheet, l.headerRow, c) ?? '',
    ref: ref(l.headerRow, c),
    col: c,
    ...extra,
  });
  const columns = [
    col('goal', l.goal),
    col('indicator', l.indicator),
    col('target', l.target, l.targetDate ? { date: l.targetDate } : {}),
    col('outcome', l.outcome, l.outcomeDate ? { date: l.outcomeDate } : {}),
    ...(l.previous ? [col('previousOutcome', l.previous)] : []),
    ...(l.assessment ? [col('assessment', l.assessment)] : []),
    ...(l.goalAssessment ? [col('goalAssessment', l.goalAssessment)] : []),
  ];
  return { kind: 'indicators', id: `indicators:${sheet.name}!A${l.headerRow}`, sheet: sheet.name, range: `A${l.headerRow}:G${sheet.rows.length}`, unit: 'count', columns, goals };
}

export function modelOf(period: Period, ...tables: Indicators[]): ReportModel {
  return { board: 'Socialnämnden', period, unit: 'tkr', tables };
}

/** Apply a plan to a grid in memory (what an adapter does), including the state sheet. */
export function applyPlan(wb: WorkbookGrid, plan: WritePlan): WorkbookGrid {
  const sheets = wb.sheets
    .filter((s) => s.name !== STATE_SHEET)
    .map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) }));
  for (const e of plan.edits) {
    const sheet = sheets.find((s) => s.name === e.sheet);
    if (!sheet) throw new Error(`no sheet ${e.sheet}`);
    const { row, col } = parseA1(e.cell);
    while (sheet.rows.length < row) sheet.rows.push([]);
    const line = (sheet.rows[row - 1] ??= []);
    const old = line[col - 1];
    const cell: Cell = { ...(old ?? { address: e.cell, row, col }), value: e.value as CellValue };
    if (e.fill === null) delete cell.fill;
    else if (e.fill !== undefined) cell.fill = e.fill;
    line[col - 1] = cell;
  }
  if (plan.state) sheets.push(stateSheet(plan.state as ToolState));
  return { sheets };
}

export function setCell(wb: WorkbookGrid, sheetName: string, address: string, patch: Partial<Cell>): void {
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const { row, col } = parseA1(address);
  while (sheet.rows.length < row) sheet.rows.push([]);
  const line = (sheet.rows[row - 1] ??= []);
  line[col - 1] = { ...(line[col - 1] ?? { address, row, col, value: null }), ...patch };
}

export { sheetFromValues };

/** Every cell that shows anything (value, formula, format, fill, font, merge), by "Sheet!A1". */
export function snapshot(wb: WorkbookGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of wb.sheets) {
    if (sheet.name === STATE_SHEET) continue;
    for (const row of sheet.rows) {
      for (const c of row ?? []) {
        if (!c) continue;
        const { address, row: r, col, ...shown } = c as Cell;
        void address;
        void r;
        void col;
        if (Object.values(shown).every((v) => v === null || v === undefined)) continue;
        out.set(`${sheet.name}!${c.address}`, JSON.stringify(shown, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v)));
      }
    }
  }
  return out;
}

/** Cells whose content differs between two workbooks (the every-cell comparison of fill tests). */
export function changedCells(a: WorkbookGrid, b: WorkbookGrid): string[] {
  const sa = snapshot(a);
  const sb = snapshot(b);
  const keys = new Set([...sa.keys(), ...sb.keys()]);
  return [...keys].filter((k) => sa.get(k) !== sb.get(k)).sort();
}
