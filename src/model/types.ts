/**
 * The typed report model: one board's report for one period. Every figure and text keeps the
 * sheet and cell it came from (beancount-style source stamping), so a rule reports a model path
 * and the location comes along.
 */

/** Where a value came from in the workbook. */
export interface SourceRef {
  sheet: string;
  /** A1 address, e.g. "G12". */
  cell: string;
}

/** A number read from a cell (or a missing/unreadable one). */
export interface Figure {
  /** The number, in the table's unit; null when the cell was empty or unreadable. */
  value: number | null;
  ref: SourceRef;
  /** Decimals as printed (from the number format or the text); drives rounding tolerance. */
  decimals: number;
  /** The cell held text that was read as a number ("−17 416", "6,6", "100 %"). */
  fromText?: boolean;
  /** The cell holds a formula (value is its cached result). */
  formula?: string;
  /** The raw text when the number came from text, or the unreadable content. */
  raw?: string;
  /** Set when the cell could not be read as a number (error value, prose in a number cell). */
  problem?: 'error-value' | 'not-a-number';
  /** The text was a percentage ("97%", "100 %"). value is then in percent units (97). */
  percent?: boolean;
}

/** A text read from a cell. */
export interface TextValue {
  text: string;
  ref: SourceRef;
}

export type Unit = 'kr' | 'tkr' | 'mnkr' | 'percent' | 'count' | 'years';

export type Period =
  | { kind: 'interim'; year: number; /** ISO date, e.g. "2024-08-31" */ cutoff: string }
  | { kind: 'annual'; year: number }
  | { kind: 'unknown'; year?: number };

/** A column of a table, with the role the mapping gave it. */
export interface Column<C extends string = string> {
  role: C;
  /** Header text as found (multi-row headers joined with a space). */
  header: string;
  ref: SourceRef;
  /** 1-based column number in the sheet. */
  col: number;
  year?: number;
  /** ISO date when the header names one ("Utfall 31 aug 2024" → "2024-08-31"). */
  date?: string;
  /**
   * What the header says, read compositionally (src/structure/headers.ts): scenario × span ×
   * year, measure, unit. A period column (Budget jan–aug) is never the full-year one.
   */
  facets?: ColumnFacetsLite;
}

/** The facets of a column header as the model keeps them (see src/structure/headers.ts). */
export interface ColumnFacetsLite {
  scenario?: string;
  span?: 'fullYear' | 'toDate' | 'month';
  months?: { from: number; to: number };
  years?: number[];
  measure?: 'revenue' | 'costs' | 'net';
  percent?: boolean;
}

/** A row of a numeric table. */
export interface Row<R extends string = string, C extends string = string> {
  role: R;
  label: string;
  ref: SourceRef;
  /** 1-based row number in the sheet. */
  row: number;
  /** 0 = top level, 1 = sub-row (indented, "varav"). */
  level: number;
  /** Index (in rows) of the row this one is a sub-row of. */
  parent?: number;
  /** One figure per mapped column role. */
  values: Partial<Record<C, Figure>>;
  /** How the row got its role when the label did not give it: "sum" = its numbers add up with a total's parts. */
  inferred?: 'sum';
}

interface TableBase<K extends string> {
  kind: K;
  /** Stable id within the workbook, e.g. "operating:Drift!A3". */
  id: string;
  sheet: string;
  /** A1 range of the whole table including headers. */
  range: string;
  title?: string;
  unit: Unit;
}

// ---------------------------------------------------------------- Drift (operating statement)

export type OperatingRowRole =
  | 'revenue'
  | 'personnel'
  | 'premises'
  | 'purchasedServices'
  | 'otherCosts'
  /** A cost group not among the named ones (e.g. "Kapitalkostnader"). */
  | 'costGroup'
  | 'totalCosts'
  | 'netCosts'
  | 'allocation'
  | 'financialNet'
  | 'result'
  /**
   * A row whose label the tool does not know and whose numbers are not part of any total it
   * found: kept in the table (a report copying the table copies it), checked by no rule, and
   * listed by `map` as not understood.
   */
  | 'other';

