/**
 * A real table from a published municipal report, transcribed exactly as printed (figures as
 * printed text, "– 614" with its dash; empty cells as null). The test turns it into a sheet in
 * the layout a controller keeps (labels in column A, figures as numbers with their printed
 * decimals), then maps, validates and plants errors in it.
 */
export interface PrintedTable {
  /** Where it was published. */
  url: string;
  /** Who and what: "Gnesta kommun, Årsredovisning 2013, Driftredovisning". */
  source: string;
  /** What part of the printed table is transcribed, when not all of it. */
  extent?: string;
  sheet: string;
  /** Title rows above the table as printed (or the page heading). */
  title: string[];
  /** Header rows, each as many cells as the table has columns (label column first). */
  header: (string | null)[][];
  rows: (string | null)[][];
  /** Errors printed in the report itself (cell in the built sheet), if any. */
  printedErrors?: string[];
  /** Rows the numbers show to be in no sum of the table (listed by the mapping, checked by no rule). */
  leftOutRows?: string[];
}

/** "– 1 231", "−17,4", "12 673", "3,7 %" → number, decimals; null for empty or "-". */
export function printedNumber(text: string | null): { value: number; decimals: number; percent: boolean } | null {
  if (text === null) return null;
  const t = text.trim();
  if (!t || t === '-' || t === '–') return null;
  const percent = /%$/.test(t);
  const clean = t.replace(/%$/, '').replace(/^[–−-]\s*/, '-').replace(/[\s\u00A0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(clean)) throw new Error(`Inte ett tryckt tal: "${text}"`);
  const decimals = clean.includes('.') ? clean.split('.')[1].length : 0;
  return { value: Number(clean), decimals, percent };
}
