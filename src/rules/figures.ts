import type { Figure, ReportModel, Row, TableKind } from '../model/types';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { getCell, sheetsByName } from '../grid/sheet';
import { parseA1 } from '../grid/address';
import { cellLabel } from './tables';

export interface PlacedFigure {
  figure: Figure;
  kind: TableKind;
  label: string;
  tableId: string;
}

/** Tables whose figures are summed or subtracted, where Excel's handling of text matters. */
export const NUMERIC_KINDS: readonly TableKind[] = ['operating', 'investments', 'staff', 'sickLeave', 'workInjuries', 'forecastAccuracy', 'activities', 'incomeStatement', 'forecastReview'];

/** A placed figure whose label is only built when a message reads it (most figures raise none). */
class Placed implements PlacedFigure {
  private built: string | undefined;

  constructor(
    readonly figure: Figure,
    readonly kind: TableKind,
    readonly tableId: string,
    private readonly makeLabel: () => string,
  ) {}

  get label(): string {
    return (this.built ??= this.makeLabel());
  }
}

function placed(figure: Figure, kind: TableKind, tableId: string, makeLabel: () => string): PlacedFigure {
  return new Placed(figure, kind, tableId, makeLabel);
}

/** A figure of a table row: its label is the row's and its column's, built on demand (no closure per figure). */
class PlacedCell implements PlacedFigure {
  private built: string | undefined;

  constructor(
    readonly figure: Figure,
    readonly kind: TableKind,
    readonly tableId: string,
    private readonly row: Row,
    private readonly role: string,
    private readonly columns: { role: string; header: string }[],
  ) {}

  get label(): string {
    return (this.built ??= cellLabel(this.row, this.columns.find((c) => c.role === this.role)));
  }
}

/**
 * Whether a cell rule may report the figure: a problem (error value, not a number), a number
 * stored as text, or a formula without a saved value. Most figures are none of these.
 */
function isOdd(f: Figure): boolean {
  return !!f.problem || !!f.fromText || (!!f.formula && f.value === null);
}

/**
 * The figures of allFigures(ctx.model) that a cell rule may report (isOdd), in the same order:
 * walked once per validate call and shared by the cell rules, each filtering for its own kind.
 * Only these are placed (a label builder each); the thousands of plain figures allocate nothing.
 */
export function oddFigures(ctx: { model: ReportModel; shared: Map<string, unknown> }): readonly PlacedFigure[] {
  let list = ctx.shared.get('oddFigures') as PlacedFigure[] | undefined;
  if (!list) {
    list = [...allFigures(ctx.model, isOdd)];
    ctx.shared.set('oddFigures', list);
  }
  return list;
}

/**
 * Every figure in the model with a label for messages (only those `keep` accepts: a figure left
 * out is never placed, so a filter over thousands of plain figures allocates nothing for them).
 */
export function* allFigures(model: ReportModel, keep: (f: Figure) => boolean = () => true): Generator<PlacedFigure> {
  for (const t of model.tables) {
    if (t.kind === 'narrative' || t.kind === 'internalControl') continue;
    if (t.kind === 'indicators') {
      for (const g of t.goals) {
        for (const i of g.indicators) {
          const name = i.name.text.replace(/\s+/g, ' ').trim();
          if (i.outcome && keep(i.outcome)) yield placed(i.outcome, t.kind, t.id, () => `${name}, utfall`);
          for (const p of i.previousOutcomes) if (keep(p.figure)) yield placed(p.figure, t.kind, t.id, () => `${name}, ${p.header}`);
        }
      }
      continue;
    }
    const columns = t.columns as { role: string; header: string }[];
    for (const row of t.rows as Row[]) {
      const values = row.values as Record<string, Figure | undefined>;
      // for…in visits the same keys in the same order as Object.entries, without the pair arrays.
      for (const role in values) {
        const f = values[role];
        if (f && keep(f)) yield new PlacedCell(f, t.kind, t.id, row, role, columns);
      }
    }
  }
}

/**
 * The formula behind each figure of one workbook (the model's, else the grid's): each sheet found
 * by name once, not by a walk over every sheet per figure.
 */
export function formulaLookup(workbook: WorkbookGrid): (figure: Figure) => string | undefined {
  const sheets = sheetsByName(workbook);
  return (figure) => formulaIn(sheets, figure);
}

/** The look-up's body in a module function, whose optimized code outlives the closure (see sheetRead in xlsx/reader.ts). */
function formulaIn(sheets: Map<string, SheetGrid>, figure: Figure): string | undefined {
  if (figure.formula) return figure.formula;
  const sheet = sheets.get(figure.ref.sheet);
  if (!sheet) return undefined;
  try {
    const { row, col } = parseA1(figure.ref.cell);
    return getCell(sheet, row, col)?.formula;
  } catch {
    return undefined;
  }
}

