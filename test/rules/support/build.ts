import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../../src/grid/types';
import { toA1 } from '../../../src/grid/address';
import type {
  Column,
  Figure,
  Goal,
  Indicator,
  Indicators,
  Narrative,
  Period,
  ReportModel,
  Row,
  SickLeaveRow,
  Table,
  TableKind,
  TableOf,
  Unit,
} from '../../../src/model/types';

/**
 * Quick builders for model tables in tests: a table is written as the controller's sheet would
 * hold it (labels in column A, figures from column B), and every figure carries its cell.
 */

/** A cell value as a test writes it: a number, text ("−17 416", "#REF!"), or a formula. */
export type V = number | string | null | { f: string; v: number | null };

export interface ColumnSpec {
  role: string;
  header: string;
  year?: number;
  date?: string;
  /** Decimals the column is printed with (default: the table's). */
  decimals?: number;
}

export interface RowSpec {
  role: string;
  label: string;
  values: V[];
  /** Sheet row; default: the previous row + 1. */
  row?: number;
  level?: number;
  /** Index of the parent row in this spec's rows. */
  parent?: number;
  band?: { from: number; to: number | null };
}

export interface TableSpec {
  sheet: string;
  /** Sheet row of the column headers; data rows follow unless they give their own row. */
  headerRow: number;
  columns: ColumnSpec[];
  rows: RowSpec[];
  decimals?: number;
  unit?: Unit;
  /** First figure column (default 2 = B). */
  firstCol?: number;
  title?: string;
}

const ERROR_TEXT = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!)$/;

/** Read a Swedish number written as text: "−17 416", "6,6", "97%", "+-0". */
export function parseSwedish(text: string): number | null {
  const t = text
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(%|procent|tkr|mnkr|kr)$/i, '')
    .replace(/^\+-/, '')
    .replace(/^\+/, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function figure(sheet: string, cell: string, v: V, decimals = 0): Figure | undefined {
  if (v === null || v === '') return undefined;
  const ref = { sheet, cell };
  if (typeof v === 'number') return { value: v, ref, decimals };
  if (typeof v === 'object') return { value: v.v, ref, decimals, formula: v.f };
  if (ERROR_TEXT.test(v)) return { value: null, ref, decimals, raw: v, problem: 'error-value' };
  const n = parseSwedish(v);
  if (n === null) return { value: null, ref, decimals, raw: v, problem: 'not-a-number' };
  const f: Figure = { value: n, ref, decimals, fromText: true, raw: v };
  if (/%\s*$/.test(v)) f.percent = true;
  return f;
}

export function numericTable<K extends Exclude<TableKind, 'indicators' | 'internalControl' | 'narrative'>>(
  kind: K,
  spec: TableSpec,
): TableOf<K> {
  const firstCol = spec.firstCol ?? 2;
  const columns: Column[] = spec.columns.map((c, i) => ({
    role: c.role,
    header: c.header,
    ref: { sheet: spec.sheet, cell: toA1(spec.headerRow, firstCol + i) },
    col: firstCol + i,
    ...(c.year !== undefined ? { year: c.year } : {}),
    ...(c.date !== undefined ? { date: c.date } : {}),
  }));
  let r = spec.headerRow;
  const rows: (Row & { band?: SickLeaveRow['band'] })[] = spec.rows.map((rs) => {
    r = rs.row ?? r + 1;
    const values: Record<string, Figure> = {};
    rs.values.forEach((v, i) => {
      const col = spec.columns[i];
      if (!col) throw new Error(`Rad "${rs.label}" har fler värden än kolumner.`);
      const f = figure(spec.sheet, toA1(r, firstCol + i), v, col.decimals ?? spec.decimals ?? 0);
      if (f) values[col.role] = f;
    });
    const row: Row & { band?: SickLeaveRow['band'] } = {
      role: rs.role,
      label: rs.label,
      ref: { sheet: spec.sheet, cell: toA1(r, 1) },
      row: r,
      level: rs.level ?? 0,
      values,
    };
    if (rs.parent !== undefined) row.parent = rs.parent;
    if (rs.band) row.band = rs.band;
    return row;
  });
  const last = rows.length ? rows[rows.length - 1].row : spec.headerRow;
  return {
    kind,
    id: `${kind}:${spec.sheet}!A${spec.headerRow}`,
    sheet: spec.sheet,
    range: `A${spec.headerRow}:${toA1(last, firstCol + columns.length - 1)}`,
    unit: spec.unit ?? 'tkr',
    ...(spec.title ? { title: spec.title } : {}),
    columns,
    rows,
  } as unknown as TableOf<K>;
}

export interface IndicatorSpec {
  name: string;
  target?: string;
  outcome?: V;
  unit?: Unit;
  decimals?: number;
  previous?: { v: V; year?: number; header: string }[];
}

/** Indicators sheet: A goal, B indicator, C target, D outcome, E.. previous outcomes. */
export function indicatorsTable(sheet: string, headerRow: number, goals: { title: string; indicators: IndicatorSpec[] }[]): Indicators {
  let r = headerRow;
  const out: Goal[] = goals.map((g) => {
    r += 1;
    const goal: Goal = { title: { text: g.title, ref: { sheet, cell: `A${r}` } }, indicators: [] };
    g.indicators.forEach((s, i) => {
      if (i > 0) r += 1;
      const ind: Indicator = { name: { text: s.name, ref: { sheet, cell: `B${r}` } }, previousOutcomes: [], row: r };
      if (s.target !== undefined) ind.target = { text: s.target, ref: { sheet, cell: `C${r}` } };
      const o = s.outcome === undefined ? undefined : figure(sheet, `D${r}`, s.outcome, s.decimals ?? 0);
      if (o) ind.outcome = o;
      else if (s.outcome !== undefined) ind.outcome = { value: null, ref: { sheet, cell: `D${r}` }, decimals: 0 };
      (s.previous ?? []).forEach((p, j) => {
        const pf = figure(sheet, toA1(r, 5 + j), p.v, s.decimals ?? 0);
        if (pf) ind.previousOutcomes.push({ figure: pf, header: p.header, ...(p.year ? { year: p.year } : {}) });
      });
      if (s.unit) ind.unit = s.unit;
      goal.indicators.push(ind);
    });
    return goal;
  });
  const col = (role: string, header: string, c: number): Column => ({ role, header, ref: { sheet, cell: toA1(headerRow, c) }, col: c });
  return {
    kind: 'indicators',
    id: `indicators:${sheet}!A${headerRow}`,
    sheet,
    range: `A${headerRow}:F${r}`,
    unit: 'count',
    columns: [col('goal', 'Nämndens mål', 1), col('indicator', 'Nyckeltal', 2), col('target', 'Mål', 3), col('outcome', 'Utfall', 4)] as Indicators['columns'],
    goals: out,
  };
}

/** Kommentarer sheet: column A section, column B paragraph text, one paragraph per row. */
export function narrativeTable(sheet: string, paragraphs: { section?: string; text: string }[], firstRow = 2): Narrative {
  return {
    kind: 'narrative',
    id: `narrative:${sheet}!A1`,
    sheet,
    range: `A1:B${firstRow + paragraphs.length - 1}`,
    unit: 'tkr',
    paragraphs: paragraphs.map((p, i) => ({
      ...(p.section ? { section: p.section } : {}),
      text: { text: p.text, ref: { sheet, cell: `B${firstRow + i}` } },
    })),
  };
}

export function reportModel(period: Period, tables: Table[], unit: Unit = 'tkr'): ReportModel {
  return { board: 'Socialnämnden', period, unit, tables };
}

function put(sheets: Map<string, SheetGrid>, sheet: string, cell: string, value: CellValue, extra: Partial<Cell> = {}): void {
  let grid = sheets.get(sheet);
  if (!grid) {
    grid = { name: sheet, rows: [], merges: [] };
    sheets.set(sheet, grid);
  }
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) throw new Error(cell);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  const line = (grid.rows[row - 1] ??= []);
  line[col - 1] = { address: cell, row, col, value, ...extra };
}

