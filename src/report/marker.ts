import type { SheetGrid } from '../grid/types';
import { cellsOf } from '../grid/sheet';

/**
 * Generated sheets carry a small grey note at the bottom naming the tool and the sheet's id.
 * A sheet is the tool's own only when the saved state lists it under its current name AND its
 * marker cell holds the same id — a user's sheet that happens to share the name, or a copy the
 * user made of a generated sheet (same marker, other name), is never replaced.
 */

export const MARKER_PREFIX = 'Skapad av Nämndrapport · id ';
const MARKER_RE = /^Skapad av Nämndrapport · id (\S+)/;

export function markerText(id: string): string {
  return `${MARKER_PREFIX}${id} · bladet ersätts när rapporten skapas på nytt`;
}

/** The id in a sheet's marker cell, if it has one. */
export function markerId(sheet: SheetGrid): string | null {
  for (const cell of cellsOf(sheet)) {
    if (typeof cell.value !== 'string') continue;
    const m = MARKER_RE.exec(cell.value);
    if (m) return m[1];
  }
  return null;
}

/** 32-bit FNV-1a: a short, stable id from what a sheet is built from. */
export function stableId(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `nr-${h.toString(16).padStart(8, '0')}`;
}
