import type { ColumnFacetsLite, Period, TableKind, Unit } from './types';

/**
 * The mapping from a workbook's grids to the report model: what the mapper proposes, what the
 * user confirms or corrects in the task pane, what is saved in the workbook and what
 * `--mapping file.json` gives the command line.
 */

/** The role a user gives a row or column that is not part of the report ("Används inte"). */
export const IGNORED_ROLE = 'ignore';

export interface RowMapping {
  /** 1-based sheet row. */
  row: number;
  label: string;
  /** Role within the table kind, e.g. "personnel", "totalCosts", "category", "days". */
  role: string;
  /** 0 = top level, 1 = sub-row. */
  level?: number;
  /** The role came from the numbers, not the label: "sum" = the row adds up with the parts of a total. */
  inferred?: 'sum';
}

export interface ColumnMapping {
  /** 1-based sheet column. */
  col: number;
  /** Column letters, e.g. "C" (for people and JSON readers). */
  letter: string;
  header: string;
  /** Role within the table kind, e.g. "budget", "forecast", "target", "assessment". */
  role: string;
  year?: number;
  /** ISO date named by the header. */
  date?: string;
  /** The header read compositionally: scenario, span (helår / ack. / jan–aug), years, measure. */
  facets?: ColumnFacetsLite;
}

export interface TableMapping {
  kind: TableKind;
  sheet: string;
  /** A1 range including header rows, e.g. "A3:G20". */
  range: string;
  /** 0..1: how sure the mapper is (1 for a mapping the user confirmed). */
  confidence: number;
  /** Header rows (1-based); data rows follow. */
  headerRows: number[];
  unit: Unit;
  title?: string;
  rows: RowMapping[];
  columns: ColumnMapping[];
  /** True when the user confirmed or corrected it. */
  confirmed?: boolean;
  /** What the structure layer read from the numbers: row totals and what it left out (for `map`). */
  structure?: TableStructure;
}

/** A total row and its parts, found from the numbers (cells as A1 in the table's first figure column). */
export interface RowSumMapping {
  /** Sheet row of the total. */
  total: number;
  /** Sheet rows of its parts. */
  parts: number[];
  placement: 'after' | 'before';
  /** Column letters where it holds / breaks. */
  holds: string[];
  breaks: string[];
  support: number;
}

export interface LeftOut {
  /** A1 range of the row or column. */
  range: string;
  reason: string;
}

/** A column that is the sum or difference of others on most rows (a forecast review's Avvikelse = Bokslut − Prognos). */
export interface ColumnRelationMapping {
  /** Column letters of the derived column. */
  total: string;
  terms: { col: string; sign: 1 | -1 }[];
  /** Rows where it holds, of the rows where it could be checked. */
  holds: number;
  checked: number;
}

export interface TableStructure {
  rowSums: RowSumMapping[];
  /** Differences between columns the numbers show (forecast reviews). */
  columnRelations?: ColumnRelationMapping[];
  /** Rows and columns kept out of the checks (or the table), each with why. */
  leftOut: LeftOut[];
  /** Totals printed before their parts (board total first) or after. */
  placement?: 'after' | 'before' | 'mixed';
}

export interface UnmappedRegion {
  sheet: string;
  range: string;
  reason: string;
}

export interface WorkbookMapping {
  version: 1;
  board?: string;
  period: Period;
  tables: TableMapping[];
  unmapped: UnmappedRegion[];
}
