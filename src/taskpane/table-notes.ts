import { columnLetters, parseA1, parseRange } from '../grid/address';
import type { Cell, SheetGrid, WorkbookGrid } from '../grid/types';
import { readToolState } from '../grid/tool-state';
import type { ColumnMapping, RowMapping, TableMapping, WorkbookMapping } from '../model/mapping-types';
import type { TableKind } from '../model/types';
import { headerRole, parseHeader } from '../mapping/header';
import { labelKey } from '../mapping/normalize';
import { parseNumber } from '../mapping/numbers';
import { readSynonyms, mergeSynonyms } from '../mapping/own-synonyms';
import { defaultLexicon, type SynonymData } from '../mapping/synonyms';
import { inferRecurring, inferRelations, type Relation } from '../structure';
import { recurringInput } from '../mapping/recurring-pass';
import { classify, roundingTolerance } from '../rules/tolerance';

/**
 * What the pane's Kartläggning step shows beside the roles (computed with the core, off the
 * page's thread): where each row's and column's role came from — the board's own words, the
 * built-in vocabulary, or the numbers (and which sum) — whether the numbers contradict a role the
 * board's words gave, and the table's arithmetic as the structure layer reads it: row sums,
 * sums and differences of columns, and columns whose figures recur in another table.
 * Plain data with labels; the pane puts it in words (src/taskpane/steps/mapping-step.tsx).
 */

/** Where a role came from: the numbers, the board's words, the built-in words, a saved mapping, the kind's default. */
export type RoleSource = 'numbers' | 'board' | 'builtIn' | 'saved' | 'default' | 'none';

export interface SumRef {
  /** Sheet row of the total, and its label. */
  row: number;
  label: string;
  /** Sheet rows of the parts. */
  parts: number[];
}

export interface ItemNote {
  source: RoleSource;
  /** For a role from the numbers: the sum the row is a part of, or the total it is. */
  partOf?: SumRef;
  totalOf?: SumRef;
  /** The numbers contradict the role the board's words gave (the label's expectation does not hold). */
  conflict?: { total: string; holds: number; checked: number };
}

export interface RelationTermNote {
  name: string;
  sign: 1 | -1;
}

export interface RelationNote {
  /** 'rowSum': a row is the sum of a block of rows; 'columns': a column is a sum or difference of others; 'recurring': a column's figures recur in another table. */
  type: 'rowSum' | 'columns' | 'recurring';
  kind: 'sum' | 'difference' | 'same';
  total: string;
  terms: RelationTermNote[];
  /** Parts as sheet rows (row sums), to write a long block as "rad 5–12". */
  rows?: number[];
  /** Lines (columns for a row sum, rows otherwise) where it holds, and where it could be checked. */
  holds: number;
  checked: number;
  /** Cells where it breaks. */
  breaks: string[];
  /** For 'recurring': where the same figures are. */
  where?: string;
}

export interface TableNotes {
  rows: Record<number, ItemNote>;
  columns: Record<number, ItemNote>;
  relations: RelationNote[];
  /** The table was too large for its relations to be shown (bounded work). */
  tooLarge?: boolean;
}

/** Tables longer than this are not searched for their relations here (a board's report table is far shorter). */
const MAX_ROWS = 400;
const COST_PARTS = ['personnel', 'premises', 'purchasedServices', 'otherCosts', 'costGroup'];
/** Roles a column keeps for an older year or the period so far (src/mapping/column-roles.ts). */
const VARIANTS: Record<string, string[]> = { budget: ['periodBudget'], variance: ['periodVariance'] };

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Sub-row leads the mapper reads past ("varav …", "- …") before it looks a label up. */
function rowKeys(label: string): string[] {
  const body = label.replace(/^\s*(?:varav|därav)\s+/i, '').replace(/^\s*[-–—•]\s*/, '');
  return [...new Set([labelKey(label), labelKey(body)])].filter(Boolean);
}

interface WordMaps {
  rows: Map<TableKind, Map<string, string>>;
  columns: Map<TableKind, Map<string, string>>;
}

