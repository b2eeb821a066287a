import { parseA1 } from './address';
import { getCell } from './sheet';
import type { SheetGrid, WorkbookGrid } from './types';
import { STATE_SHEET, type GeneratedSheet, type ToolState } from './tool-state';

/**
 * What the tool owns in a workbook, decided by the workbook itself and not by the state alone:
 * the state sheet is a sheet anyone can edit, so a sheet it lists is the tool's only when that
 * sheet's one marker cell carries the id the state records. A user's sheet that happens to share
 * a listed name, or that quotes the marker text somewhere, is never skipped, replaced or deleted.
 */

const MARKER_RE = /^Skapad av Nämndrapport · id (\S+)/;

/** The marker cell of a generated sheet when the state does not record it: column A of the last row. */
export function defaultMarkerCell(sheet: SheetGrid): { row: number; col: number } | undefined {
  for (let i = sheet.rows.length - 1; i >= 0; i--) {
    const row = sheet.rows[i];
    if (row && row.some((c) => c && c.value !== null && c.value !== '')) return { row: i + 1, col: 1 };
  }
  return undefined;
}

/** The id in a sheet's marker cell (the recorded one, else column A of the last row), if any. */
export function markerId(sheet: SheetGrid, at?: string): string | null {
  let pos: { row: number; col: number } | undefined;
  try {
    pos = at ? parseA1(at) : defaultMarkerCell(sheet);
  } catch {
    return null;
  }
  if (!pos) return null;
  const v = getCell(sheet, pos.row, pos.col)?.value;
  if (typeof v !== 'string') return null;
  const m = MARKER_RE.exec(v);
  return m ? m[1] : null;
}

/** The generated sheets the workbook confirms: listed under their exact name, with the listed id in the marker cell. */
export function ownGeneratedSheets(wb: WorkbookGrid, state: ToolState): GeneratedSheet[] {
  const byName = new Map(wb.sheets.map((s) => [s.name, s] as const));
  const seen = new Set<string>();
  return (state.generatedSheets ?? []).filter((g) => {
    const sheet = byName.get(g.name);
    if (!sheet || g.name.toLocaleLowerCase('sv-SE') === STATE_SHEET.toLocaleLowerCase('sv-SE') || seen.has(g.name)) return false;
    if (markerId(sheet, g.marker) !== g.id) return false;
    seen.add(g.name);
    return true;
  });
}
