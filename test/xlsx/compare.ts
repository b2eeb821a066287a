import type { Cell, SheetGrid, WorkbookGrid } from '../../src/grid/types';

/** Everything the grid knows about a cell, as a comparable string (dates by their time value). */
export function cellKey(c: Cell): string {
  const value = c.value instanceof Date ? { date: c.value.getTime() } : c.value;
  return JSON.stringify([c.address, value, c.formula ?? null, c.numFmt ?? null, c.fill ?? null, c.bold ?? false, c.indent ?? 0, c.merge ?? null]);
}

export function cellMap(sheet: SheetGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of sheet.rows) {
    if (!row) continue;
    for (const c of row) if (c) out.set(c.address, cellKey(c));
  }
  return out;
}

/** Addresses ("Sheet!A1") whose cells differ between two workbooks, plus sheets present in only one. */
export function diffWorkbooks(a: WorkbookGrid, b: WorkbookGrid): string[] {
  const diffs: string[] = [];
  const names = new Set([...a.sheets.map((s) => s.name), ...b.sheets.map((s) => s.name)]);
  for (const name of names) {
    const sa = a.sheets.find((s) => s.name === name);
    const sb = b.sheets.find((s) => s.name === name);
    if (!sa || !sb) {
      diffs.push(`${name}!*`);
      continue;
    }
    const ma = cellMap(sa);
    const mb = cellMap(sb);
    for (const addr of new Set([...ma.keys(), ...mb.keys()])) {
      if (ma.get(addr) !== mb.get(addr)) diffs.push(`${name}!${addr}`);
    }
    if (JSON.stringify(sa.merges) !== JSON.stringify(sb.merges)) diffs.push(`${name}!merges`);
    if ((sa.state ?? 'visible') !== (sb.state ?? 'visible')) diffs.push(`${name}!state`);
    if (JSON.stringify(sa.hiddenRows ?? []) !== JSON.stringify(sb.hiddenRows ?? [])) diffs.push(`${name}!hiddenRows`);
  }
  return diffs.sort();
}

export function countCells(wb: WorkbookGrid): number {
  let n = 0;
  for (const s of wb.sheets) n += cellMap(s).size;
  return n;
}
