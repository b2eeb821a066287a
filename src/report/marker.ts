
/**
 * Generated sheets carry a small grey note at the bottom naming the tool and the sheet's id.
 * A sheet is the tool's own only when the saved state lists it under its current name AND its
 * marker cell holds the same id — a user's sheet that happens to share the name, or a copy the
 * user made of a generated sheet (same marker, other name), is never replaced.
 */

export const MARKER_PREFIX = 'Skapad av Nämndrapport · id ';
// The marker is read from its one cell only (src/grid/owned.ts), never searched for.
export { markerId } from '../grid/owned';

export function markerText(id: string): string {
  return `${MARKER_PREFIX}${id} · bladet ersätts när rapporten skapas på nytt`;
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
