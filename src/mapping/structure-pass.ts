import { columnLetters, formatRange } from '../grid/address';
import type { RowMapping, TableStructure } from '../model/mapping-types';
import { headerFacets } from '../structure/headers';
import { inferRowHierarchy, readRowLabel, type BodyCell, type HierarchyStats } from '../structure/rows';
import type { HeaderHit } from './detect-headers';
import { KIND_NAMES } from './kind-names';
import { forecastColumnRelations } from './forecast-review';
import { incomeStructure } from './income-statement';
import { parseNumber } from './numbers';
import type { SheetView } from './sheet-view';
import type { Body } from './table-body';

/**
 * The structure pass over a mapped table's body: the row hierarchy from the numbers decides
 * what a row the vocabulary did not know is. A row whose numbers add up with the cost groups
 * into Verksamhetens kostnader is a cost group; a row no total explains stays in the table,
 * checked by no rule, and is listed as not understood — never dropped silently.
 */

const COST_PARTS = new Set(['personnel', 'premises', 'purchasedServices', 'otherCosts', 'costGroup']);

/** The figure columns of the table, with whether they hold percentages (which never add up). */
function figureColumns(view: SheetView, hit: HeaderHit, body: Body, rows: readonly RowMapping[]): { col: number; percent: boolean }[] {
  const out: { col: number; percent: boolean }[] = [];
  for (const c of hit.columns) {
    if (!c.role || c.role === 'label' || c.col < body.left || c.col > body.right) continue;
    const facets = headerFacets(c.header.text);
    out.push({ col: c.col, percent: !!facets.percent || mostlyPercent(view, rows, c.col) });
  }
  return out;
}

/** Whether most filled cells of the column are percentages (by their value or their format). */
function mostlyPercent(view: SheetView, rows: readonly RowMapping[], col: number): boolean {
  let n = 0;
  let p = 0;
  for (const r of rows) {
    const cell = view.cell(r.row, col);
    if (!cell || cell.value === null) continue;
    n++;
    if (parseNumber(cell.value, cell.numFmt).percent || /%/.test(cell.numFmt ?? '')) p++;
  }
  return n > 0 && p > n / 2;
}

/**
 * The role an unnamed row's numbers give it: a part of Verksamhetens kostnader (or a sibling of
 * cost groups) is a cost group; the sum of intäkter and kostnader is the net cost; the sum of
 * the net cost and the allocation is the result. Anything else stays unnamed.
 */
function nameByNumbers(rows: readonly RowMapping[], h: ReturnType<typeof inferRowHierarchy>, i: number): string | undefined {
  const parent = h.parent[i];
  if (parent !== undefined) {
    const siblings = h.sums.find((s) => s.total === parent)?.parts.map((p) => rows[p].role) ?? [];
    if (rows[parent].role === 'totalCosts' || siblings.some((role) => COST_PARTS.has(role))) return 'costGroup';
  }
  const own = h.sums.find((s) => s.total === i);
  if (!own) return undefined;
  const parts = new Set(own.parts.map((p) => rows[p].role));
  const has = (role: string) => rows.some((r) => r.role === role);
  if (parts.size === 2 && parts.has('revenue') && parts.has('totalCosts') && !has('netCosts')) return 'netCosts';
  if (parts.has('netCosts') && parts.has('allocation') && [...parts].every((p) => ['netCosts', 'allocation', 'financialNet'].includes(p)) && !has('result')) return 'result';
  if ([...parts].every((p) => COST_PARTS.has(p)) && !has('totalCosts')) return 'totalCosts';
  return undefined;
}

/**
 * The body's figures for the sum search, row by row over the figure columns. (Loops in a function
 * of the module, not nested map callbacks: closures made per call lose their optimized code at
 * every full GC.)
 */
function bodyMatrix(view: SheetView, rows: readonly RowMapping[], cols: readonly { col: number }[]): BodyCell[][] {
  const matrix: BodyCell[][] = [];
  for (const r of rows) {
    const line: BodyCell[] = [];
    for (const { col } of cols) {
      const cell = view.cell(r.row, col);
      const p = parseNumber(cell?.value ?? null, cell?.numFmt);
      line.push({ value: p.problem ? null : p.value, decimals: p.decimals });
    }
    matrix.push(line);
  }
  return matrix;
}