function wordMaps(data: SynonymData | undefined): WordMaps {
  const out: WordMaps = { rows: new Map(), columns: new Map() };
  for (const axis of ['rows', 'columns'] as const) {
    for (const [kind, roles] of Object.entries(data?.[axis] ?? {})) {
      const m = new Map<string, string>();
      for (const [role, list] of Object.entries(roles ?? {})) {
        for (const w of list ?? []) {
          const key = axis === 'rows' ? labelKey(w) : parseHeader(w).key;
          if (key && !m.has(key)) m.set(key, role);
        }
      }
      out[axis].set(kind as TableKind, m);
    }
  }
  return out;
}

function columnRoleMatches(role: string, named: string | undefined, kind: TableKind): boolean {
  if (!named) return false;
  if (named === role || (VARIANTS[named] ?? []).includes(role)) return true;
  return defaultLexicon().yearRoles[kind]?.older?.[named] === role;
}

function rowSource(table: TableMapping, r: RowMapping, board: WordMaps): RoleSource {
  if (r.inferred === 'sum') return 'numbers';
  // Kept in the table as it stands, checked by no rule: neither words nor numbers named it.
  if (r.role === 'other' && table.kind === 'operating') return 'none';
  const keys = rowKeys(r.label);
  // "30-49 år", "Dag 15-59": a band read from the built-in words for ages and days.
  if (table.kind === 'sickLeave' && (r.role === 'age' || r.role === 'days') && !table.confirmed) return 'builtIn';
  if (keys.some((k) => board.rows.get(table.kind)?.get(k) === r.role)) return 'board';
  if (table.confirmed) return 'saved';
  if (keys.some((k) => defaultLexicon().rows.get(table.kind)?.get(k) === r.role)) return 'builtIn';
  return 'default';
}

function columnSource(table: TableMapping, c: ColumnMapping, board: WordMaps): RoleSource {
  const h = parseHeader(c.header);
  if (columnRoleMatches(c.role, board.columns.get(table.kind)?.get(h.key), table.kind)) return 'board';
  if (table.confirmed) return 'saved';
  // The built-in headers, or the header's words read compositionally ("Budget ack", "Progn. helår").
  if (columnRoleMatches(c.role, headerRole(table.kind, h, defaultLexicon()), table.kind)) return 'builtIn';
  if (table.kind === 'activities' && c.facets) return 'builtIn';
  return 'default';
}

/** A sheet holding only the table's cells (same addresses), so the relations are the table's own. */
function tableSheet(sheet: SheetGrid, box: { top: number; left: number; bottom: number; right: number }): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const src = sheet.rows[r - 1];
    if (!src) continue;
    const row: (Cell | undefined)[] = [];
    for (let c = box.left; c <= box.right; c++) if (src[c - 1]) row[c - 1] = src[c - 1];
    rows[r - 1] = row;
  }
  return { name: sheet.name, rows, merges: [] };
}

function numberAt(sheet: SheetGrid, row: number, col: number): { value: number; decimals: number } | undefined {
  const cell = sheet.rows[row - 1]?.[col - 1];
  if (!cell || cell.value === null) return undefined;
  const p = parseNumber(cell.value, cell.numFmt);
  return p.value === null || p.problem ? undefined : { value: p.value, decimals: p.decimals };
}

/** The table's figure columns (not labels, not percentages). */
function figureColumns(sheet: SheetGrid, table: TableMapping): ColumnMapping[] {
  return table.columns.filter((c) => {
    if (c.role === 'label' || c.role === 'ignore' || c.facets?.percent || /%/.test(c.header)) return false;
    return table.rows.some((r) => numberAt(sheet, r.row, c.col) !== undefined);
  });
}

/**
 * The Drift identities a label expects (Summa kostnader = the cost groups, Nettokostnader =
 * intäkter + kostnader, Resultat = nettokostnader + kommunbidrag + finansnetto), checked in every
 * figure column: broken in most of them, the numbers contradict the words (as the rules then
 * drop the expectation with a note, src/rules/derived-columns.ts).
 */
