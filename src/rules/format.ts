/**
 * Numbers in Swedish print style, as the reports show them: space as thousands separator,
 * decimal comma, hyphen-minus ("-33 296", "6,6").
 */
export function formatNumber(value: number, decimals = 0): string {
  const d = Math.max(0, decimals);
  // Half away from zero, past binary noise: 158,695 shows as 158,70 (toFixed alone gives 158,69).
  const scaled = Math.round(Math.abs(value) * 10 ** d * (1 + 1e-12));
  const fixed = (scaled / 10 ** d).toFixed(d);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** Decimals worth showing for a value computed from figures printed with `decimals`. */
export function formatLike(value: number, decimals: number): string {
  return formatNumber(value, decimals);
}

/** "1,8 %" */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)} %`;
}
