import type {
  Column,
  Figure,
  ReportModel,
  SickLeave,
  Staff,
  StaffColumnRole,
  WorkInjuries,
  YearComparisonColumnRole,
} from '../../model/types';
import { cleanText, figureNumber } from '../figures';
import { headerRow, noteRow, setFigure, spreadWidths, startSheet, writtenSigned, type SheetDraft } from './common';
import type { SheetBuilder } from '../sheet-builder';

/** "Rapport Sjukfrånvaro", "Rapport Personal" and "Rapport Arbetsskador" in the report's layout. */

function yearHeader(col: Column<YearComparisonColumnRole>, columns: Column<YearComparisonColumnRole>[]): string {
  if (col.role !== 'difference' && col.year !== undefined) return String(col.year);
  if (col.role === 'difference') {
    const cur = columns.find((c) => c.role === 'current')?.year;
    const prev = columns.find((c) => c.role === 'previous')?.year;
    const found = cleanText(col.header);
    if (found && found.toLowerCase() !== 'differens') return found;
    return cur !== undefined && prev !== undefined ? `Differens ${prev}-${cur}` : 'Differens';
  }
  return cleanText(col.header) || col.role;
}

/** Difference columns whose figures the workbook wrote with an explicit "+". */
function signedColumns(
  columns: Column<YearComparisonColumnRole>[],
  rows: { values: Partial<Record<YearComparisonColumnRole, Figure>> }[],
): Set<YearComparisonColumnRole> {
  const out = new Set<YearComparisonColumnRole>();
  for (const c of columns) {
    if (c.role === 'difference' && writtenSigned(rows.map((r) => r.values[c.role]))) out.add(c.role);
  }
  return out;
}

function sickLeaveGroup(role: string): string {
  return role === 'women' || role === 'men' ? 'gender' : role;
}

function writeSickLeave(b: SheetBuilder, table: SickLeave): number {
  const columns = [...table.columns].sort((a, c) => a.col - c.col);
  const lastCol = columns.length + 1;
  headerRow(b, ['Sjukfrånvaro (%)', ...columns.map((c) => yearHeader(c, columns))]);
  const signed = signedColumns(columns, table.rows);
  let group: string | null = null;
  let last = 0;
  for (const row of table.rows) {
    const g = sickLeaveGroup(row.role);
    if (group !== null && g !== group) b.skip(1);
    group = g;
    const r = b.next();
    const bold = row.role === 'total';
    b.set(r, 1, cleanText(row.label), { bold, indent: row.level > 0 ? 1 : 0 });
    columns.forEach((c, j) => setFigure(b, r, j + 2, row.values[c.role], bold, signed.has(c.role)));
    last = r;
  }
  if (last) b.rule(last, 'bottom', lastCol);
  if (table.note) noteRow(b, cleanText(table.note), lastCol);
  return lastCol;
}

export function sickLeaveSheet(model: ReportModel, tables: SickLeave[]): SheetDraft {
  const cols = Math.max(...tables.map((t) => t.columns.length));
  const b = startSheet(spreadWidths(30, cols, 70, 10, 16), 'Sjukfrånvaro', model);
  let lastCol = cols + 1;
  tables.forEach((t, i) => {
    if (i > 0) b.skip(1);
    lastCol = Math.max(lastCol, writeSickLeave(b, t));
  });
  return { kind: 'sickLeave', baseName: 'Rapport Sjukfrånvaro', key: tables.map((t) => t.id).join('|'), builder: b, lastCol };
}

const STAFF_HEADERS: Record<StaffColumnRole, string> = {
  persons: 'Antal personer',
  employments: 'Antal anställningar',
  fullTimeEquivalents: 'Antal årsarbetare',
  averageAge: 'Medelålder',
  employmentRate: 'Sysselsättningsgrad (snitt)',
};

/**
 * An employment rate kept as a fraction (0,97 shown with the format "0%") rather than in per-cent
 * units: a number cell of at most 1,5 without a per-cent text. Written back with "0%" so Excel
 * shows "97 %" and the number is unchanged.
 */
export function isFraction(f: Figure | undefined): f is Figure & { value: number } {
  const v = figureNumber(f);
  return v !== null && !f?.percent && Math.abs(v) <= 1.5;
}

export function staffSheet(model: ReportModel, tables: Staff[]): SheetDraft {
  const cols = Math.max(...tables.map((t) => t.columns.length));
  const b = startSheet(spreadWidths(30, cols, 88, 10, 14), 'Personal', model);
  const lastCol = cols + 1;
  tables.forEach((table, ti) => {
    if (ti > 0) b.skip(1);
    const columns = [...table.columns].sort((a, c) => a.col - c.col);
    headerRow(b, [cleanText(table.title ?? '') || 'Personalsammansättning', ...columns.map((c) => STAFF_HEADERS[c.role] ?? cleanText(c.header))]);
    let last = 0;
    for (const row of table.rows) {
      const r = b.next();
      const bold = row.role === 'total';
      b.set(r, 1, cleanText(row.label), { bold, indent: row.level > 0 ? 1 : 0, style: { wrap: true } });
      columns.forEach((c, j) => {
        const f = row.values[c.role];
        if (c.role === 'employmentRate' && isFraction(f)) {
          b.set(r, j + 2, f.value, { bold, numFmt: '0%' });
        } else {
          setFigure(b, r, j + 2, f, bold);
        }
      });
      if (bold) b.rule(r, 'bottom', columns.length + 1);
      last = r;
    }
    if (last) b.rule(last, 'bottom', columns.length + 1);
  });
  return { kind: 'staff', baseName: 'Rapport Personal', key: tables.map((t) => t.id).join('|'), builder: b, lastCol };
}

export function workInjuriesSheet(model: ReportModel, tables: WorkInjuries[]): SheetDraft {
  const cols = Math.max(...tables.map((t) => t.columns.length));
  const b = startSheet(spreadWidths(30, cols, 70, 10, 18), 'Arbetsskador och tillbud', model);
  const lastCol = cols + 1;
  tables.forEach((table, ti) => {
    if (ti > 0) b.skip(1);
    const columns = [...table.columns].sort((a, c) => a.col - c.col);
    headerRow(b, ['Typ', ...columns.map((c) => yearHeader(c, columns))]);
    const signed = signedColumns(columns, table.rows);
    let last = 0;
    for (const row of table.rows) {
      const r = b.next();
      b.set(r, 1, cleanText(row.label));
      columns.forEach((c, j) => setFigure(b, r, j + 2, row.values[c.role], false, signed.has(c.role)));
      last = r;
    }
    if (last) b.rule(last, 'bottom', columns.length + 1);
  });
  return { kind: 'workInjuries', baseName: 'Rapport Arbetsskador', key: tables.map((t) => t.id).join('|'), builder: b, lastCol };
}
