import { toA1 } from '../grid/address';
import type { Finding } from '../model/finding';
import type { Figure, SourceRef, TextValue } from '../model/types';
import { parseNumber } from './numbers';
import type { SheetView } from './sheet-view';

export const UNREADABLE_RULE = 'mapping/unreadable-number';

/** Collects what building the model found; every figure keeps its cell. */
export interface FigureReader {
  readonly findings: Finding[];
  ref(row: number, col: number): SourceRef;
  /**
   * The number in a cell as a Figure. Unreadable content is reported as a finding and the value
   * is null, never 0. `what` names the role for the message ("Budget 2024, Personalkostnader").
   */
  figure(row: number, col: number, what: string): Figure;
  /** Text of a cell (a covered merge cell reads its master, and points at it). */
  text(row: number, col: number): TextValue | undefined;
  /** An assessment cell: its ref even when empty, its text and fill colour. */
  assessment(row: number, col: number): { ref: SourceRef; text: string | null; fill?: string };
}

/** A reader of one sheet. (Closures in one literal, not a class: see SheetView on shapes and GC.) */
export function figureReader(view: SheetView): FigureReader {
  const findings: Finding[] = [];
  const ref = (row: number, col: number): SourceRef => ({ sheet: view.name, cell: toA1(row, col) });
  const report = (fig: Figure, what: string): void => {
    const content = fig.raw ?? '';
    findings.push({
      rule: UNREADABLE_RULE,
      severity: 'error',
      sheet: fig.ref.sheet,
      cell: fig.ref.cell,
      messageId: fig.problem === 'error-value' ? 'errorValue' : 'notANumber',
      data: { content, what },
      message: `Cellen innehåller "${content}" och kan inte läsas som ett tal.`,
      messageEn: `The cell contains "${content}" and cannot be read as a number.`,
      actual: content,
    });
  };
  /** The merge master an empty covered cell shows (and points at); undefined: the cell shows itself. */
  const shownBy = (row: number, col: number): { row: number; col: number } | undefined => {
    const m = view.master(row, col);
    return m !== undefined && view.isEmpty(row, col) ? m : undefined;
  };
  return {
    findings,
    ref,
    figure: (row, col, what) => {
      const cell = view.cell(row, col);
      const p = parseNumber(cell?.value ?? null, cell?.numFmt);
      const fig: Figure = { value: p.value, ref: ref(row, col), decimals: p.decimals };
      if (p.fromText && p.value !== null) fig.fromText = true;
      if (cell?.formula) fig.formula = cell.formula;
      if (p.raw !== undefined && (p.fromText || p.problem)) fig.raw = p.raw;
      if (p.percent) fig.percent = true;
      if (p.problem) {
        fig.problem = p.problem;
        report(fig, what);
      }
      return fig;
    },
    text: (row, col) => {
      const m = shownBy(row, col);
      const r = m ? m.row : row;
      const c = m ? m.col : col;
      const t = view.text(r, c);
      return t ? { text: t, ref: ref(r, c) } : undefined;
    },
    assessment: (row, col) => {
      const m = shownBy(row, col);
      const r = m ? m.row : row;
      const c = m ? m.col : col;
      const t = view.text(r, c);
      const out: { ref: SourceRef; text: string | null; fill?: string } = { ref: ref(r, c), text: t || null };
      const fill = view.cell(r, c)?.fill;
      if (fill) out.fill = fill;
      return out;
    },
  };
}
