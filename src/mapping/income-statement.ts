import { columnLetters, formatRange } from '../grid/address';
import type { RowMapping, TableStructure } from '../model/mapping-types';
import type { IncomeStatementRowRole } from '../model/types';
import { inferRunningChain, substantialLinks, type ChainLink } from '../structure/chain';
import { describeFacets, readColumnHeader } from '../structure/headers';
import { sumCheck, type BodyCell } from '../structure/rows';
import { headerColumn, type HeaderColumn } from './column-roles';
import type { HeaderHit } from './detect-headers';
import { parseNumber } from './numbers';
import type { SheetView } from './sheet-view';
import type { Body } from './table-body';

/**
 * Resultaträkning, recognized by its structure: a chain of running subtotals from the top of
 * the table (src/structure/chain.ts) — at least three links, two of them with rows of their
 * own between the subtotals. A Drift (Intäkter, Kostnader → Nettokostnad, Kommunbidrag →
 * Resultat) has two links and stays a Drift. Words only name the rows afterwards, and only
 * where the label agrees with the row's place in the chain.
 */

const MIN_LINKS = 3;
/** A resultaträkning is short; longer tables are not searched for a chain (bounded work). */
const MAX_ROWS = 200;
const MIN_SUBSTANTIAL = 2;

/** A Not column (note references 1, 2, 3A …) is never a column of figures. */
export function isNoteHeader(text: string): boolean {
  return /^\s*(not|noter|note|not\s*nr|nr)\s*$/i.test(text);
}

/** The group a caption names: "Kommunen" / "Koncernen" / "Sammanställd redovisning". */
function groupOf(text: string): string | undefined {
  if (/koncern|sammanst[äa]lld/i.test(text)) return 'koncernen';
  if (/kommunen\b/i.test(text)) return 'kommunen';
  return undefined;
}

/**
 * Captions over several columns written once, left of empty cells (not merged): the caption
 * heads every column to its right until the next caption. Only the header rows above the last,
 * and the row right above the header when it has text over the figure columns and none in the
 * label column (Malmö 2013: "Malmö stad" | "Sammanställd redovisning" over Mkr | Not | 2013 |
 * 2012 | 2013 | 2012, read as the table's title rather than a header row).
 */
function groupCaptions(view: SheetView, hit: HeaderHit, cols: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  const above = hit.top - 1;
  const caption = above >= 1 && !view.text(above, hit.labelCol, true) && cols.some((c) => view.text(above, c, true));
  const first = caption ? above : hit.top;
  if (hit.bottom <= first) return out;
  for (let r = first; r < hit.bottom; r++) {
    let current: string | undefined;
    for (const c of [...cols].sort((a, b) => a - b)) {
      const t = view.text(r, c, true);
      if (t) current = groupOf(t);
      if (current) out.set(c, current);
    }
  }
  return out;
}

/** The role of a column of a resultaträkning: its header read compositionally, a bare year an outcome. */
export function incomeColumnRole(text: string, group?: string): string | undefined {
  if (isNoteHeader(text)) return undefined;
  const f = readColumnHeader([text]);
  if (!f.scenario && !f.measure && !f.years.length) return undefined;
  const inHeader = groupOf(text);
  const g = group ?? inHeader;
  // "Koncern 2019", "2018": a year alone is what the year came to (the outcome).
  const facets = f.scenario || f.measure ? f : { ...f, scenario: 'actual' as const };
  const role = describeFacets(facets);
  return g && g !== 'kommunen' ? `${g} ${role}` : role;
}

/** Rows of the body that take part in the chain: top level, with figures. */
function chainBody(view: SheetView, rows: readonly RowMapping[], cols: readonly number[]): { matrix: BodyCell[][]; skip: Set<number> } {
  // Loops, not nested map callbacks: closures made per call lose their optimized code at every full GC.
  const matrix: BodyCell[][] = [];
  const skip = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const line: BodyCell[] = [];
    for (const col of cols) {
      const cell = view.cell(r.row, col);
      const p = parseNumber(cell?.value ?? null, cell?.numFmt);
      line.push({ value: p.problem || p.percent ? null : p.value, decimals: p.decimals });
    }
    matrix.push(line);
    if ((r.level ?? 0) > 0 || r.role === 'note') skip.add(i);
  }
  return { matrix, skip };
}

/** Figure columns of a header hit: headed, not the label or a Not column, holding numbers. */
function figureColumns(view: SheetView, hit: HeaderHit, body: Body): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (const c of hit.columns) {
    if (c.col === hit.labelCol || !c.header.text || isNoteHeader(c.header.text)) continue;
    if (holdsNumber(view, body, c.col)) out.push(c);
  }
  return out;
}

