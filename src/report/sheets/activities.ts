import type { Activities, ForecastReview, IncomeStatement, ReportModel, Row } from '../../model/types';
import { INCOME_SUBTOTAL_ROLES } from '../../model/types';
import { cleanText } from '../figures';
import { headerRow, setFigure, spreadWidths, startSheet, type ReportSheetKind, type SheetDraft } from './common';

/**
 * "Rapport Drift per verksamhet", "Rapport Resultaträkning", "Rapport Prognosavvikelse" (a
 * sheet name has at most 31 characters): the board's own table, every row and column as it stands — its own labels, its own
 * headings (a column for part of the year keeps the heading that says so, a forecast column
 * its period), totals bold where the numbers show them to be totals, parts indented under them.
 */

type CopiedTable = Activities | IncomeStatement | ForecastReview;

function copiedSheet(model: ReportModel, tables: CopiedTable[], kind: ReportSheetKind, title: string, baseName: string, bold: (row: Row) => boolean): SheetDraft {
  const widest = Math.max(...tables.map((t) => t.columns.length));
  const b = startSheet(spreadWidths(widest > 6 ? 26 : 30, widest), title, model);
  tables.forEach((table, ti) => {
    if (ti > 0) b.skip(1);
    if (tables.length > 1) b.set(b.next(), 1, cleanText(table.title ?? table.sheet), { bold: true });
    const columns = [...table.columns].sort((a, c) => a.col - c.col);
    const unit = table.unit === 'kr' || table.unit === 'mnkr' ? table.unit : 'tkr';
    headerRow(b, [`Belopp i ${unit}`, ...columns.map((c) => cleanText(c.header))]);
    let last = 0;
    for (const row of table.rows as Row[]) {
      const r = b.next();
      const strong = bold(row);
      b.set(r, 1, cleanText(row.label), { bold: strong, indent: Math.min(Math.max(row.level, 0), 3), style: { wrap: true } });
      columns.forEach((c, j) => setFigure(b, r, j + 2, (row.values as Row['values'])[c.role], strong));
      last = r;
    }
    if (last) b.rule(last, 'bottom', columns.length + 1);
  });
  return { kind, baseName, key: tables.map((t) => t.id).join('|'), builder: b, lastCol: widest + 1 };
}

export function activitiesSheet(model: ReportModel, tables: Activities[]): SheetDraft {
  return copiedSheet(model, tables, 'activities', 'Drift per verksamhet', 'Rapport Drift per verksamhet', (r) => r.role === 'total');
}

/** Subtotals bold (nettokostnader, verksamhetens resultat … årets resultat), varav rows indented. */
export function incomeStatementSheet(model: ReportModel, tables: IncomeStatement[]): SheetDraft {
  return copiedSheet(model, tables, 'incomeStatement', 'Resultaträkning', 'Rapport Resultaträkning', (r) => (INCOME_SUBTOTAL_ROLES as readonly string[]).includes(r.role));
}

export function forecastReviewSheet(model: ReportModel, tables: ForecastReview[]): SheetDraft {
  return copiedSheet(model, tables, 'forecastReview', 'Prognossäkerhet per nämnd', 'Rapport Prognosavvikelse', (r) => r.role === 'total');
}
