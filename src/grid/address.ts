/** A1 address helpers. Columns and rows are 1-based. */

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Ogiltig celladress: ${address}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(range: string): RangeBox {
  const [a, b] = range.split(':');
  const start = parseA1(a);
  const end = b ? parseA1(b) : start;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function formatRange(box: RangeBox): string {
  const a = toA1(box.top, box.left);
  const b = toA1(box.bottom, box.right);
  return a === b ? a : `${a}:${b}`;
}