/** The workbook a model was read from: labels, headers, figures (text, errors, formulas) in place. */
export function gridOf(model: ReportModel): WorkbookGrid {
  const sheets = new Map<string, SheetGrid>();
  const putFigure = (f: Figure) => {
    let value: CellValue = f.value;
    if (f.problem === 'error-value') value = { error: f.raw ?? '#REF!' };
    else if (f.fromText || f.problem) value = f.raw ?? null;
    put(sheets, f.ref.sheet, f.ref.cell, value, f.formula ? { formula: f.formula } : {});
  };
  for (const t of model.tables) {
    if (t.kind === 'narrative') {
      for (const p of t.paragraphs) {
        if (p.section) put(sheets, p.text.ref.sheet, p.text.ref.cell.replace(/^B/, 'A'), p.section);
        put(sheets, p.text.ref.sheet, p.text.ref.cell, p.text.text);
      }
      continue;
    }
    for (const c of t.columns) put(sheets, c.ref.sheet, c.ref.cell, c.header);
    if (t.kind === 'indicators') {
      for (const g of t.goals) {
        put(sheets, g.title.ref.sheet, g.title.ref.cell, g.title.text);
        for (const i of g.indicators) {
          put(sheets, i.name.ref.sheet, i.name.ref.cell, i.name.text);
          if (i.target) put(sheets, i.target.ref.sheet, i.target.ref.cell, i.target.text);
          if (i.outcome) putFigure(i.outcome);
          i.previousOutcomes.forEach((p) => putFigure(p.figure));
        }
      }
      continue;
    }
    if (t.kind === 'internalControl') continue;
    for (const row of t.rows as Row[]) {
      put(sheets, row.ref.sheet, row.ref.cell, row.label);
      for (const f of Object.values(row.values)) if (f) putFigure(f);
    }
  }
  return { sheets: [...sheets.values()] };
}

/** Deep copy, so a test can plant an error without touching the shared fixture. */
export function cloneModel(model: ReportModel): ReportModel {
  return JSON.parse(JSON.stringify(model)) as ReportModel;
}