/**
 * budget; forecast (full-year); variance (forecast − budget, or actual − budget in an annual
 * report); actual (this period: delårsbokslut/bokslut); previousActual (same period last
 * year); difference (actual − previousActual).
 */
export type OperatingColumnRole =
  | 'budget'
  | 'forecast'
  | 'variance'
  | 'actual'
  | 'previousActual'
  | 'difference'
  /** The budget for the period so far (Budget ack, Budget jan–aug) beside the full-year budget. */
  | 'periodBudget'
  /** The variance for the period so far (Avvikelse ack = utfall − periodens budget) beside the full-year one. */
  | 'periodVariance';

export interface OperatingStatement extends TableBase<'operating'> {
  columns: Column<OperatingColumnRole>[];
  rows: Row<OperatingRowRole, OperatingColumnRole>[];
}

// ---------------------------------------------------------------- Investeringar

export type InvestmentRowRole = 'category' | 'item' | 'total';
/** Same columns as Drift; the variance's sign convention is inferred by the rules. */
export type InvestmentColumnRole = OperatingColumnRole;

export interface Investments extends TableBase<'investments'> {
  columns: Column<InvestmentColumnRole>[];
  rows: Row<InvestmentRowRole, InvestmentColumnRole>[];
}

// ---------------------------------------------------------------- Mål och nyckeltal

export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '=';

export interface Indicator {
  name: TextValue;
  /** Target as written ("<166", ">75", "100 %", "Se kommentar"); parsed by src/assessment. */
  target?: TextValue;
  /** Outcome for the report's date (Utfall 31 aug 2024 / Utfall 2019). */
  outcome?: Figure;
  /** Outcomes for other dates, e.g. the same date last year. */
  previousOutcomes: { figure: Figure; year?: number; date?: string; header: string }[];
  /** The Bedömning cell of this indicator (its value may be empty). */
  assessment?: { ref: SourceRef; text: string | null; fill?: string };
  /** Footnote text or source such as "Kolada (U31462)". */
  footnote?: string;
  /** Kolada id when the footnote names one. */
  koladaId?: string;
  /** "ackumulerad": counts that grow through the year. */
  cumulative?: boolean;
  /** Unit of the outcome as the name or target says: "andel (%)" → percent, "antal (#)" → count. */
  unit?: Unit;
  row: number;
}

export interface Goal {
  /** The board's goal (Nämndens mål / åtagande). */
  title: TextValue;
  /** KF goal it contributes to, e.g. "1. Alingsås växer …". */
  councilGoal?: string;
  comment?: TextValue;
  assessment?: { ref: SourceRef; text: string | null; fill?: string };
  indicators: Indicator[];
}

export type IndicatorColumnRole =
  | 'goal'
  | 'indicator'
  | 'target'
  | 'outcome'
  | 'previousOutcome'
  | 'assessment'
  | 'goalAssessment'
  | 'comment'
  | 'footnote';

export interface Indicators extends TableBase<'indicators'> {
  columns: Column<IndicatorColumnRole>[];
  goals: Goal[];
}

// ---------------------------------------------------------------- Internkontroll

export interface ControlPoint {
  risk: TextValue;
  control?: TextValue;
  frequency?: TextValue;
  method?: TextValue;
  assessment?: { ref: SourceRef; text: string | null; fill?: string };
  result?: TextValue;
  row: number;
}

export type InternalControlColumnRole = 'risk' | 'control' | 'frequency' | 'method' | 'assessment' | 'result';

export interface InternalControl extends TableBase<'internalControl'> {
  columns: Column<InternalControlColumnRole>[];
  points: ControlPoint[];
}

// ---------------------------------------------------------------- Personal

