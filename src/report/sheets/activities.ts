import type { Activities, ReportModel } from '../../model/types';
import { cleanText } from '../figures';
import { headerRow, setFigure, spreadWidths, startSheet, type SheetDraft } from './common';

/**
 * "Rapport Drift per verksamhet": the board's own table, every row and column as it stands —
 * its own labels, its own headings (a column for part of the year keeps the heading that says
 * so), totals bold where the numbers show them to be totals, parts indented under them.
 */
export function activitiesSheet(model: ReportModel, tables: Activities[]): SheetDraft {
  const widest = Math.max(...tables.map((t) => t.columns.length));
  const b = startSheet(spreadWidths(widest > 6 ? 26 : 30, widest), 'Drift per verksamhet', model);
  tables.forEach((table, ti) => {
    if (ti > 0) b.skip(1);
    if (tables.length > 1) b.set(b.next(), 1, cleanText(table.title ?? table.sheet), { bold: true });
    const columns = [...table.columns].sort((a, c) => a.col - c.col);
    const unit = table.unit === 'kr' || table.unit === 'mnkr' ? table.unit : 'tkr';
    headerRow(b, [`Belopp i ${unit}`, ...columns.map((c) => cleanText(c.header))]);
    let last = 0;
    for (const row of table.rows) {
      const r = b.next();
      const bold = row.role === 'total';
      b.set(r, 1, cleanText(row.label), { bold, indent: Math.min(Math.max(row.level, 0), 3), style: { wrap: true } });
      columns.forEach((c, j) => setFigure(b, r, j + 2, row.values[c.role], bold));
      last = r;
    }
    if (last) b.rule(last, 'bottom', columns.length + 1);
  });
  return { kind: 'activities', baseName: 'Rapport Drift per verksamhet', key: tables.map((t) => t.id).join('|'), builder: b, lastCol: widest + 1 };
}
