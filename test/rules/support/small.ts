import type { Period, ReportModel, Table } from '../../../src/model/types';
import type { WorkbookGrid } from '../../../src/grid/types';
import { numericTable, reportModel, gridOf } from './build';
import type { ColumnSpec, RowSpec, V } from './build';

/**
 * Small models for rule tests: a table starts with its headers in row 1 and its first data row
 * in row 2, figures from column B.
 */

export const INTERIM: Period = { kind: 'interim', year: 2024, cutoff: '2024-08-31' };
export const ANNUAL: Period = { kind: 'annual', year: 2019 };

export const DRIFT_COLUMNS: ColumnSpec[] = [
  { role: 'budget', header: 'Budget 2024', year: 2024 },
  { role: 'forecast', header: 'Prognos 2024', year: 2024 },
  { role: 'variance', header: 'Avvikelse', year: 2024 },
  { role: 'actual', header: 'Utfall 2024', year: 2024 },
  { role: 'previousActual', header: 'Utfall 2023', year: 2023 },
  { role: 'difference', header: 'Differens' },
];

export type RowTuple = [role: string, label: string, values: V[]];

/** A consistent Drift table (rows 2–9, columns B–G): every identity holds exactly. */
export function driftRows(): RowTuple[] {
  return [
    ['revenue', 'Verksamhetens intäkter', [100, 100, 0, 60, 50, 10]],
    ['personnel', 'Personalkostnader', [-300, -310, -10, -200, -180, -20]],
    ['otherCosts', 'Övriga kostnader', [-100, -100, 0, -70, -60, -10]],
    ['totalCosts', 'Verksamhetens kostnader', [-400, -410, -10, -270, -240, -30]],
    ['netCosts', 'Verksamhetens nettokostnader', [-300, -310, -10, -210, -190, -20]],
    ['allocation', 'Kommunbidrag', [300, 300, 0, 200, 190, 10]],
    ['financialNet', 'Finansnetto', [0, 0, 0, -1, 0, -1]],
    ['result', 'Årets resultat', [0, -10, -10, -11, 0, -11]],
  ];
}

/** Replace one value: row index in the tuple list, column index in the values. */
export function set(rows: RowTuple[], row: number, col: number, v: V): RowTuple[] {
  return rows.map((r, i) => (i === row ? [r[0], r[1], r[2].map((x, j) => (j === col ? v : x))] : r));
}

export function rowSpecs(rows: RowTuple[]): RowSpec[] {
  return rows.map(([role, label, values]) => ({ role, label, values }));
}

export function driftModel(rows: RowTuple[] = driftRows(), columns: ColumnSpec[] = DRIFT_COLUMNS, period: Period = INTERIM): ReportModel {
  return reportModel(period, [numericTable('operating', { sheet: 'Drift', headerRow: 1, columns, rows: rowSpecs(rows) })]);
}

export function modelOf(tables: Table[], period: Period = INTERIM): ReportModel {
  return reportModel(period, tables);
}

export function withGrid(model: ReportModel): { model: ReportModel; workbook: WorkbookGrid } {
  return { model, workbook: gridOf(model) };
}

/** Investments: category rows with sub-rows, a total; columns as Drift. */
export type InvRow = [role: 'category' | 'item' | 'total', label: string, values: V[], parent?: number];

export function investmentRows(): InvRow[] {
  return [
    ['category', 'Reinvestering', [750, 750, 0, 398, 372, 26]],
    ['item', 'Inventarier', [400, 400, 0, 308, 213, 95], 0],
    ['item', 'IT-utrustning', [300, 300, 0, 90, 159, -69], 0],
    ['item', 'Transportmedel', [50, 50, 0, 0, 0, 0], 0],
    ['category', 'Anpassningsinvestering', [750, 100, 650, 55, 0, 55]],
    ['item', 'Lokalanpassning', [750, 100, 650, 55, 0, 55], 4],
    ['total', 'Totala utgifter', [1500, 850, 650, 453, 372, 81]],
  ];
}

