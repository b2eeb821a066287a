import { describeFacets, readColumnHeader } from '../structure/headers';
import type { HeaderColumn, HeaderHit } from './detect-headers';
import { headerColumn } from './column-roles';
import type { SheetView } from './sheet-view';
import type { Body } from './table-body';

/**
 * A Drift table whose rows are not cost types but activities, units or boards (Förskola,
 * Kommunstyrelsen, Barn- och utbildningsnämnd): too few of its rows are known Drift rows for it
 * to be an operating statement. It becomes a table per verksamhet, every headed figure column
 * kept with the role its header reads as ("intäkter 2021", "nettokostnad 2021", "budget 2021").
 */

const MIN_ROWS = 4;
const KNOWN_SHARE = 0.34;

/** The role of a column of a table per verksamhet: its header read compositionally. */
export function activityColumnRole(text: string): string | undefined {
  const f = readColumnHeader([text]);
  if (!f.scenario && !f.measure && !f.years.length) return undefined;
  return describeFacets(f);
}

/** Most filled cells of the column below the header hold percentages. */
function percentColumn(view: SheetView, col: number, body: Body): boolean {
  let n = 0;
  let p = 0;
  for (const r of body.rows) {
    const cell = view.cell(r.row, col);
    if (!cell || cell.value === null) continue;
    n++;
    if (/%/.test(cell.numFmt ?? '') || (typeof cell.value === 'string' && /%\s*$/.test(cell.value))) p++;
  }
  return n > 0 && p * 2 > n;
}

export function activitiesHit(view: SheetView, hit: HeaderHit, body: Body): HeaderHit | undefined {
  if (hit.kind !== 'operating') return undefined;
  const data = body.rows.filter((r) => r.role !== 'note');
  if (data.length < MIN_ROWS) return undefined;
  const known = data.filter((r) => r.role !== 'other').length;
  if (known / data.length >= KNOWN_SHARE) return undefined;
  const used = new Map<string, number>();
  const columns: HeaderColumn[] = hit.columns.map((c) => {
    if (c.col === hit.labelCol) return headerColumn(c.col, c.header, 'label');
    let role = c.header.text ? activityColumnRole(c.header.text) : undefined;
    if (role && percentColumn(view, c.col, body) && !role.endsWith('%')) role = `${role} %`;
    if (role) {
      const n = (used.get(role) ?? 0) + 1;
      used.set(role, n);
      // "Förändring 2012/2013" in tkr and in %: two columns, two roles.
      if (n > 1) role = `${role} (${n})`;
    }
    return headerColumn(c.col, c.header, role);
  });
  if (columns.filter((c) => c.role && c.role !== 'label').length < 2) return undefined;
  return { ...hit, kind: 'activities', columns };
}
