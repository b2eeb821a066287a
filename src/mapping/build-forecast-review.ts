import type { TableMapping } from '../model/mapping-types';
import type { ForecastReview, ForecastReviewColumn, Row } from '../model/types';
import type { BodyCell } from '../structure/rows';
import type { FigureReader } from './figures';
import { forecastColumn, forecastDifferences } from './forecast-review';
import { modelColumns, tableBase } from './model-parts';
import { parseRange } from '../grid/address';

/**
 * The model of a forecast review: each column with what it is (a forecast at its period, the
 * outcome, a deviation, a share) and each deviation with the two columns its numbers are the
 * difference of — inferred again from the figures as read, so a saved mapping still checks the
 * direction the sheet shows.
 */
export function buildForecastReview(t: TableMapping, base: ReturnType<typeof tableBase>, reader: FigureReader): ForecastReview {
  const labelCol = parseRange(t.range).left;
  const columns: ForecastReviewColumn[] = modelColumns(t).map((c) => {
    const percent = !!c.facets?.percent || t.structure?.leftOut.some((l) => l.range.startsWith(`${c.ref.cell.replace(/\d+$/, '')}`) && /procent/.test(l.reason));
    const read = forecastColumn(c.header, !!percent);
    const col: ForecastReviewColumn = { ...c, use: read?.use ?? 'other' };
    if (read?.period) col.period = read.period;
    return col;
  });
  const rows: Row<'activity' | 'total', string>[] = [];
  for (const rm of t.rows) {
    if (rm.role === 'note') continue;
    const values: Row['values'] = {};
    for (const c of t.columns) values[c.role] = reader.figure(rm.row, c.col, `${c.header}, ${rm.label}`);
    const row: Row<'activity' | 'total', string> = {
      role: rm.role === 'total' ? 'total' : 'activity',
      label: rm.label,
      ref: reader.ref(rm.row, labelCol),
      row: rm.row,
      level: rm.level ?? 0,
      values,
    };
    if (rm.inferred) row.inferred = rm.inferred;
    rows.push(row);
  }
  const matrix: BodyCell[][] = rows.map((r) =>
    columns.map((c) => {
      const f = r.values[c.role];
      return typeof f?.value === 'number' && !f.percent ? { value: f.value, decimals: f.decimals } : { value: null, decimals: 0 };
    }),
  );
  const differences = forecastDifferences(
    matrix,
    columns.map((c) => c.use),
  ).map((d) => ({ deviation: columns[d.deviation].role, minuend: columns[d.minuend].role, subtrahend: columns[d.subtrahend].role, holds: d.holds, checked: d.checked }));
  return { kind: 'forecastReview', ...base, columns, rows, differences };
}