/** Whether a body row holds a number in the column (printed as one or as text that reads as one). */
function holdsNumber(view: SheetView, body: Body, col: number): boolean {
  for (const r of body.rows) {
    const cell = view.cell(r.row, col);
    if (typeof cell?.value === 'number' || (typeof cell?.value === 'string' && parseNumber(cell.value, cell.numFmt).value !== null)) return true;
  }
  return false;
}

/** Whether the row holds a number in one of the columns. */
function numberIn(view: SheetView, row: number, cols: readonly HeaderColumn[]): boolean {
  for (const c of cols) if (typeof view.cell(row, c.col)?.value === 'number') return true;
  return false;
}

/**
 * A resultaträkning's chain: three links or more, two with rows of their own; the first
 * subtotal the sum of single rows (no block of its own) of both signs as printed (intäkter
 * positive, kostnader negative) — a Drift's "Summa intäkter" over its revenue rows, or its net
 * cost over a "Summa kostnader" block, is no resultaträkning's first link.
 */
function isChain(links: readonly ChainLink[], matrix: BodyCell[][]): boolean {
  if (links.length < MIN_LINKS || substantialLinks(links) < MIN_SUBSTANTIAL) return false;
  const first = links[0];
  if (first.blocks.length) return false;
  const signs = new Set<number>();
  for (const p of first.parts) {
    const v = first.holds.map((j) => matrix[p][j]?.value).find((x): x is number => typeof x === 'number' && x !== 0);
    if (v !== undefined) signs.add(Math.sign(v));
  }
  return signs.size === 2;
}

/** The hit as a resultaträkning when its numbers form a chain of running subtotals. */
export function incomeStatementHit(view: SheetView, hit: HeaderHit, body: Body): HeaderHit | undefined {
  if (hit.kind !== 'operating' && hit.kind !== 'activities' && hit.kind !== 'investments') return undefined;
  const figures = figureColumns(view, hit, body);
  if (!figures.length) return undefined;
  // The body was read with the hit's own columns: a row with figures only in the others (the
  // group's Skatt/latent skatt beside the city's empty cells) was kept as a note. In the chain it
  // is a row like any other, as it is once the table is read with all its figure columns.
  const rows: RowMapping[] = [];
  let allocation = false;
  for (const r of body.rows) {
    if (r.role !== 'note') rows.push(r);
    else if (numberIn(view, r.row, figures)) rows.push({ ...r, role: 'other' });
    if (r.role === 'allocation') allocation = true;
  }
  if (rows.length < 5 || rows.length > MAX_ROWS) return undefined;
  // A board's Drift has its kommunbidrag (a row the Drift's words name); a resultaträkning never does.
  if (allocation) return undefined;
  const { matrix, skip } = chainBody(view, rows, figures.map((c) => c.col));
  if (!isChain(inferRunningChain(matrix, { skip }), matrix)) return undefined;
  const groups = groupCaptions(view, hit, figures.map((c) => c.col));
  const used = new Map<string, number>();
  const keep = new Set(figures.map((c) => c.col));
  const columns: HeaderColumn[] = hit.columns.map((c) => {
    if (c.col === hit.labelCol) return headerColumn(c.col, c.header, 'label');
    let role = keep.has(c.col) ? incomeColumnRole(c.header.text, groups.get(c.col)) : undefined;
    if (role) {
      const n = (used.get(role) ?? 0) + 1;
      used.set(role, n);
      if (n > 1) role = `${role} (${n})`;
    }
    return headerColumn(c.col, c.header, role);
  });
  return { ...hit, kind: 'incomeStatement', columns };
}

// ---------------------------------------------------------------- naming the rows

const PART_WORDS: [IncomeStatementRowRole, RegExp][] = [
  ['revenue', /intäkter/],
  ['costs', /kostnader/],
  ['depreciation', /avskrivning|nedskrivning/],
  ['taxRevenue', /skatteintäkt|skatter\b/],
  ['generalGrants', /statsbidrag|utjämning/],
  ['financialIncome', /finansiella intäkter|ränteintäkt/],
  ['financialCosts', /finansiella kostnader|räntekostnad/],
  ['extraordinary', /extraordinär/],
  ['balanceAdjustments', /balanskravsjuster|realisationsvinst|resultatutjämningsreserv|\brur\b/],
];