export type StaffRowRole = 'total' | 'group';
export type StaffColumnRole = 'persons' | 'employments' | 'fullTimeEquivalents' | 'averageAge' | 'employmentRate';

export interface Staff extends TableBase<'staff'> {
  columns: Column<StaffColumnRole>[];
  rows: Row<StaffRowRole, StaffColumnRole>[];
}

// ---------------------------------------------------------------- Sjukfrånvaro, arbetsskador

/** total; women/men; an age band; a band of sick-leave days ("Dag 1-14", "> 60 dagar"). */
export type SickLeaveRowRole = 'total' | 'women' | 'men' | 'age' | 'days';
/** current = the report's year, previous = the year before, difference = current − previous. */
export type YearComparisonColumnRole = 'current' | 'previous' | 'difference';

export interface SickLeaveRow extends Row<SickLeaveRowRole, YearComparisonColumnRole> {
  /** For age and day bands: the interval the label names, inclusive; to = null for open-ended. */
  band?: { from: number; to: number | null };
}

export interface SickLeave extends TableBase<'sickLeave'> {
  columns: Column<YearComparisonColumnRole>[];
  rows: SickLeaveRow[];
  /** Footnote such as "*Avser perioden 1 januari - 31 juli". */
  note?: string;
}

export type WorkInjuryRowRole = 'incidents' | 'injuries' | 'other';

export interface WorkInjuries extends TableBase<'workInjuries'> {
  columns: Column<YearComparisonColumnRole>[];
  rows: Row<WorkInjuryRowRole, YearComparisonColumnRole>[];
}

// ---------------------------------------------------------------- Prognossäkerhet

export type ForecastAccuracyRowRole = 'forecast' | 'finalResult';
export type ForecastAccuracyColumnRole = 'forecast' | 'deviation';

export interface ForecastAccuracy extends TableBase<'forecastAccuracy'> {
  columns: Column<ForecastAccuracyColumnRole>[];
  /** One row per report whose forecast is followed up, plus the final result row. */
  rows: Row<ForecastAccuracyRowRole, ForecastAccuracyColumnRole>[];
}

// ---------------------------------------------------------------- Drift per verksamhet

/**
 * activity: a unit, activity or board (Förskola, Kommunstyrelsen); total: a row the numbers show
 * to be the sum of others (a board's total printed first or last, "Summa …").
 */
export type ActivityRowRole = 'activity' | 'total';

/**
 * A table per verksamhet / enhet / nämnd: rows are activities, columns whatever the board
 * prints (Intäkter 2021, Kostnader 2021, Nettokostnad, Budget, Avvikelse …). A column's role is
 * its header read compositionally ("nettokostnad 2021", "budget 2021"); its facets say what it is.
 */
export interface Activities extends TableBase<'activities'> {
  columns: Column<string>[];
  rows: Row<ActivityRowRole, string>[];
}

// ---------------------------------------------------------------- Resultaträkning

/**
 * A row of a resultaträkning, named by its place in the chain of running subtotals the numbers
 * show (src/structure/chain.ts) and, where its label says so, by its words: a subtotal row is
 * never given a part's name or the other way round. subtotal / line: in the chain, no name.
 * subRow: "varav …" under a row, not part of the chain. other: outside the chain, not checked.
 */
export type IncomeStatementRowRole =
  | 'revenue'
  | 'costs'
  | 'depreciation'
  | 'netCosts'
  | 'taxRevenue'
  | 'generalGrants'
  | 'operatingResult'
  | 'financialIncome'
  | 'financialCosts'
  | 'resultAfterFinancial'
  | 'extraordinary'
  | 'result'
  | 'balanceAdjustments'
  | 'adjustedResult'
  | 'balanceResult'
  | 'subtotal'
  | 'line'
  | 'subRow'
  | 'other';

