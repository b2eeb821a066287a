import type { Activities, Column } from '../model/types';
import { formatNumber } from './phrases';
import type { DraftParagraph } from './sheets/text';

/**
 * A sentence for a table per verksamhet: the activities with the largest deviations, in the
 * board's own labels and with the column's own heading, so a period figure is never called a
 * forecast and a variance is never given a direction the table does not show.
 */

const MAX = 3;

function varianceColumn(t: Activities): Column | undefined {
  const candidates = t.columns.filter((c) => c.facets?.scenario === 'variance' && !c.facets.percent);
  // The full-year variance when there are several; else the only one.
  return candidates.find((c) => c.facets?.span !== 'toDate' && c.facets?.span !== 'month') ?? candidates[0];
}

const unitWord = (t: Activities) => (t.unit === 'mnkr' ? 'mnkr' : t.unit === 'kr' ? 'kr' : 'tkr');

export function activitiesNarrative(t: Activities): DraftParagraph[] {
  const col = varianceColumn(t);
  if (!col) return [];
  const items = t.rows
    .filter((r) => r.role === 'activity')
    .map((r) => ({ row: r, f: r.values[col.role] }))
    .filter((x): x is { row: typeof x.row; f: NonNullable<typeof x.f> & { value: number } } => typeof x.f?.value === 'number' && x.f.value !== 0)
    .sort((a, b) => Math.abs(b.f.value) - Math.abs(a.f.value))
    .slice(0, MAX);
  if (items.length === 0) return [];
  const heading = col.header.replace(/\s+/g, ' ').trim();
  const parts = items.map(({ row, f }) => `${row.label.replace(/\s+/g, ' ').trim()} (${f.value > 0 ? '+' : ''}${formatNumber(f.value, f.decimals)} ${unitWord(t)})`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
  const paragraph = `De största avvikelserna i kolumnen ${heading} har ${list}.`;
  return [{ section: 'Drift per verksamhet', paragraph }];
}