const SUBTOTAL_WORDS: [IncomeStatementRowRole, RegExp][] = [
  ['balanceResult', /balanskravsresultat/],
  ['adjustedResult', /efter balanskrav/],
  ['netCosts', /nettokostnad/],
  ['resultAfterFinancial', /efter finansiella|efter finansnetto/],
  ['operatingResult', /verksamhetens resultat|före finansiella|före finansnetto/],
  ['result', /årets resultat/],
];

/** The name a label gives a row at its place in the chain (a part never gets a subtotal's name). */
function named(label: string, subtotal: boolean, section: number): IncomeStatementRowRole | undefined {
  const key = label.toLowerCase().replace(/\s+/g, ' ');
  if (subtotal) return SUBTOTAL_WORDS.find(([, re]) => re.test(key))?.[0];
  for (const [role, re] of PART_WORDS) {
    if (!re.test(key)) continue;
    // "Verksamhetens intäkter / kostnader" open the statement; finansiella come after it.
    if ((role === 'revenue' || role === 'costs') && (section > 0 || /finansiell/.test(key))) continue;
    return role;
  }
  return undefined;
}

/**
 * The structure pass of a resultaträkning: the chain again on the rows as read, each row named
 * by its place and its words; rows after the chain (or outside it) are kept, checked by no rule,
 * and listed. The chain's links are the table's row sums.
 */
export function incomeStructure(view: SheetView, hit: HeaderHit, body: Body): TableStructure {
  const rows = body.rows.filter((r) => r.role !== 'note');
  const cols = hit.columns.filter((c) => c.role && c.role !== 'label').map((c) => c.col);
  const structure: TableStructure = { rowSums: [], leftOut: [], placement: 'after' };
  const { matrix, skip } = chainBody(view, rows, cols);
  const links = inferRunningChain(matrix, { skip });
  const letter = (j: number) => columnLetters(cols[j]);
  const inChain = new Set<number>();
  const totals = new Set(links.map((l) => l.total));
  links.forEach((l, section) => {
    structure.rowSums.push({
      total: rows[l.total].row,
      parts: l.parts.map((p) => rows[p].row),
      placement: 'after',
      holds: l.holds.map(letter),
      breaks: l.breaks.map(letter),
      support: l.checked.length ? Math.round((l.holds.length / l.checked.length) * 100) / 100 : 0,
    });
    for (const p of l.parts) {
      inChain.add(p);
      if (totals.has(p)) continue;
      const r = rows[p];
      r.role = named(r.label, false, section) ?? 'line';
      r.inferred = 'sum';
    }
    // A block with its own sum inside the link (Skattenetto over the tax rows): its rows one level
    // below it, named by their words; the block's sum is a row sum of the table.
    for (const b of l.blocks) {
      const placement = b.parts.every((p) => p < b.total) ? 'after' : 'before';
      const check = sumCheck(matrix, b.total, b.parts, cols.map((_, j) => j));
      structure.rowSums.push({ total: rows[b.total].row, parts: b.parts.map((p) => rows[p].row), placement, holds: check.holds.map(letter), breaks: check.breaks.map(letter), support: Math.round(check.support * 100) / 100 });
      for (const p of b.parts) {
        inChain.add(p);
        const r = rows[p];
        r.role = named(r.label, false, section) ?? 'line';
        r.level = 1;
        r.inferred = 'sum';
      }
    }
    inChain.add(l.total);
    const t = rows[l.total];
    t.role = named(t.label, true, section) ?? 'subtotal';
    t.inferred = 'sum';
  });
  const last = links.length ? links[links.length - 1].total : -1;
  const outside: RowMapping[] = [];
  rows.forEach((r, i) => {
    if (inChain.has(i)) return;
    if ((r.level ?? 0) > 0 && i < last) {
      // "varav jämförelsestörande poster": shown under its row, no part of the chain.
      r.role = 'subRow';
      return;
    }
    r.role = 'other';
    outside.push(r);
  });
  for (const r of outside) {
    const range = formatRange({ top: r.row, left: body.left, bottom: r.row, right: body.right });
    const reason = `Raden "${r.label}" ingår inte i resultaträkningens kedja av delsummor som siffrorna visar; den finns kvar i tabellen men kontrolleras inte.`;
    structure.leftOut.push({ range, reason });
    body.unmapped.push({ sheet: view.name, range, reason });
  }
  for (const c of hit.columns) {
    if (c.col === hit.labelCol || !c.header.text || !isNoteHeader(c.header.text)) continue;
    const l = columnLetters(c.col);
    structure.leftOut.push({ range: `${l}${hit.top}:${l}${body.bottom}`, reason: `Kolumn ${l} (${c.header.text}) hänvisar till noter; den läses inte som belopp.` });
  }
  return structure;
}
