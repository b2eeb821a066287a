import { columnLetters, parseRange } from '../grid/address';
import type { WorkbookGrid } from '../grid/types';
import type { WorkbookMapping } from '../model/mapping-types';
import { headerTexts } from './column-roles';
import { sheetView, type SheetView } from './sheet-view';

/**
 * What the mapper left out, one row or column at a time, placed in the table it belongs to: the
 * task pane lists each under its table with the reason and lets the controller give it a role.
 * `unmapped` keeps a run of unknown rows as one region (a 50 000-row sheet gives one line); here
 * a run is opened into its rows, up to `maxPerRegion` of them.
 */

export interface LeftOutItem {
  sheet: string;
  /** Index into `mapping.tables` of the table the row or column lies in; absent outside tables. */
  table?: number;
  axis: 'row' | 'column' | 'region';
  /** 1-based sheet row (axis "row"). */
  row?: number;
  /** 1-based sheet column (axis "column"). */
  col?: number;
  /** Column letters (axis "column"). */
  letter?: string;
  /** The row's label or the column's header text as the sheet writes it (the board's own words). */
  text: string;
  /** The region as the mapper reported it, and its Swedish reason. */
  range: string;
  reason: string;
}

const MAX_PER_REGION = 200;

export function leftOutItems(wb: WorkbookGrid, mapping: WorkbookMapping, maxPerRegion = MAX_PER_REGION): LeftOutItem[] {
  const views = new Map<string, SheetView>();
  const view = (name: string): SheetView | undefined => {
    let v = views.get(name);
    if (!v) {
      const sheet = wb.sheets.find((s) => s.name === name);
      if (!sheet) return undefined;
      v = sheetView(sheet);
      views.set(name, v);
    }
    return v;
  };
  const boxes = mapping.tables.map((t) => {
    try {
      return parseRange(t.range);
    } catch {
      return undefined;
    }
  });
  const out: LeftOutItem[] = [];
  for (const u of mapping.unmapped) {
    let box;
    try {
      box = u.range ? parseRange(u.range) : undefined;
    } catch {
      box = undefined;
    }
    if (!box) {
      out.push({ sheet: u.sheet, axis: 'region', text: '', range: u.range, reason: u.reason });
      continue;
    }
    const b = box;
    const index = mapping.tables.findIndex((t, i) => {
      const tb = boxes[i];
      return t.sheet === u.sheet && tb !== undefined && b.top >= tb.top && b.bottom <= tb.bottom && b.left >= tb.left && b.right <= tb.right;
    });
    const table = index >= 0 ? mapping.tables[index] : undefined;
    // A sheet is looked at only for regions inside a table: a 20 000-row ledger beside the
    // report stays one "not recognised" line without building a view of it.
    const v = table ? view(u.sheet) : undefined;
    if (!table || !v) {
      out.push({ sheet: u.sheet, axis: 'region', text: '', range: u.range, reason: u.reason });
      continue;
    }
    // A column region runs from the table's header down (one column wide); a row region spans the table.
    if (b.left === b.right && table.headerRows.includes(b.top)) {
      const header = headerTexts(v, table.headerRows).get(b.left) ?? '';
      out.push({ sheet: u.sheet, table: index, axis: 'column', col: b.left, letter: columnLetters(b.left), text: header, range: u.range, reason: u.reason });
      continue;
    }
    let n = 0;
    for (let r = b.top; r <= b.bottom && n < maxPerRegion; r++) {
      const cols = v.filledCols(r, b.left, b.right);
      if (cols.length === 0) continue;
      const text = v.text(r, b.left) || v.text(r, cols[0]);
      out.push({ sheet: u.sheet, table: index, axis: 'row', row: r, text, range: u.range, reason: u.reason });
      n++;
    }
  }
  return out;
}
