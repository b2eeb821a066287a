import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../grid/types';
import { isCellError } from '../../grid/types';
import { toA1, type RangeBox } from '../../grid/address';
import { dateToSerial } from '../convert';

/** Mutations of a WorkbookGrid the way Excel would apply them; used by the in-browser Excel. */

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function findSheetByName(wb: WorkbookGrid, name: string): SheetGrid | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

function isEmptyCell(c: Cell): boolean {
  return (
    (c.value === null || c.value === undefined || c.value === '') &&
    c.formula === undefined &&
    c.fill === undefined &&
    c.numFmt === undefined &&
    !c.bold &&
    c.merge === undefined
  );
}

/** Apply a patch to one cell, creating or pruning it. */
export function patchCell(sheet: SheetGrid, row: number, col: number, patch: Partial<Cell>): void {
  const line = sheet.rows[row - 1] ?? (sheet.rows[row - 1] = []);
  const prior = line[col - 1];
  const next: Cell = { ...(prior ?? { address: toA1(row, col), row, col, value: null }), ...patch };
  for (const key of Object.keys(next) as (keyof Cell)[]) if (next[key] === undefined) delete next[key];
  if (next.value === undefined) next.value = null;
  line[col - 1] = isEmptyCell(next) ? undefined : next;
}

/** The used range: bounding box of cells with a value (valuesOnly) or with anything at all. */
export function usedBox(sheet: SheetGrid, valuesOnly: boolean): RangeBox | null {
  let box: RangeBox | null = null;
  sheet.rows.forEach((line, ri) => {
    line?.forEach((c, ci) => {
      if (!c) return;
      const hasValue = (c.value !== null && c.value !== '') || c.formula !== undefined;
      if (valuesOnly && !hasValue) return;
      const r = ri + 1;
      const col = ci + 1;
      if (!box) box = { top: r, left: col, bottom: r, right: col };
      else {
        box.top = Math.min(box.top, r);
        box.left = Math.min(box.left, col);
        box.bottom = Math.max(box.bottom, r);
        box.right = Math.max(box.right, col);
      }
    });
  });
  return box;
}

/** What Office.js returns in `values` for a cell. */
export function officeValue(c: Cell | undefined): unknown {
  const v = c?.value;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (v instanceof Date) return dateToSerial(v);
  return v;
}

export function officeValueType(c: Cell | undefined): string {
  const v = c?.value;
  if (v === null || v === undefined || v === '') return 'Empty';
  if (isCellError(v)) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  if (v instanceof Date) return 'Double';
  return 'String';
}

const ERROR_TEXT = /^#(REF!|DIV\/0!|N\/A|NAME\?|NULL!|NUM!|VALUE!|SPILL!|CALC!)$/;

/**
 * What Excel stores when a program writes `input` into a cell, as if typed: a leading
 * apostrophe forces text, `=` starts a formula, and number-like text becomes a number.
 * Returns undefined for null (Office.js leaves such cells unchanged).
 */
export function enterInput(input: unknown, textFormat: boolean): Partial<Cell> | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: undefined };
  if (input instanceof Date) return { value: input, formula: undefined };
  const s = String(input);
  if (s === '') return { value: null, formula: undefined };
  if (textFormat) return { value: s, formula: undefined };
  if (s.startsWith("'")) return { value: s.slice(1), formula: undefined };
  if (ERROR_TEXT.test(s)) return { value: { error: s }, formula: undefined };
  const plain = s.replace(/,/g, '');
  if (/^[+-]?\d+(\.\d+)?$/.test(plain)) return { value: Number(plain), formula: undefined };
  if (/^[+-]?\d+(\.\d+)?%$/.test(plain)) return { value: Number(plain.slice(0, -1)) / 100, formula: undefined };
  if (/^[=+\-@]./.test(s)) {
    // Excel reads these as formulas; this workbook cannot calculate, so the value is unknown.
    const formula = s.replace(/^[=@]/, '').replace(/^\+/, '');
    return { value: { error: '#NAME?' } as CellValue, formula };
  }
  return { value: s, formula: undefined };
}

export function cloneGrid(wb: WorkbookGrid): WorkbookGrid {
  return {
    sheets: wb.sheets.map((s) => ({
      ...s,
      merges: [...s.merges],
      hiddenRows: s.hiddenRows ? [...s.hiddenRows] : undefined,
      hiddenColumns: s.hiddenColumns ? [...s.hiddenColumns] : undefined,
      rows: s.rows.map((line) => (line ? line.map((c) => (c ? { ...c } : undefined)) : line)),
    })),
  };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
