import type { Figure, ReportModel, Row, TableKind } from '../model/types';
import type { WorkbookGrid } from '../grid/types';
import { findSheet, getCell } from '../grid/sheet';
import { parseA1 } from '../grid/address';
import { cellLabel } from './tables';

export interface PlacedFigure {
  figure: Figure;
  kind: TableKind;
  label: string;
  tableId: string;
}

/** Tables whose figures are summed or subtracted, where Excel's handling of text matters. */
export const NUMERIC_KINDS: readonly TableKind[] = ['operating', 'investments', 'staff', 'sickLeave', 'workInjuries', 'forecastAccuracy'];

/** Every figure in the model with a label for messages. */
export function* allFigures(model: ReportModel): Generator<PlacedFigure> {
  for (const t of model.tables) {
    if (t.kind === 'narrative' || t.kind === 'internalControl') continue;
    if (t.kind === 'indicators') {
      for (const g of t.goals) {
        for (const i of g.indicators) {
          const name = i.name.text.replace(/\s+/g, ' ').trim();
          if (i.outcome) yield { figure: i.outcome, kind: t.kind, label: `${name}, utfall`, tableId: t.id };
          for (const p of i.previousOutcomes) yield { figure: p.figure, kind: t.kind, label: `${name}, ${p.header}`, tableId: t.id };
        }
      }
      continue;
    }
    const columns = t.columns as { role: string; header: string }[];
    for (const row of t.rows as Row[]) {
      for (const [role, f] of Object.entries(row.values)) {
        if (f) yield { figure: f, kind: t.kind, label: cellLabel(row, columns.find((c) => c.role === role)), tableId: t.id };
      }
    }
  }
}

/** The formula behind a figure: the model's, else the grid's. */
export function formulaOf(figure: Figure, workbook: WorkbookGrid): string | undefined {
  if (figure.formula) return figure.formula;
  const sheet = findSheet(workbook, figure.ref.sheet);
  if (!sheet) return undefined;
  try {
    const { row, col } = parseA1(figure.ref.cell);
    return getCell(sheet, row, col)?.formula;
  } catch {
    return undefined;
  }
}
