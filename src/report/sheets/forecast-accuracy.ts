import type { ForecastAccuracy, ForecastAccuracyColumnRole, ReportModel } from '../../model/types';
import { cleanText } from '../figures';
import { headerRow, setFigure, startSheet, type SheetDraft } from './common';

/** "Rapport Prognossäkerhet": each report's forecast and its deviation from the final result. */

const HEADERS: Record<ForecastAccuracyColumnRole, string> = {
  forecast: 'Prognos',
  deviation: 'Avvikelse från bokslut',
};

export function forecastAccuracySheet(model: ReportModel, tables: ForecastAccuracy[]): SheetDraft {
  const b = startSheet([30, 14, 16], 'Prognossäkerhet', model);
  const lastCol = 3;
  tables.forEach((table, ti) => {
    if (ti > 0) b.skip(1);
    const columns = [...table.columns].sort((a, c) => a.col - c.col);
    headerRow(b, [`Månad (${table.unit === 'kr' || table.unit === 'mnkr' ? table.unit : 'tkr'})`, ...columns.map((c) => HEADERS[c.role] ?? cleanText(c.header))]);
    let finalSeen = false;
    let last = 0;
    for (const row of table.rows) {
      const isFinal = row.role === 'finalResult';
      if (isFinal && !finalSeen) b.skip(1);
      finalSeen = finalSeen || isFinal;
      const r = b.next();
      b.set(r, 1, cleanText(row.label), { bold: isFinal });
      columns.forEach((c, j) => setFigure(b, r, j + 2, row.values[c.role], isFinal));
      if (isFinal) b.rule(r, 'top', columns.length + 1);
      last = r;
    }
    if (last) b.rule(last, 'bottom', columns.length + 1);
  });
  return { kind: 'forecastAccuracy', baseName: 'Rapport Prognossäkerhet', key: tables.map((t) => t.id).join('|'), builder: b, lastCol };
}
