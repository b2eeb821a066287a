import type {
  Column,
  Investments,
  OperatingColumnRole,
  OperatingStatement,
  ReportModel,
  Unit,
} from '../../model/types';
import { cleanText } from '../figures';
import { spanText } from '../../structure/headers';
import { headerRow, setFigure, spreadWidths, startSheet, type SheetDraft } from './common';
import type { SheetBuilder } from '../sheet-builder';

/**
 * "Rapport Drift" and "Rapport Investeringar" in the board report's layout: "Belopp i tkr",
 * the period's columns, blank spacer rows between sections, bold totals with thin rules.
 */

const COST_ROLES = new Set(['personnel', 'premises', 'purchasedServices', 'otherCosts', 'costGroup']);
/** Rows of a kind the report does not name (unknown rows kept as they are) stay with the section above them. */
const FOLLOWS_ABOVE = new Set(['other']);
const OPERATING_BOLD = new Set(['totalCosts', 'netCosts', 'result']);

function unitLabel(unit: Unit): string {
  if (unit === 'kr' || unit === 'mnkr') return `Belopp i ${unit}`;
  return 'Belopp i tkr';
}

/** Column headings from each column's role and year, as the report prints them. */
export function moneyHeader(col: Column<OperatingColumnRole>, columns: Column<OperatingColumnRole>[], model: ReportModel): string {
  const interim = model.period.kind === 'interim';
  const known = model.period.kind !== 'unknown';
  const year = col.year ?? model.period.year;
  const actualYear = columns.find((c) => c.role === 'actual')?.year ?? model.period.year;
  const prevYear = columns.find((c) => c.role === 'previousActual')?.year ?? (actualYear !== undefined ? actualYear - 1 : undefined);
  if (!known || year === undefined) return cleanText(col.header) || col.role;
  // A column for part of the year (Budget ack, Utfall jan–aug) is headed with its span, never as the full year.
  const span = col.facets && col.facets.span !== 'fullYear' && col.facets.span !== undefined ? spanText(col.facets) : undefined;
  if (col.role === 'periodBudget' || (col.role === 'budget' && span)) return `Budget ${span ?? 'ack.'} ${year}`;
  if (col.role === 'periodVariance' || (col.role === 'variance' && span)) return `Avvikelse ${span ?? 'ack.'} ${year}`;
  if (col.role === 'actual' && col.facets?.span === 'month') return `Utfall ${span} ${year}`;
  switch (col.role) {
    case 'budget':
      return `Budget ${year}`;
    case 'forecast':
      return `Prognos helår ${year}`;
    case 'variance':
      return interim ? `Avv. prognos/budget ${year}` : `Avvikelse ${year}`;
    case 'actual':
      return interim ? `Delårsbokslut ${year}` : `Bokslut ${year}`;
    case 'previousActual':
      return interim ? `Delårsbokslut ${col.year ?? prevYear}` : `Bokslut ${col.year ?? prevYear}`;
    case 'difference':
      if (prevYear === undefined || actualYear === undefined) return cleanText(col.header) || 'Differens';
      return interim ? `Diff. utfall ${prevYear}/${actualYear}` : `Differens ${prevYear}/${actualYear}`;
    default:
      return cleanText(col.header);
  }
}

type MoneyTable = OperatingStatement | Investments;

function writeMoneyTable(b: SheetBuilder, table: MoneyTable, model: ReportModel, heading?: string): void {
  const columns = [...table.columns].sort((a, c) => a.col - c.col);
  const lastCol = columns.length + 1;
  if (heading) b.set(b.next(), 1, heading, { bold: true });
  headerRow(b, [unitLabel(table.unit), ...columns.map((c) => moneyHeader(c, columns, model))]);
  let group: string | null = null;
  let lastRow = 0;
  table.rows.forEach((row, i) => {
    const g = sectionOf(table, i);
    if (group !== null && g !== group) b.skip(1);
    group = g;
    const r = b.next();
    const bold = table.kind === 'operating' ? OPERATING_BOLD.has(row.role) : row.role === 'total';
    b.set(r, 1, cleanText(row.label), { bold, indent: Math.min(Math.max(row.level, 0), 3), style: { wrap: true } });
    columns.forEach((c, j) => setFigure(b, r, j + 2, row.values[c.role], bold));
    if (bold) b.rule(r, 'top', lastCol);
    lastRow = r;
  });
  if (lastRow > 0) b.rule(lastRow, 'bottom', lastCol);
}

/** Which spacer-separated section a row belongs to. */
function sectionOf(table: MoneyTable, i: number): string {
  const row = table.rows[i];
  if (table.kind === 'operating') {
    if (FOLLOWS_ABOVE.has(row.role) && i > 0) return sectionOf(table, i - 1);
    return COST_ROLES.has(row.role) ? 'costs' : row.role;
  }
  if (row.role === 'total') return 'total';
  if (row.role === 'category') return `category:${i}`;
  // An item belongs to the category above it: follow its parents ("-varav exploatering" is a
  // sub-row of an item), else take the nearest category row above.
  const seen = new Set<number>();
  for (let p = row.parent; p !== undefined && !seen.has(p) && table.rows[p]; p = table.rows[p].parent) {
    seen.add(p);
    if (table.rows[p].role === 'category') return `category:${p}`;
  }
  for (let k = i - 1; k >= 0; k--) if (table.rows[k].role === 'category') return `category:${k}`;
  return 'items';
}

function moneySheet(kind: 'operating' | 'investments', title: string, model: ReportModel, tables: MoneyTable[]): SheetDraft {
  const widestCols = Math.max(...tables.map((t) => t.columns.length));
  const widths = spreadWidths(widestCols > 6 ? 24 : 28, widestCols);
  const b = startSheet(widths, title, model);
  tables.forEach((t, i) => {
    if (i > 0) b.skip(1);
    writeMoneyTable(b, t, model, tables.length > 1 ? cleanText(t.title ?? t.sheet) : undefined);
  });
  return { kind, baseName: `Rapport ${title}`, key: tables.map((t) => t.id).join('|'), builder: b, lastCol: widestCols + 1 };
}

export function operatingSheet(model: ReportModel, tables: OperatingStatement[]): SheetDraft {
  return moneySheet('operating', 'Drift', model, tables);
}

export function investmentsSheet(model: ReportModel, tables: Investments[]): SheetDraft {
  return moneySheet('investments', 'Investeringar', model, tables);
}