function driftConflicts(sheet: SheetGrid, table: TableMapping): Map<number, ItemNote['conflict']> {
  const out = new Map<number, ItemNote['conflict']>();
  if (table.kind !== 'operating') return out;
  const rows = table.rows;
  const first = (role: string) => rows.find((r) => r.role === role);
  const cols = figureColumns(sheet, table);
  const identities: { total?: RowMapping; parts: RowMapping[] }[] = [
    { total: first('totalCosts'), parts: rows.filter((r) => COST_PARTS.includes(r.role) && (r.level ?? 0) === 0) },
    { total: first('netCosts'), parts: [first('revenue'), first('totalCosts')].filter((r): r is RowMapping => !!r) },
    { total: first('result'), parts: [first('netCosts'), first('allocation'), first('financialNet')].filter((r): r is RowMapping => !!r) },
  ];
  for (const { total, parts } of identities) {
    if (!total || parts.length < 2) continue;
    let checked = 0;
    let broken = 0;
    for (const c of cols) {
      const t = numberAt(sheet, total.row, c.col);
      const fs = parts.map((p) => numberAt(sheet, p.row, c.col));
      if (!t || fs.some((f) => !f)) continue;
      const vs = fs as { value: number; decimals: number }[];
      const sum = vs.reduce((a, f) => a + f.value, 0);
      if (sum === 0 && t.value === 0) continue;
      checked++;
      if (classify(sum - t.value, roundingTolerance([t.decimals, ...vs.map((f) => f.decimals)])) === 'broken') broken++;
    }
    if (checked < 2 || broken * 2 <= checked) continue;
    const note = { total: squeeze(total.label), holds: checked - broken, checked };
    for (const r of [total, ...parts]) out.set(r.row, note);
  }
  return out;
}

function rowsText(labels: Map<number, string>, row: number): string {
  return labels.get(row) ?? `rad ${row}`;
}

/** The relations of one table, one line per pattern (the structure layer's instances grouped). */
function tableRelations(sheet: SheetGrid, table: TableMapping, box: { top: number; left: number; bottom: number; right: number }): RelationNote[] {
  const rels = inferRelations(tableSheet(sheet, box));
  const labels = new Map(table.rows.map((r) => [r.row, squeeze(r.label)]));
  const headers = new Map(table.columns.map((c) => [c.col, squeeze(c.header)]));
  // A column left out of the mapping still has its header in the sheet ("Helårsbedömning 2024").
  for (let c = box.left; c <= box.right; c++) {
    if (headers.has(c)) continue;
    const text = table.headerRows.map((r) => sheet.rows[r - 1]?.[c - 1]?.value).filter((v) => v !== null && v !== undefined && typeof v !== 'object').join(' ');
    if (squeeze(text)) headers.set(c, squeeze(text));
  }
  const byPattern = new Map<string, Relation[]>();
  for (const r of rels) byPattern.set(r.pattern, [...(byPattern.get(r.pattern) ?? []), r]);
  const partsOf = (r: Relation) => r.terms.map((t) => parseA1(t.cell));
  // A block sum that lists the parts of another block instead of its total is that sum expanded.
  const blocks = [...byPattern.values()]
    .map((list) => list[0])
    .filter((r) => r.axis === 'column')
    .map((r) => ({ total: parseA1(r.total).row, parts: new Set(partsOf(r).map((p) => p.row)) }));
  const out: RelationNote[] = [];
  for (const list of byPattern.values()) {
    const r = list.find((x) => x.holds !== 'no') ?? list[0];
    const parts = partsOf(r);
    const breaks = list.filter((x) => x.holds === 'no').map((x) => x.total);
    if (r.axis === 'column') {
      const total = parseA1(r.total).row;
      const mine = new Set(parts.map((p) => p.row));
      const expanded = blocks.some((b) => b.total !== total && !mine.has(b.total) && b.parts.size > 1 && [...b.parts].every((p) => mine.has(p)));
      if (expanded) continue;
      out.push({
        type: 'rowSum',
        kind: r.kind === 'difference' ? 'difference' : 'sum',
        total: rowsText(labels, total),
        terms: r.terms.map((t, i) => ({ name: rowsText(labels, parts[i].row), sign: t.sign })),
        rows: parts.map((p) => p.row),
        holds: r.evidence,
        checked: r.evidence + r.breaks,
        breaks,
      });
    } else {
      const total = parseA1(r.total).col;
      const name = (col: number) => headers.get(col) ?? `kolumn ${columnLetters(col)}`;
      out.push({
        type: 'columns',
        kind: r.kind === 'difference' ? 'difference' : 'sum',
        total: name(total),
        terms: r.terms.map((t, i) => ({ name: name(parts[i].col), sign: t.sign })),
        holds: r.evidence,
        checked: r.evidence + r.breaks,
        breaks,
      });
    }
  }
  // Row sums first (top to bottom), then the columns.
  return out;
}

