/**
 * One published report, transcribed: its tables exactly as printed (numbers as the printed
 * text, "– 37 264", "6,20") and the sentences that quote them, each labelled right or wrong by
 * our own arithmetic (the comment says how). `plants` are wrong variants we made by changing one
 * thing (amount, sign word, unit, percentage) of a right sentence.
 */
export type Printed = string | null;

export interface CorpusSheet {
  name: string;
  /** Rows from A1 down; a row is the printed cells from column A. */
  rows: Printed[][];
}

export type PlantKind = 'amount' | 'sign' | 'unit' | 'percent';

export interface CorpusSentence {
  id: string;
  /** The sentence exactly as printed. */
  text: string;
  /** Printed text that comes before it in the same paragraph (kept for the subject it names). */
  context?: string;
  /** Our arithmetic against the table. */
  label: 'right' | 'wrong';
  why: string;
  /** Where the commentary sits: its own sheet, the cell beside the table, or a note row under it. */
  place?: 'sheet' | 'beside' | 'below';
  plants?: { text: string; kind: PlantKind; why: string }[];
}

export interface CorpusReport {
  id: string;
  municipality: string;
  /** The board or body whose report it is. */
  board: string;
  report: string;
  urls: string[];
  /** The sheet the tables are on, and (for 'beside'/'below') the table the text sits at. */
  sheets: CorpusSheet[];
  sentences: CorpusSentence[];
}