export function setInv(rows: InvRow[], row: number, col: number, v: V): InvRow[] {
  return rows.map((r, i) => (i === row ? [r[0], r[1], r[2].map((x, j) => (j === col ? v : x)), r[3]] : r));
}

export function investmentModel(rows: InvRow[] = investmentRows(), columns: ColumnSpec[] = DRIFT_COLUMNS, period: Period = INTERIM): ReportModel {
  return reportModel(period, [
    numericTable('investments', {
      sheet: 'Investeringar',
      headerRow: 1,
      columns,
      rows: rows.map(([role, label, values, parent]) => ({ role, label, values, ...(parent !== undefined ? { parent, level: 1 } : {}) })),
    }),
  ]);
}

/** Sick leave 2024 as printed (rows 2–10): total, women, men, three age bands, three day bands. */
export function sickRows(): RowSpec[] {
  return [
    { role: 'total', label: 'Total sjukfrånvaro', values: [6.6, 7.9, -1.3] },
    { role: 'women', label: 'Kvinnor', values: [5.8, 8.5, -2.7] },
    { role: 'men', label: 'Män', values: [9.6, 5.6, 4.0] },
    { role: 'age', label: '<29 år', values: [2.4, 1.5, 0.9] },
    { role: 'age', label: '30-49 år', values: [8.1, 9.3, -1.2] },
    { role: 'age', label: '50 år>', values: [5.2, 7.6, -2.4] },
    { role: 'days', label: 'Dag 1-14', values: [2.3, 2.0, 0.3] },
    { role: 'days', label: 'Dag 15-59', values: [0.6, 1.0, -0.4] },
    { role: 'days', label: 'Dag 59>', values: [3.7, 4.9, -1.2] },
  ];
}

export function setRow(rows: RowSpec[], row: number, col: number, v: V): RowSpec[] {
  return rows.map((r, i) => (i === row ? { ...r, values: r.values.map((x, j) => (j === col ? v : x)) } : r));
}

export const YEAR_COLUMNS: ColumnSpec[] = [
  { role: 'current', header: '2024', year: 2024 },
  { role: 'previous', header: '2023', year: 2023 },
  { role: 'difference', header: 'Differens' },
];

export function sickModel(rows: RowSpec[] = sickRows(), columns: ColumnSpec[] = YEAR_COLUMNS, period: Period = INTERIM): ReportModel {
  return reportModel(period, [numericTable('sickLeave', { sheet: 'Sjukfrånvaro', headerRow: 1, decimals: 1, unit: 'percent', columns, rows })]);
}

export function staffRows(): RowSpec[] {
  return [
    { role: 'total', label: 'AID-struktur', values: [231, 235, 227.1, 46.0, 97] },
    { role: 'group', label: 'Administration', values: [38, 38, 37.5, 51.2, 99] },
    { role: 'group', label: 'Socialt och kurativt arbete', values: [192, 196, 188.6, 45.1, 96] },
    { role: 'group', label: 'Vård- och omsorgsarbete m m', values: [1, 1, 1.0, 37.0, 100] },
  ];
}

export const STAFF_COLUMNS: ColumnSpec[] = [
  { role: 'persons', header: 'Antal personer' },
  { role: 'employments', header: 'Antal anställningar' },
  { role: 'fullTimeEquivalents', header: 'Antal årsarbetare', decimals: 1 },
  { role: 'averageAge', header: 'Medelålder', decimals: 1 },
  { role: 'employmentRate', header: 'Sysselsättningsgrad (snitt)' },
];

export function staffModel(rows: RowSpec[] = staffRows()): ReportModel {
  return reportModel(ANNUAL, [numericTable('staff', { sheet: 'Personal', headerRow: 1, unit: 'count', columns: STAFF_COLUMNS, rows })]);
}
