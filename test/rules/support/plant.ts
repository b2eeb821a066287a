import type { Figure, ReportModel, Row } from '../../../src/model/types';
import type { CellValue, WorkbookGrid } from '../../../src/grid/types';
import { parseA1 } from '../../../src/grid/address';
import { findSheet } from '../../../src/grid/sheet';
import { NUMERIC_KINDS } from '../../../src/rules/figures';
import { cloneModel } from './build';

/** Planting one error in a copy of a model and its workbook. */

export type PlantKind = 'transpose' | 'sign' | 'total' | 'text';

export interface Plant {
  kind: PlantKind;
  sheet: string;
  cell: string;
  before: string;
  after: string;
  model: ReportModel;
  workbook: WorkbookGrid;
}

/** Rows that are sums or results of other rows. */
export const TOTAL_ROLES = new Set(['totalCosts', 'netCosts', 'result', 'total', 'category']);

export function numericFigures(model: ReportModel): { figure: Figure; row: Row; kind: string }[] {
  const out: { figure: Figure; row: Row; kind: string }[] = [];
  for (const t of model.tables) {
    if (!NUMERIC_KINDS.includes(t.kind) || !('rows' in t)) continue;
    for (const row of t.rows as Row[]) for (const f of Object.values(row.values)) if (f && typeof f.value === 'number') out.push({ figure: f, row, kind: t.kind });
  }
  return out;
}

/** Swap the first two adjacent digits that differ; undefined when every digit is the same. */
export function transposeDigits(digits: string): string | undefined {
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] !== digits[i + 1]) return digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
  }
  return undefined;
}

export function transposed(value: number, decimals: number): number | undefined {
  const digits = Math.abs(value).toFixed(decimals).replace('.', '');
  const t = transposeDigits(digits);
  if (t === undefined) return undefined;
  const v = (Number(t) / 10 ** decimals) * Math.sign(value || 1);
  return v === value ? undefined : v;
}

function swedish(v: number, decimals: number): string {
  const [i, f] = Math.abs(v).toFixed(decimals).split('.');
  return `${v < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${f ? `,${f}` : ''}`;
}

function findFigure(model: ReportModel, sheet: string, cell: string): Figure | undefined {
  return numericFigures(model).find((x) => x.figure.ref.sheet === sheet && x.figure.ref.cell === cell)?.figure;
}

function cloneGrid(wb: WorkbookGrid): WorkbookGrid {
  return { sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) })) };
}

function setGrid(wb: WorkbookGrid, sheet: string, cell: string, value: CellValue): void {
  const s = findSheet(wb, sheet);
  if (!s) return;
  const { row, col } = parseA1(cell);
  const line = (s.rows[row - 1] ??= []);
  const old = line[col - 1];
  line[col - 1] = { ...(old ?? { address: cell, row, col }), value, formula: undefined };
}

/** A copy with one figure changed, in the model and in the grid. */
export function plantFigure(model: ReportModel, wb: WorkbookGrid, f: Figure, kind: PlantKind, value: number): Plant {
  const m = cloneModel(model);
  const g = cloneGrid(wb);
  const target = findFigure(m, f.ref.sheet, f.ref.cell);
  if (!target) throw new Error(`${f.ref.sheet}!${f.ref.cell} saknas i kopian`);
  target.value = value;
  delete target.formula;
  if (target.fromText) target.raw = swedish(value, target.decimals);
  setGrid(g, f.ref.sheet, f.ref.cell, target.fromText ? target.raw ?? null : value);
  return { kind, sheet: f.ref.sheet, cell: f.ref.cell, before: swedish(f.value as number, f.decimals), after: swedish(value, f.decimals), model: m, workbook: g };
}

/** A copy with one quoted number in a narrative paragraph replaced. */
export function plantText(model: ReportModel, wb: WorkbookGrid, sheet: string, cell: string, start: number, end: number, replacement: string): Plant {
  const m = cloneModel(model);
  const g = cloneGrid(wb);
  let before = '';
  for (const t of m.tables) {
    if (t.kind !== 'narrative') continue;
    for (const p of t.paragraphs) {
      if (p.text.ref.sheet !== sheet || p.text.ref.cell !== cell) continue;
      before = p.text.text.slice(start, end);
      p.text.text = p.text.text.slice(0, start) + replacement + p.text.text.slice(end);
      setGrid(g, sheet, cell, p.text.text);
    }
  }
  return { kind: 'text', sheet, cell, before, after: replacement, model: m, workbook: g };
}

/**
 * Wrong versions of a quoted number: digits transposed ("14 311 tkr" → "41 311 tkr"; a single
 * digit gets a leading 1: "9 procent" → "19 procent"), doubled, and a half more.
 */
export function wrongQuotes(raw: string): string[] {
  const m = /^([-\u2212+]?)(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(\d+))?(.*)$/su.exec(raw);
  if (!m) throw new Error(`Inget tal i "${raw}"`);
  const decimals = m[3]?.length ?? 0;
  const digits = `${m[2].replace(/\D/g, '')}${m[3] ?? ''}`;
  const value = Number(digits) / 10 ** decimals;
  const swapped = Number(transposeDigits(digits) ?? `1${digits}`) / 10 ** decimals;
  const write = (v: number) => `${m[1]}${swedish(v, decimals).replace(/^-/, '')}${m[4]}`;
  return [...new Set([swapped, value * 2, value * 1.5].map(write))].filter((w) => w !== raw);
}
