/**
 * Arithmetic relations inferred from a table's numbers (see README.md in this folder).
 * Addresses are A1 strings within `sheet`; rows and columns are 1-based as everywhere in the grid layer.
 */

/** 'column': the total and its parts lie in one column (a block of rows adds up); 'row': in one row. */
export type RelationAxis = 'column' | 'row';

/** 'yes': exact; 'rounding': off by no more than the printed decimals allow; 'no': broken. */
export type RelationHolds = 'yes' | 'rounding' | 'no';

export interface RelationTerm {
  cell: string;
  sign: 1 | -1;
}

/**
 * One instance of an arithmetic pattern: `total = Σ sign·cell` over `terms`.
 * A difference reads `total = a − b` (terms a:+1, b:−1); its sum form is `a = total + b` (see asSum).
 */
export interface Relation {
  sheet: string;
  total: string;
  terms: RelationTerm[];
  holds: RelationHolds;
  /**
   * Share (0..1) of the lines where the pattern could be checked with real evidence in which it holds:
   * for a column-axis pattern the columns, for a row-axis pattern the rows.
   */
  support: number;
  axis: RelationAxis;
  kind: 'sum' | 'difference';
  /** Parts that are empty cells, counted as 0 (not in terms). */
  blanks: string[];
  /** The printed total and the value the terms give. */
  value: number;
  computed: number;
  /** Largest difference the printed decimals explain (0 when every figure is exact). */
  tolerance: number;
  /**
   * The pattern this instance belongs to; instances of one pattern share it. E.g. "row:F=G+H" (in every
   * row, F = G + H) or "column:12=5..11" (in every column, row 12 = rows 5 to 11).
   */
  pattern: string;
  /** How many lines give real evidence for the pattern (nontrivial holds) and how many break it. */
  evidence: number;
  breaks: number;
}

export interface InferOptions {
  /** Smallest support for a pattern to be established (default 0.75). */
  minSupport?: number;
  /** Smallest support for a break of the pattern to be reported as holds 'no' (default 0.75). */
  minSupportForBreak?: number;
  /** Smallest number of lines with evidence before a break is reported (default 3). */
  minEvidenceForBreak?: number;
  /** Leave out relations that hold only trivially (every figure 0). Default false. */
  skipTrivial?: boolean;
  /**
   * Work units the sheet may take (walk and search steps, lines evaluated); default grows with the
   * sheet's figures up to a fixed cap (see relations.ts). Beyond it the rest is not analysed.
   */
  workLimit?: number;
  /** Filled in with what the reading cost and whether it was cut short. */
  stats?: InferStats;
  /**
   * The axes to read (default both): a caller that finds the sums of row blocks in its own bounded
   * way (the row hierarchy of a long table) reads only the sums across columns here.
   */
  axes?: RelationAxis[];
}

/** What reading one sheet cost: work units spent and allowed, and what was left out and why. */
export interface InferStats {
  work: number;
  limit: number;
  /** The axes whose reading was cut short by the limit (their relations may be incomplete). */
  truncated: RelationAxis[];
  /** Why part of the sheet was not analysed, in words (e.g. "not analysed: too large"); absent when complete. */
  reason?: string;
}

/** The sum form of a relation: `total = parts` with every part added (a − b = t becomes a = t + b). */
export interface SumForm {
  total: string;
  parts: string[];
}
