import type { TableMapping } from '../../../src/model/mapping-types';

export function columnRoles(t: TableMapping): Record<string, string> {
  return Object.fromEntries(t.columns.map((c) => [c.letter, c.role]));
}

export function rowRoles(t: TableMapping): Record<number, string> {
  return Object.fromEntries(t.rows.map((r) => [r.row, r.role]));
}