/** The subtotal roles: a chain link's total. */
export const INCOME_SUBTOTAL_ROLES: readonly IncomeStatementRowRole[] = [
  'netCosts',
  'operatingResult',
  'resultAfterFinancial',
  'result',
  'adjustedResult',
  'balanceResult',
  'subtotal',
];

/**
 * Resultaträkning: Verksamhetens intäkter, kostnader, avskrivningar → nettokostnader, skatt,
 * statsbidrag → verksamhetens resultat, finansiella poster → resultat efter finansiella poster →
 * årets resultat (→ balanskravsresultat, where printed). Columns per year and scenario (Utfall
 * 2019, Budget 2019, Avvikelse, Koncernen 2019); a column's role is its header read
 * compositionally, with the group ("koncernen …") when a caption names one. A Not column is
 * never a column of figures.
 */
export interface IncomeStatement extends TableBase<'incomeStatement'> {
  columns: Column<string>[];
  rows: Row<IncomeStatementRowRole, string>[];
}

// ---------------------------------------------------------------- Prognossäkerhet per nämnd

/** What a column of a forecast review is: a forecast made at a period, the outcome, a deviation, a share. */
export type ForecastColumnUse = 'forecast' | 'outcome' | 'deviation' | 'share' | 'other';

export interface ForecastReviewColumn extends Column<string> {
  use: ForecastColumnUse;
  /** The period a forecast (or its deviation) was made at, as the header says: "april", "jan–aug", "T2". */
  period?: string;
}

/** A deviation column and the two columns its numbers are the difference of: deviation = minuend − subtrahend. */
export interface ForecastDifference {
  deviation: string;
  minuend: string;
  subtrahend: string;
  /** Rows where it holds / where it could be checked, when it was inferred. */
  holds: number;
  checked: number;
}

/**
 * Forecast accuracy per board, activity or month (Malmö: Bokslut | Delårsrapport jan-aug |
 * Avvikelse per nämnd): rows are boards (or months) with the total row the numbers show; each
 * forecast column is named by its period; the direction of each deviation (prognos − utfall or
 * the reverse) comes from the numbers (`differences`).
 */
export interface ForecastReview extends TableBase<'forecastReview'> {
  columns: ForecastReviewColumn[];
  rows: Row<ActivityRowRole, string>[];
  differences: ForecastDifference[];
}

// ---------------------------------------------------------------- Narrative

export interface NarrativeParagraph {
  /** Heading or topic the paragraph sits under ("Drift", "Investeringar", "Sjukfrånvaro"). */
  section?: string;
  text: TextValue;
}

export interface Narrative extends TableBase<'narrative'> {
  paragraphs: NarrativeParagraph[];
}

// ---------------------------------------------------------------- The report

export type Table =
  | OperatingStatement
  | Investments
  | Indicators
  | InternalControl
  | Staff
  | SickLeave
  | WorkInjuries
  | ForecastAccuracy
  | Activities
  | IncomeStatement
  | ForecastReview
  | Narrative;

export type TableKind = Table['kind'];

export const TABLE_KINDS: readonly TableKind[] = [
  'operating',
  'investments',
  'indicators',
  'internalControl',
  'staff',
  'sickLeave',
  'workInjuries',
  'forecastAccuracy',
  'activities',
  'incomeStatement',
  'forecastReview',
  'narrative',
];

export interface ReportModel {
  /** "Socialnämnden" */
  board?: string;
  period: Period;
  /** Unit of the money tables (Drift, Investeringar). */
  unit: Unit;
  tables: Table[];
}

export type TableOf<K extends TableKind> = Extract<Table, { kind: K }>;

export function tablesOf<K extends TableKind>(model: ReportModel, kind: K): TableOf<K>[] {
  // A loop, not filter with a closure per call: every rule asks this, and a closure's optimized
  // code is lost at each full GC (see sheetRead in xlsx/reader.ts).
  const out: TableOf<K>[] = [];
  for (const t of model.tables) if (t.kind === kind) out.push(t as TableOf<K>);
  return out;
}
