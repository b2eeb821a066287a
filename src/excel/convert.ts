import type { SheetGrid } from '../grid/types';

/** Conversions between Office.js representations and the grid's. */

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function serialToDate(serial: number): Date {
  return new Date(Math.round(serial * 86400000) + EXCEL_EPOCH_MS);
}

export function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

/** A number format that shows a date: d, m or y outside quotes and brackets, and no digit placeholders. */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dmy]/i.test(bare) && !/[0#?]/.test(bare);
}

/** getCellProperties reports "#FFFFFF" with pattern "None" for a cell without fill. */
export function fromOfficeColor(color: string | undefined, pattern: string | undefined): string | undefined {
  if (!color || pattern === 'None') return undefined;
  const hex = color.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) return undefined;
  if (pattern === undefined && hex === 'FFFFFF') return undefined;
  return hex;
}

export function stateFromVisibility(v: string | undefined): SheetGrid['state'] {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

export function visibilityFromState(s: SheetGrid['state']): string {
  return s === 'hidden' ? 'Hidden' : s === 'veryHidden' ? 'VeryHidden' : 'Visible';
}

/**
 * Text Excel would not keep as typed: formulas (= + - @) and text that Excel would turn into a
 * number, a percentage or a date ("8 %", "2024-08-31", "1,5"). Written with a leading
 * apostrophe, which Excel stores as text and does not show.
 */
export function needsApostrophe(value: string): boolean {
  return /^[=+\-@']/.test(value) || /^[\s\d.,:/%\u2212-]+$/.test(value) || /^(true|false|sant|falskt)$/i.test(value);
}