interface Placed {
  index: number;
  table: TableMapping;
  sheet: SheetGrid;
}

/**
 * Columns whose figures recur in another table (the 2021 sheet's "Kostnader 2020" is the 2020
 * sheet's "Kostnader 2020"), as the structure layer infers them (src/structure/recurring.ts:
 * compatible headers, rows matched by label, agreement within the printed rounding on most rows).
 * One line per column on each of the two tables, with the cells of this table where they differ.
 */
function recurring(placed: Placed[]): Map<number, RelationNote[]> {
  const out = new Map<number, RelationNote[]>();
  const inputs = placed.flatMap((p) => {
    const input = recurringInput(p.sheet, p.table);
    return input ? [{ ...input, id: String(p.index) }] : [];
  });
  for (const rel of inferRecurring(inputs)) {
    for (const side of ['a', 'b'] as const) {
      const own = rel[side];
      const other = rel[side === 'a' ? 'b' : 'a'];
      const index = Number(own.table);
      const note: RelationNote = {
        type: 'recurring',
        kind: 'same',
        total: own.header,
        terms: [{ name: other.header, sign: 1 }],
        where: `${other.sheet}!${columnLetters(other.col)}`,
        holds: rel.agreeing,
        checked: rel.comparable,
        breaks: rel.rows.filter((r) => r.holds === 'no').map((r) => r[side].cell),
      };
      out.set(index, [...(out.get(index) ?? []), note]);
    }
  }
  return out;
}

/** Notes for every table of the mapping. `extraWords`: the board's words remembered by the pane. */
export function describeTables(grid: WorkbookGrid, mapping: WorkbookMapping, extraWords?: unknown): TableNotes[] {
  const board = wordMaps(mergeSynonyms(readSynonyms(extraWords), readSynonyms(readToolState(grid).synonyms)));
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  const placed: Placed[] = [];
  const notes = mapping.tables.map((table, index): TableNotes => {
    const sheet = sheets.get(table.sheet);
    const rows: Record<number, ItemNote> = {};
    const columns: Record<number, ItemNote> = {};
    const sums = table.structure?.rowSums ?? [];
    const labelOf = (row: number) => squeeze(table.rows.find((r) => r.row === row)?.label ?? `rad ${row}`);
    for (const r of table.rows) {
      const note: ItemNote = { source: rowSource(table, r, board) };
      if (note.source === 'numbers') {
        const inSum = sums.find((s) => s.parts.includes(r.row));
        const own = sums.find((s) => s.total === r.row);
        if (inSum) note.partOf = { row: inSum.total, label: labelOf(inSum.total), parts: inSum.parts };
        if (own) note.totalOf = { row: own.total, label: labelOf(own.total), parts: own.parts };
      }
      rows[r.row] = note;
    }
    for (const c of table.columns) columns[c.col] = { source: columnSource(table, c, board) };
    if (!sheet || table.kind === 'narrative') return { rows, columns, relations: [] };
    // A role the board's words gave that the numbers contradict is said so beside the row.
    for (const [row, conflict] of driftConflicts(sheet, table)) if (rows[row]?.source === 'board') rows[row].conflict = conflict;
    let box;
    try {
      box = parseRange(table.range);
    } catch {
      return { rows, columns, relations: [] };
    }
    if (box.bottom - box.top + 1 > MAX_ROWS) return { rows, columns, relations: [], tooLarge: true };
    if (figureColumns(sheet, table).length > 0 && table.rows.length >= 3) placed.push({ index, table, sheet });
    return { rows, columns, relations: tableRelations(sheet, table, box) };
  });
  for (const [index, list] of recurring(placed)) notes[index].relations.push(...list);
  return notes;
}

