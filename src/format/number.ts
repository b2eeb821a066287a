/** Swedish number style for messages: "-33 296", "6,6". A non-breaking space groups thousands. */
export function formatSwedishNumber(value: number, decimals?: number): string {
  const d = decimals ?? (Number.isInteger(value) ? 0 : Math.min(2, (String(value).split('.')[1] ?? '').length));
  const fixed = Math.abs(value).toFixed(d);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (frac ? ',' + frac : '');
}
