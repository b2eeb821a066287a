/**
 * Rounding-aware tolerance, after beancount's balance check: the tolerance is inferred from the
 * precision the figures are printed with. A printed figure is off by at most half a unit of its
 * last digit, so an identity over n printed figures (terms and total) can be off by up to n/2
 * units without any figure being wrong: a sum of four cost groups and its total by 2, a
 * difference of two figures by 1.
 */

/** Float noise below any printed precision. */
export const EPSILON = 1e-7;

export function unitOf(decimals: number): number {
  return 10 ** -Math.max(0, Math.min(decimals, 10));
}

/** The largest residual rounding can explain for figures printed with these decimals. */
export function roundingTolerance(decimals: readonly number[]): number {
  return decimals.reduce((sum, d) => sum + unitOf(d) / 2, 0);
}

export type Agreement = 'exact' | 'rounding' | 'broken';

export function classify(residual: number, tolerance: number): Agreement {
  const r = Math.abs(residual);
  if (r <= EPSILON) return 'exact';
  if (r <= tolerance + EPSILON) return 'rounding';
  return 'broken';
}

/** Decimals to show for a value derived from figures printed with these decimals. */
export function displayDecimals(decimals: readonly number[]): number {
  return decimals.length ? Math.max(...decimals) : 0;
}