export function applyRowStructure(view: SheetView, hit: HeaderHit, body: Body): TableStructure | undefined {
  if (hit.kind === 'incomeStatement') return incomeStructure(view, hit, body);
  const rows = body.rows.filter((r) => r.role !== 'note');
  // Tables of any length: the hierarchy's work grows with rows × 64 (longer blocks only under rows
  // marked as totals, within its work limit; src/structure/rows.ts).
  if (rows.length < 3) return undefined;
  const cols = figureColumns(view, hit, body, rows);
  if (!cols.length) return undefined;
  const matrix = bodyMatrix(view, rows, cols);
  const amountCols: number[] = [];
  for (let j = 0; j < cols.length; j++) if (!cols[j].percent) amountCols.push(j);
  // "Summa …", "Totalt" or a bold label: the row may close a block longer than 64 rows.
  const candidates = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (readRowLabel(r.label ?? '').total || view.cell(r.row, hit.labelCol)?.bold) candidates.add(i);
  }
  const stats: HierarchyStats = { work: 0, limit: 0, cut: 0 };
  const h = inferRowHierarchy(matrix, { columns: amountCols, candidates, stats });
  const structure: TableStructure = { rowSums: [], leftOut: [] };
  // Said, not hidden: a table too large for its sums to be searched in full.
  if (stats.cut > 0) {
    structure.leftOut.push({
      range: formatRange({ top: rows[0].row, left: body.left, bottom: rows[rows.length - 1].row, right: body.right }),
      reason: `Tabellen är för stor för att alla dess summor ska sökas: för ${stats.cut} ${stats.cut === 1 ? 'rad' : 'rader'} söktes summan inte i sin helhet; summor och fel där kan saknas.`,
    });
  }
  if (h.placement) structure.placement = h.placement;
  const letters = cols.map((c) => columnLetters(c.col));
  for (const s of h.sums) {
    structure.rowSums.push({
      total: rows[s.total].row,
      parts: s.parts.map((p) => rows[p].row),
      placement: s.placement,
      holds: s.holds.map((j) => letters[j]),
      breaks: s.breaks.map((j) => letters[j]),
      support: Math.round(s.support * 100) / 100,
    });
  }
  for (const c of cols) {
    if (!c.percent) continue;
    const l = letters[cols.indexOf(c)];
    structure.leftOut.push({ range: `${l}${hit.top}:${l}${body.bottom}`, reason: `Kolumn ${l} innehåller procent; den ingår inte i radsummorna.` });
  }
  const isTotal = new Set(h.sums.map((s) => s.total));
  if (hit.kind === 'forecastReview') structure.columnRelations = forecastColumnRelations(view, hit, body);
  if (hit.kind === 'activities' || hit.kind === 'forecastReview') {
    // A total is a total whatever its name; its parts sit one level below it.
    const depth = (i: number): number => (h.parent[i] === undefined ? 0 : 1 + depth(h.parent[i] as number));
    rows.forEach((r, i) => {
      if (isTotal.has(i)) {
        r.role = 'total';
        r.inferred = 'sum';
      }
      r.level = Math.min(depth(i), 3);
    });
    return structure;
  }
  const unexplained: RowMapping[] = [];
  rows.forEach((r, i) => {
    if (r.role !== 'other') return;
    const named = nameByNumbers(rows, h, i);
    if (named) {
      r.role = named;
      r.inferred = 'sum';
      return;
    }
    if (h.parent[i] !== undefined || isTotal.has(i)) return;
    unexplained.push(r);
  });
  // One region per run of such rows (a sheet of 50 000 unknown rows gives one line, not 50 000).
  const runs: RowMapping[][] = [];
  for (const r of unexplained) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && rows.indexOf(r) === rows.indexOf(prev) + 1) last.push(r);
    else runs.push([r]);
  }
  for (const run of runs) {
    const first = run[0];
    const last = run[run.length - 1];
    const range = formatRange({ top: first.row, left: body.left, bottom: last.row, right: body.right });
    const what =
      run.length === 1
        ? `Raden "${first.label}" känns inte igen som en rad i tabellen ${KIND_NAMES[hit.kind]}`
        : `${run.length} rader ("${first.label}" … "${last.label}") känns inte igen som rader i tabellen ${KIND_NAMES[hit.kind]}`;
    const reason = `${what} och ingår inte i någon summa som siffrorna visar; ${run.length === 1 ? 'den finns' : 'de finns'} kvar i tabellen men kontrolleras inte.`;
    structure.leftOut.push({ range, reason });
    body.unmapped.push({ sheet: view.name, range, reason });
  }
  return structure;
}
