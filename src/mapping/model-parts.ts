import { parseRange, toA1 } from '../grid/address';
import type { TableMapping } from '../model/mapping-types';
import type { Column, Unit } from '../model/types';
import { columnFacets } from '../structure/headers';

/** Columns of the model table, each pointing at its (first) header cell. */
export function modelColumns<C extends string>(t: TableMapping, allowed?: readonly string[]): Column<C>[] {
  return t.columns
    .filter((c) => !allowed || allowed.includes(c.role))
    .map((c) => {
      const col: Column<C> = {
        role: c.role as C,
        header: c.header,
        ref: { sheet: t.sheet, cell: toA1(t.headerRows[0] ?? parseRange(t.range).top, c.col) },
        col: c.col,
      };
      if (c.year !== undefined) col.year = c.year;
      if (c.date) col.date = c.date;
      // A saved mapping may predate facets: read them from the header again.
      const facets = c.facets ?? columnFacets(c.header);
      if (facets) col.facets = facets;
      return col;
    });
}

/** The column of each role (the first column holding it): the columns are looked through once per table, not per row. */
export function columnOfRole(t: TableMapping): (role: string) => number | undefined {
  const first = new Map<string, number>();
  for (const c of t.columns) if (!first.has(c.role)) first.set(c.role, c.col);
  return (role) => first.get(role);
}

export function tableBase(t: TableMapping): { id: string; sheet: string; range: string; title?: string; unit: Unit } {
  const base: { id: string; sheet: string; range: string; title?: string; unit: Unit } = {
    id: `${t.kind}:${t.sheet}!${t.range.split(':')[0]}`,
    sheet: t.sheet,
    range: t.range,
    unit: t.unit,
  };
  if (t.title) base.title = t.title;
  return base;
}
