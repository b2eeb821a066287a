/**
 * The slice of the Excel JavaScript API this adapter uses, as structural types. Office's own
 * `Excel.RequestContext` satisfies them (cast once, in office-host.ts), and so does the
 * in-browser implementation in ./fake — so demo mode, tests and Excel run the same code.
 */

export interface XClientResult<T> {
  readonly value: T;
}

export interface XCellProps {
  format?: {
    fill?: { color?: string; pattern?: string };
    font?: { bold?: boolean };
    indentLevel?: number;
  };
}

export interface XRowProps {
  rowIndex?: number;
  rowHidden?: boolean;
}

export interface XColumnProps {
  columnIndex?: number;
  columnHidden?: boolean;
}

export interface XFill {
  color: string;
  clear(): void;
  load(propertyNames: string): unknown;
}

export interface XRangeFormat {
  readonly fill: XFill;
  readonly font: { bold: boolean };
  columnWidth: number;
}

export interface XRange {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly valueTypes: string[][];
  readonly format: XRangeFormat;
  load(propertyNames: string): unknown;
  getCellProperties(options: object): XClientResult<XCellProps[][]>;
  getRowProperties(options: object): XClientResult<XRowProps[]>;
  /** ExcelApi 1.9, like getRowProperties. */
  getColumnProperties(options: object): XClientResult<XColumnProps[]>;
  getMergedAreasOrNullObject(): XRangeAreas;
  getCell(row: number, column: number): XRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XRange;
  getIntersection(anotherRange: XRange): XRange;
  /** ExcelApi 1.9: e.g. ("Constants", "Text") — the text cells typed in, counted cheaply. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): XSpecialCells;
  merge(across?: boolean): void;
  clear(applyTo?: string): void;
  select(): void;
}

export interface XRangeAreas {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly format: { readonly fill: XFill; readonly font: { bold: boolean } };
  load(propertyNames: string): unknown;
}

export interface XSpecialCells {
  readonly isNullObject: boolean;
  readonly cellCount: number;
  load(propertyNames: string): unknown;
}

export interface XWorksheet {
  readonly isNullObject: boolean;
  name: string;
  visibility: string;
  /** Zero-based place among the sheets. */
  position: number;
  readonly protection: { readonly protected: boolean; load(propertyNames: string): unknown };
  readonly pageLayout: { orientation: string };
  getRange(address?: string): XRange;
  getRanges(address?: string): XRangeAreas;
  getUsedRange(valuesOnly?: boolean): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  activate(): void;
  delete(): void;
  load(propertyNames: string): unknown;
}

export interface XWorksheetCollection {
  readonly items: XWorksheet[];
  load(propertyNames: string): unknown;
  getItem(name: string): XWorksheet;
  getItemOrNullObject(name: string): XWorksheet;
  add(name?: string): XWorksheet;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };
  /** Workbook structure protection (ExcelApi 1.7): no sheets may be added, deleted or hidden. */
  readonly protection: { readonly protected: boolean; load(propertyNames: string): unknown };
}

export interface XContext {
  readonly workbook: XWorkbook;
  sync(): Promise<unknown>;
}

/**
 * Where the adapter runs: Excel (Office.js) or the in-browser workbook. `supports` answers
 * `Office.context.requirements.isSetSupported('ExcelApi', version)`.
 */
export interface ExcelHost {
  run<T>(batch: (ctx: XContext) => Promise<T>): Promise<T>;
  supports(version: string): boolean;
}
