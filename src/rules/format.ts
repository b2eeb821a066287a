/**
 * Numbers in Swedish print style, as the reports show them: space as thousands separator,
 * decimal comma, hyphen-minus ("-33 296", "6,6").
 */
export function formatNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(Math.max(0, decimals));
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
