import { toA1, parseRange } from '../grid/address';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import type { ColumnMapping, TableMapping, WorkbookMapping } from '../model/mapping-types';
import { columnFacets } from '../structure/headers';
import { inferRecurring, type RecurringFacets, type RecurringOptions, type RecurringRelation, type RecurringTableInput } from '../structure/recurring';
import { parseNumber } from './numbers';

/**
 * The mapped tables as the recurring-figures inference reads them (src/structure/recurring.ts):
 * each table's rows with their labels, its figure columns with their header facets, and the
 * figures as printed. Used by `map` (src/format/mapping.ts) and the pane's notes.
 */

/** Kinds whose figures are amounts or counts that another table may repeat (not text, not targets). */
const SKIP_KINDS = new Set(['narrative', 'indicators', 'internalControl']);

export function tableId(t: TableMapping): string {
  return `${t.sheet}!${t.range}`;
}

/** The header's facets: those the mapping kept, or the header read again; the mapped year when it names none. */
export function facetsOf(c: ColumnMapping): RecurringFacets | undefined {
  const f: RecurringFacets = { ...(c.facets ?? columnFacets(c.header) ?? {}) };
  if (!f.years?.length && c.year) f.years = [c.year];
  if (/%/.test(c.header)) f.percent = true;
  return Object.keys(f).length ? f : undefined;
}

export function recurringInput(sheet: SheetGrid, t: TableMapping): RecurringTableInput | undefined {
  if (SKIP_KINDS.has(t.kind)) return undefined;
  const cols = t.columns.filter((c) => c.role !== 'label' && c.role !== 'ignore');
  if (!cols.length) return undefined;
  try {
    parseRange(t.range);
  } catch {
    return undefined;
  }
  const rows = t.rows.map((r) => ({
    row: r.row,
    label: r.label,
    figures: cols.map((c) => {
      const cell = sheet.rows[r.row - 1]?.[c.col - 1];
      if (!cell || cell.value === null) return undefined;
      const p = parseNumber(cell.value, cell.numFmt);
      if (p.value === null || p.problem || p.percent) return undefined;
      return { value: p.value, decimals: p.decimals, cell: toA1(r.row, c.col) };
    }),
  }));
  return {
    id: tableId(t),
    sheet: t.sheet,
    unit: t.unit,
    columns: cols.map((c) => ({ col: c.col, header: c.header.replace(/\s+/g, ' ').trim(), facets: facetsOf(c) })),
    rows,
  };
}

/** Recurring columns between the mapped tables of a workbook. */
export function mappingRecurring(grid: WorkbookGrid, mapping: WorkbookMapping, options?: RecurringOptions): RecurringRelation[] {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const inputs: RecurringTableInput[] = [];
  for (const t of mapping.tables) {
    const sheet = sheets.get(t.sheet);
    const input = sheet && recurringInput(sheet, t);
    if (input) inputs.push(input);
  }
  return inferRecurring(inputs, options);
}
