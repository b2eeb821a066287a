import type { CellValue } from '../../grid/types';
import type { Figure, ReportModel } from '../../model/types';
import { SheetBuilder, GREY, TITLE_SIZE } from '../sheet-builder';
import { figureCellValue, figureFormat, figureNumber } from '../figures';
import { subtitle } from '../period';

/** The kinds of sheet the report generates (table kinds plus the draft text). */
export type ReportSheetKind =
  | 'operating'
  | 'investments'
  | 'indicators'
  | 'internalControl'
  | 'sickLeave'
  | 'staff'
  | 'workInjuries'
  | 'forecastAccuracy'
  | 'activities'
  | 'incomeStatement'
  | 'forecastReview'
  | 'text';

/** A generated sheet before it is named and marked. */
export interface SheetDraft {
  kind: ReportSheetKind;
  /** "Rapport Drift". */
  baseName: string;
  /** What the sheet is built from (table ids), for a stable id. */
  key: string;
  builder: SheetBuilder;
  /** Number of columns the sheet uses (for rules and merges). */
  lastCol: number;
}

/** Title (bold, larger) and the board/period sub-title in grey; returns the builder. */
export function startSheet(widths: number[], title: string, model: ReportModel): SheetBuilder {
  const b = new SheetBuilder(widths);
  b.set(1, 1, title, { bold: true, style: { fontSize: TITLE_SIZE } });
  b.set(2, 1, subtitle(model), { style: { fontColor: GREY } });
  b.skip(1);
  return b;
}

/** A header row: bold, wrapped, bottom-aligned, thin rule below; numeric columns right-aligned. */
export function headerRow(b: SheetBuilder, labels: string[], numericFrom = 2): number {
  const row = b.next();
  labels.forEach((label, i) => {
    const col = i + 1;
    b.set(row, col, label, {
      bold: true,
      style: { wrap: true, vertical: 'bottom', ...(col >= numericFrom ? { horizontal: 'right' } : {}) },
    });
  });
  b.rule(row, 'bottom', labels.length);
  return row;
}

/** A figure written as a number with its printed format, or its original text when unreadable. */
export function setFigure(b: SheetBuilder, row: number, col: number, f: Figure | undefined, bold = false, signed = false): void {
  const value: CellValue = figureCellValue(f);
  if (value === null) return;
  const numeric = figureNumber(f) !== null;
  b.set(row, col, value, {
    bold,
    ...(numeric ? { numFmt: signed ? signedFormat(f?.decimals ?? 0) : figureFormat(f) } : {}),
    style: numeric ? {} : { horizontal: 'right', wrap: true },
  });
}

/** Widths that fill an A4 portrait page (≈ 90 characters) given a label column. */
export function spreadWidths(labelWidth: number, numericCols: number, total = 88, min = 8, max = 13): number[] {
  const each = numericCols > 0 ? Math.max(min, Math.min(max, Math.floor((total - labelWidth) / numericCols))) : 0;
  return [labelWidth, ...Array.from({ length: numericCols }, () => each)];
}

/** A small note below a table (footnotes, period notes), wrapped across the table's width. */
export function noteRow(b: SheetBuilder, text: string, lastCol: number): number {
  const row = b.next();
  b.set(row, 1, text, { style: { wrap: true, italic: true, fontSize: 9, vertical: 'top' } });
  b.mergeAcross(row, 1, lastCol);
  return row;
}

/** "+0,1" / "-1,5" / "0,0": differences shown with an explicit sign, as the 2019 report prints them. */
export function signedFormat(decimals: number): string {
  if (decimals <= 0) return '+#,##0;-#,##0;0';
  const z = '0'.repeat(Math.min(decimals, 6));
  return `+0.${z};-0.${z};0.${z}`;
}

/** A difference column is shown signed when the workbook wrote its figures with a "+". */
export function writtenSigned(figures: (Figure | undefined)[]): boolean {
  return figures.some((f) => f?.raw !== undefined && f.raw.trim().startsWith('+'));
}
