import type { CellValue } from '../grid/types';
import type { Figure, Row, Unit } from '../model/types';
import { FMT_INTEGER, FMT_PERCENT_UNITS, FMT_RATE } from './sheet-builder';
import { toTkr } from './phrases';

/**
 * The one place where a model figure becomes a number. The report sheets put `figureNumber`
 * in their cells and the draft text quotes the same `figureNumber` (converted with `amountTkr`),
 * so a sentence and a table can never show different figures for the same cell.
 */

/** The readable number of a figure, or null (empty, error value, prose in a number cell). */
export function figureNumber(f: Figure | undefined): number | null {
  if (!f || f.problem || f.value === null || !Number.isFinite(f.value)) return null;
  return f.value;
}

/** A money figure in tkr, whatever unit its table was kept in. */
export function amountTkr(f: Figure | undefined, unit: Unit): number | null {
  const v = figureNumber(f);
  return v === null ? null : toTkr(v, unit);
}

/** The number format that shows a figure as printed: "#,##0", "0.0", "0.00", or "0 %" units. */
export function figureFormat(f: Figure | undefined): string {
  if (f?.percent) return f.decimals > 0 ? `0.${'0'.repeat(f.decimals)}" %"` : FMT_PERCENT_UNITS;
  const d = f?.decimals ?? 0;
  if (d <= 0) return FMT_INTEGER;
  if (d === 1) return FMT_RATE;
  return `0.${'0'.repeat(Math.min(d, 6))}`;
}

/**
 * What a report cell shows for a figure: its number, or, when the cell could not be read as a
 * number, the original text (a "-" for "no value", "40 711 tkr (varav …)") so nothing is lost.
 */
export function figureCellValue(f: Figure | undefined): CellValue {
  const v = figureNumber(f);
  if (v !== null) return v;
  if (f?.raw !== undefined && f.raw.trim() !== '') return f.raw.trim();
  return null;
}

/** The first top-level row of a role. */
export function rowOf<R extends string, C extends string>(rows: readonly Row<R, C>[], role: R): Row<R, C> | undefined {
  return rows.find((r) => r.role === role && r.level === 0) ?? rows.find((r) => r.role === role);
}

/** Whitespace collapsed, line breaks from wrapped headers and labels joined. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Like cleanText, but keeps the line breaks between paragraphs (two council goals, a result text in parts). */
export function cleanLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map(cleanText)
    .filter(Boolean)
    .join('\n');
}
