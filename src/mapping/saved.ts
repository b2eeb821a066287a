import { columnLetters } from '../grid/address';
import type { TableMapping } from '../model/mapping-types';
import { headerTexts } from './detect-headers';
import { KIND_NAMES } from './kind-names';
import { matchKey } from './normalize';
import type { SheetView } from './sheet-view';

/**
 * Whether a saved (user-confirmed) table mapping still fits the workbook: its sheet exists and
 * every mapped column's header reads the same. Returns the reason in Swedish when it does not.
 */
export function savedTableProblem(t: TableMapping, view: SheetView | undefined): string | undefined {
  if (!view) return `bladet "${t.sheet}" finns inte längre`;
  if (t.headerRows.length === 0) return undefined;
  const texts = headerTexts(view, t.headerRows);
  for (const c of t.columns) {
    if (!c.header) continue;
    const now = texts.get(c.col) ?? '';
    if (matchKey(now) !== matchKey(c.header)) {
      const cell = `${columnLetters(c.col)}${t.headerRows[0]}`;
      return now
        ? `rubriken i ${cell} är nu "${now}" i stället för "${c.header}"`
        : `rubriken "${c.header}" i ${cell} finns inte längre`;
    }
  }
  return undefined;
}

export function savedMismatchReason(t: TableMapping, why: string): string {
  return `Den sparade kopplingen för tabellen ${KIND_NAMES[t.kind] ?? t.kind} på bladet "${t.sheet}" (${t.range}) gäller inte längre: ${why}. Tabellen har identifierats på nytt.`;
}
