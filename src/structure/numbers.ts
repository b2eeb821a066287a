import type { SheetGrid } from '../grid/types';

/** Cell kinds in a NumberMatrix. */
export const BLANK = 0;
export const NUM = 1;
export const TEXT = 2;

/**
 * The numbers of a sheet as flat arrays, row-major with `cols` columns (0-based r·cols + c):
 * kind (blank, number, text or anything else), value (0 unless a number) and the decimals printed.
 */
export interface NumberMatrix {
  rows: number;
  cols: number;
  kind: Uint8Array;
  value: Float64Array;
  decimals: Uint8Array;
}

const FORMAT_DECIMALS = new Map<string, number>();

/**
 * Decimals an Excel number format prints, or -1 for General (as many as the value has).
 * Only the first section counts; a percent format prints the value times 100, so two more decimals
 * of the stored value are visible.
 */
export function formatDecimals(numFmt: string | undefined): number {
  if (!numFmt || numFmt === 'General') return -1;
  const cached = FORMAT_DECIMALS.get(numFmt);
  if (cached !== undefined) return cached;
  // Quoted text and escaped characters print literally: drop them before looking for the point.
  const section = numFmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  let d = 0;
  const m = /\.([0#?]+)/.exec(section);
  if (m) d = m[1].length;
  if (section.includes('%')) d += 2;
  if (!/[0#?]/.test(section)) d = -1;
  FORMAT_DECIMALS.set(numFmt, d);
  return d;
}

/** Decimals of a stored double as written in shortest form, at most 10 (float noise beyond). */
export function valueDecimals(x: number): number {
  if (Number.isInteger(x)) return 0;
  let s = Math.abs(x).toPrecision(12);
  if (s.includes('e')) return 10;
  s = s.replace(/0+$/, '');
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(10, s.length - dot - 1);
}

/** Read a sheet's numbers. Booleans, dates, errors and text are TEXT: they never take part in a sum. */
export function numberMatrix(sheet: SheetGrid): NumberMatrix {
  const rows = sheet.rows.length;
  let cols = 0;
  for (const r of sheet.rows) if (r && r.length > cols) cols = r.length;
  const n = rows * cols;
  const kind = new Uint8Array(n);
  const value = new Float64Array(n);
  const decimals = new Uint8Array(n);
  for (let r = 0; r < rows; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const v = cell.value;
      const i = r * cols + c;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) {
          kind[i] = TEXT;
          continue;
        }
        kind[i] = NUM;
        value[i] = v;
        const own = valueDecimals(v);
        const printed = formatDecimals(cell.numFmt);
        decimals[i] = printed < 0 ? own : Math.min(own, printed);
      } else if (v === null || (typeof v === 'string' && v.trim() === '')) {
        kind[i] = BLANK;
      } else kind[i] = TEXT;
    }
  }
  return { rows, cols, kind, value, decimals };
}

/**
 * Largest difference between a printed total and the sum of its n printed parts that rounding
 * explains: each part may be off by half a unit of the last printed digit (and the total by as much,
 * which the n halves of a sum of two or more parts already cover in practice).
 */
export function roundingTolerance(maxDecimals: number, parts: number, totalDecimals = maxDecimals): number {
  // A total printed coarser than its parts (whole thousands over parts with a decimal) brings its
  // own half unit.
  const total = totalDecimals < maxDecimals ? 0.5 * Math.pow(10, -totalDecimals) : 0;
  return 0.5 * Math.pow(10, -maxDecimals) * Math.max(1, parts) + total;
}
