import type { Cell, CellValue, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { isCellError } from '../../src/grid/types';

/** Cell-by-cell comparison of two workbook grids, for "nothing lost" properties. */

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x instanceof Date || y instanceof Date) return x instanceof Date && y instanceof Date && x.getTime() === y.getTime();
  if (isCellError(x) || isCellError(y)) return isCellError(x) && isCellError(y) && x.error === y.error;
  if (typeof x === 'number' && typeof y === 'number') return Object.is(x, y) || x === y;
  return x === y;
}

function cellMap(sheet: SheetGrid): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const row of sheet.rows) for (const c of row ?? []) if (c) out.set(c.address, c);
  return out;
}

function show(c: Cell | undefined): string {
  if (!c) return '(tom)';
  const v = c.value instanceof Date ? c.value.toISOString() : JSON.stringify(c.value);
  return `${v}${c.formula ? ` =${c.formula}` : ''}${c.fill ? ` fill ${c.fill}` : ''}`;
}

/**
 * Differences of one sheet: value, formula, number format, fill, bold, merges, hidden rows and
 * visibility. `allowed` names cells (A1) that may differ.
 */
export function diffSheet(a: SheetGrid, b: SheetGrid, allowed: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const ca = cellMap(a);
  const cb = cellMap(b);
  for (const addr of new Set([...ca.keys(), ...cb.keys()])) {
    if (allowed.has(addr)) continue;
    const x = ca.get(addr);
    const y = cb.get(addr);
    const differs =
      !same(x?.value, y?.value) ||
      (x?.formula ?? '') !== (y?.formula ?? '') ||
      (x?.numFmt ?? '') !== (y?.numFmt ?? '') ||
      (x?.fill ?? '') !== (y?.fill ?? '') ||
      Boolean(x?.bold) !== Boolean(y?.bold);
    if (differs) out.push(`${a.name}!${addr}: ${show(x)} → ${show(y)}`);
  }
  const ma = [...a.merges].sort().join(',');
  const mb = [...b.merges].sort().join(',');
  if (ma !== mb) out.push(`${a.name}: merges ${ma} → ${mb}`);
  const ha = [...(a.hiddenRows ?? [])].sort((p, q) => p - q).join(',');
  const hb = [...(b.hiddenRows ?? [])].sort((p, q) => p - q).join(',');
  if (ha !== hb) out.push(`${a.name}: hidden rows ${ha} → ${hb}`);
  const hca = [...(a.hiddenColumns ?? [])].sort((p, q) => p - q).join(',');
  const hcb = [...(b.hiddenColumns ?? [])].sort((p, q) => p - q).join(',');
  if (hca !== hcb) out.push(`${a.name}: hidden columns ${hca} → ${hcb}`);
  if ((a.state ?? 'visible') !== (b.state ?? 'visible')) out.push(`${a.name}: state ${a.state ?? 'visible'} → ${b.state ?? 'visible'}`);
  return out;
}

/**
 * Every sheet of `before` must be in `after`, unchanged except for the allowed cells
 * ("Sheet!A1") and the sheets in `skip` (the tool's own).
 */
export function diffWorkbooks(before: WorkbookGrid, after: WorkbookGrid, allowedCells: ReadonlySet<string>, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const s of before.sheets) {
    if (skip.has(s.name)) continue;
    const t = after.sheets.find((x) => x.name === s.name);
    if (!t) {
      out.push(`sheet "${s.name}" is gone`);
      continue;
    }
    const allowed = new Set([...allowedCells].filter((k) => k.startsWith(`${s.name}!`)).map((k) => k.slice(s.name.length + 1)));
    out.push(...diffSheet(s, t, allowed));
  }
  return out;
}
