import type { ReportModel, SickLeave, SickLeaveRow } from '../../model/types';
import { tablesOf } from '../../model/types';

export function sickLeaveTables(model: ReportModel): SickLeave[] {
  return tablesOf(model, 'sickLeave');
}

export type Band = { from: number; to: number | null };

/**
 * The interval a band row names; the mapper's `band` when it set one, else read from the label:
 * "Dag 1-14", "15-59 dagar", "Dag 59>", "> 60 dagar", "<29 år", "50 år>".
 */
export function bandOf(row: SickLeaveRow): Band | undefined {
  if (row.band) return row.band;
  const label = row.label.replace(/[\u2013\u2212]/g, '-');
  let m = /(\d+)\s*-\s*(\d+)/.exec(label);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  m = /(?:>|över)\s*=?\s*(\d+)/i.exec(label) ?? /(\d+)\s*(?:år|dagar|dag)?\s*>/i.exec(label);
  if (m) return { from: Number(m[1]), to: null };
  m = /(?:<|under)\s*=?\s*(\d+)/i.exec(label);
  if (m) return { from: 0, to: Number(m[1]) };
  return undefined;
}

/**
 * Chains of bands that cover the range without overlap: from the lowest start to an open end,
 * each band starting where the previous ended (a one-day slack for "1-59" then "> 60" or
 * "15-59" then "59>"). Overlapping bands such as "1-14" inside "1-59" are never in one chain.
 */
export function partitions(rows: readonly SickLeaveRow[]): SickLeaveRow[][] {
  const banded = rows.map((r) => ({ row: r, band: bandOf(r) })).filter((x): x is { row: SickLeaveRow; band: Band } => !!x.band);
  if (banded.length < 2) return [];
  const start = Math.min(...banded.map((b) => b.band.from));
  const chains: SickLeaveRow[][] = [];
  const walk = (chain: { row: SickLeaveRow; band: Band }[]) => {
    const last = chain[chain.length - 1];
    if (last.band.to === null) {
      if (chain.length >= 2) chains.push(chain.map((c) => c.row));
      return;
    }
    const end = last.band.to;
    for (const next of banded) {
      if (chain.includes(next)) continue;
      if (next.band.from >= end && next.band.from <= end + 2 && (next.band.to === null || next.band.to > next.band.from)) walk([...chain, next]);
    }
  };
  for (const first of banded) if (first.band.from <= Math.max(start, 1)) walk([first]);
  return chains;
}
