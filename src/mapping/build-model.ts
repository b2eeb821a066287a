import { parseRange } from '../grid/address';
import { sheetsByName } from '../grid/sheet';
import type { WorkbookGrid } from '../grid/types';
import type { Finding } from '../model/finding';
import { IGNORED_ROLE, type TableMapping, type WorkbookMapping } from '../model/mapping-types';
import type { ReportModel, Row, SickLeaveRow, Table } from '../model/types';
import { buildIndicators } from './build-indicators';
import { buildInternalControl, buildNarrative } from './build-text';
import { figureReader, type FigureReader } from './figures';
import { modelColumns, tableBase } from './model-parts';
import { buildForecastReview } from './build-forecast-review';
import { parseBand } from './normalize';
import { isTableMapping } from './saved';
import { attachedViews, sheetView, type SheetView } from './sheet-view';

export interface BuiltModel {
  model: ReportModel;
  findings: Finding[];
}

/** Rows of a labelled-figures table; the label sits in the table's first column. */
function numericRows(t: TableMapping, reader: FigureReader): Row[] {
  const labelCol = parseRange(t.range).left;
  const rows: Row[] = [];
  for (const rm of t.rows) {
    if (rm.role === 'note') continue;
    const values: Record<string, ReturnType<FigureReader['figure']>> = {};
    for (const c of t.columns) values[c.role] = reader.figure(rm.row, c.col, `${c.header}, ${rm.label}`);
    const level = rm.level ?? 0;
    const row: Row = { role: rm.role, label: rm.label, ref: reader.ref(rm.row, labelCol), row: rm.row, level, values };
    if (rm.inferred) row.inferred = rm.inferred;
    for (let i = rows.length - 1; i >= 0 && level > 0; i--) {
      if (rows[i].level < level) {
        row.parent = i;
        break;
      }
    }
    rows.push(row);
  }
  return rows;
}

function notes(t: TableMapping): string | undefined {
  const n = t.rows.filter((r) => r.role === 'note').map((r) => r.label);
  return n.length ? n.join(' ') : undefined;
}

/** Rows and columns the user marked "Används inte" are not part of the report. */
function withoutIgnored(t: TableMapping): TableMapping {
  // Nothing marked (the usual case): the table is read as it is (the builders only read it), not copied.
  if (!t.rows.some((r) => r.role === IGNORED_ROLE) && !t.columns.some((c) => c.role === IGNORED_ROLE)) return t;
  return { ...t, rows: t.rows.filter((r) => r.role !== IGNORED_ROLE), columns: t.columns.filter((c) => c.role !== IGNORED_ROLE) };
}

function buildTable(mapped: TableMapping, view: SheetView, reader: FigureReader): Table | undefined {
  const t = withoutIgnored(mapped);
  const base = tableBase(t);
  switch (t.kind) {
    case 'operating':
    case 'investments':
    case 'staff':
    case 'workInjuries':
    case 'forecastAccuracy':
    case 'activities':
    case 'incomeStatement':
      return { kind: t.kind, ...base, columns: modelColumns(t), rows: numericRows(t, reader) } as Table;
    case 'forecastReview':
      return buildForecastReview(t, base, reader);
    case 'sickLeave': {
      const rows: SickLeaveRow[] = numericRows(t, reader).map((r) => {
        const band = r.role === 'age' || r.role === 'days' ? parseBand(r.label) : undefined;
        return band ? { ...r, band } : r;
      }) as SickLeaveRow[];
      const note = notes(t);
      return { kind: 'sickLeave', ...base, columns: modelColumns(t), rows, ...(note ? { note } : {}) };
    }
    case 'indicators':
      return buildIndicators(t, view, reader);
    case 'internalControl':
      return buildInternalControl(t, reader);
    case 'narrative':
      return buildNarrative(t, reader);
    default:
      return undefined;
  }
}

/**
 * Fill the typed report model from a mapping; every figure keeps its cell. `given`: sheet views
 * to reuse (by default those of the mapWorkbook call that returned this mapping object).
 */
export function buildModel(wb: WorkbookGrid, mapping: WorkbookMapping, given: ReadonlyMap<string, SheetView> | undefined = attachedViews(mapping)): BuiltModel {
  const findings: Finding[] = [];
  const tables: Table[] = [];
  const views = new Map<string, SheetView>();
  // A mapping may come from a file or the workbook's state: skip entries of the wrong shape.
  const mapped = Array.isArray(mapping.tables) ? mapping.tables.filter(isTableMapping) : [];
  const byName = sheetsByName(wb);
  for (const t of mapped) {
    const sheet = byName.get(t.sheet);
    if (!sheet) continue;
    let view = views.get(t.sheet);
    if (!view) {
      // A view mapWorkbook built for this very sheet object is reused; any other sheet gets its own.
      const g = given?.get(t.sheet);
      views.set(t.sheet, (view = g && g.sheet === sheet ? g : sheetView(sheet)));
    }
    const reader = figureReader(view);
    const table = buildTable(t, view, reader);
    if (table) tables.push(table);
    findings.push(...reader.findings);
  }
  const money = mapped.find((t) => t.kind === 'operating') ?? mapped.find((t) => t.kind === 'investments');
  const model: ReportModel = { period: mapping.period ?? { kind: 'unknown' }, unit: money?.unit ?? 'tkr', tables };
  if (mapping.board) model.board = mapping.board;
  return { model, findings };
}
