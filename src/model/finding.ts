import type { SourceRef } from './types';

export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing the tool found, pointing at one cell. Rules report a messageId plus data; the
 * wording lives once in the rule's meta (ESLint-style), and `message` is the rendered Swedish
 * text (`messageEn` the English fallback).
 */
export interface Finding {
  /** Rule id "<section>/<name>", e.g. "operating/cost-groups-sum", or "mapping/unreadable-number". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to look at. */
  cell: string;
  messageId: string;
  data: Record<string, string | number>;
  message: string;
  messageEn?: string;
  expected?: number | string;
  actual?: number | string;
  /** The identity that was checked, in words: "Verksamhetens kostnader = summa kostnadsslag". */
  identity?: string;
  /** Other cells taking part in the identity or quoting the same figure. */
  related?: SourceRef[];
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const s: FindingSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}
