import type { Cell, SheetGrid } from '../../grid/types';
import { parseA1, toA1 } from '../../grid/address';
import type { Activities, Figure, IncomeStatement, OperatingStatement, Row } from '../../model/types';
import { tablesOf } from '../../model/types';
import { inferRelations, type Relation } from '../../structure';
import { inferRowHierarchy, readRowLabel, type BodyCell } from '../../structure/rows';
import { inferColumnRelations } from '../../structure/columns';
import { checkIdentity, IDENTITY_MESSAGES, type IdentitySpec } from '../identity';
import { classify, roundingTolerance } from '../tolerance';
import { cellLabel, hasValue } from '../tables';
import type { Rule, RuleContext } from '../types';

/**
 * The table's own arithmetic: sums of row blocks (a board's total over its units, a
 * resultaträkning's subtotals), sums and differences across columns (Nettokostnad = Intäkter +
 * Kostnader, Avvikelse = Nettokostnad − Budget), inferred from the numbers by src/structure. A
 * relation that holds across the table but breaks in one place is an error there; the message
 * names the relation and how often it holds. Relations a kind's own rule already checks
 * (Drift's cost groups, net costs, result, variance, difference) are left to that rule.
 */

type AnyTable = OperatingStatement | Activities | IncomeStatement;

interface Placed {
  figure: Figure & { value: number };
  row: Row;
  header: string;
  role: string;
}

/**
 * Patterns across columns come from src/structure's inference; sums of row blocks also from the
 * row hierarchy (src/structure/rows.ts), which establishes a block sum on three of four columns:
 * a resultaträkning's four figure columns with one wrong figure must still give the sum.
 */
const PATTERNS = { minSupport: 0.75, minSupportForBreak: 0.75, minEvidenceForBreak: 2 };


/** A sheet holding only the table's figures (no labels, headers or percentages), at their own cells. */
function figureSheet(table: AnyTable): { sheet: SheetGrid; placed: Map<string, Placed> } {
  const rows: (Cell | undefined)[][] = [];
  const placed = new Map<string, Placed>();
  const percentCol = new Set(table.columns.filter((c) => c.facets?.percent).map((c) => c.role));
  for (const row of table.rows) {
    for (const col of table.columns) {
      const f = (row.values as Record<string, Figure | undefined>)[col.role];
      if (!hasValue(f) || f.percent || percentCol.has(col.role)) continue;
      const { row: r, col: c } = parseA1(f.ref.cell);
      (rows[r - 1] ??= [])[c - 1] = {
        address: f.ref.cell,
        row: r,
        col: c,
        value: f.value,
        numFmt: f.decimals > 0 ? `0.${'0'.repeat(f.decimals)}` : '0',
      };
      placed.set(f.ref.cell, { figure: f, row, header: col.header, role: col.role });
    }
  }
  return { sheet: { name: table.sheet, rows, merges: [] }, placed };
}

/** Σ parts = total in most columns where it can be checked (the Drift rules' own test, see derived-columns.ts). */
function holdsMostly(table: OperatingStatement, total: Row, parts: Row[]): boolean {
  let checked = 0;
  let broken = 0;
  for (const col of table.columns) {
    const t = (total.values as Record<string, Figure | undefined>)[col.role];
    const fs = parts.map((p) => (p.values as Record<string, Figure | undefined>)[col.role]);
    if (!hasValue(t) || !fs.every(hasValue)) continue;
    const sum = fs.reduce((a, f) => a + (f as Figure & { value: number }).value, 0);
    checked++;
    if (classify(sum - t.value, roundingTolerance([t.decimals, ...fs.map((f) => (f as Figure).decimals)])) === 'broken') broken++;
  }
  return checked === 0 || broken * 2 <= checked;
}

/**
 * In a Drift table the named rules speak: the table's own arithmetic is checked only where a
 * row has no name (an unknown row kept as it stands) or where the named expectation for a total
 * is contradicted by the numbers (a resultaträkning's nettokostnader also take Avskrivningar).
 */
function leftToStructure(rel: Relation, table: OperatingStatement, total: Placed, parts: Placed[]): boolean {
  if (rel.axis === 'row') return false;
  if (total.row.role === 'other' || parts.some((p) => p.row.role === 'other')) return true;
  const all = table.rows as Row[];
  const rows = (role: string) => all.filter((r) => r.role === role);
  const first = (role: string) => all.find((r) => r.role === role);
  switch (total.row.role) {
    case 'totalCosts':
      return !holdsMostly(table, total.row, rows('personnel').concat(rows('premises'), rows('purchasedServices'), rows('otherCosts'), rows('costGroup')));
    case 'netCosts': {
      const parts2 = [first('revenue'), first('totalCosts')].filter((r): r is Row => !!r);
      return !first('totalCosts') || !holdsMostly(table, total.row, parts2);
    }
    case 'result': {
      const net = first('netCosts');
      const allocation = first('allocation');
      if (!net || !allocation) return true;
      return !holdsMostly(table, total.row, [net, allocation, ...rows('financialNet').slice(0, 1)]);
    }
    default:
      return false;
  }
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

function describe(rel: Relation, total: Placed, parts: { p: Placed; sign: number }[]): string {
  const where = rel.axis === 'column' ? squeeze(total.header) : squeeze(total.row.label);
  const names = parts.map(({ p, sign }, i) => {
    const name = rel.axis === 'column' ? squeeze(p.row.label) : squeeze(p.header);
    return i === 0 ? (sign < 0 ? `− ${name}` : name) : `${sign < 0 ? '−' : '+'} ${name}`;
  });
  const lhs = rel.axis === 'column' ? squeeze(total.row.label) : squeeze(total.header);
  const body = names.length > 4 ? `${names[0]} … ${names[names.length - 1].replace(/^[+−] /, '')} (${names.length} rader)` : names.join(' ');
  const holds = rel.evidence > 0 ? `; sambandet gäller på ${rel.evidence} av ${rel.evidence + rel.breaks} ställen` : '';
  return `${lhs} = ${body} (${where}${holds})`;
}

/**
 * Rows the words or the format mark as totals ("Summa …", "Totalt", a bold label): the row
 * hierarchy looks for their blocks further up (a Drift per account sums a hundred accounts); the
 * numbers still decide.
 */
function totalCandidates(table: AnyTable, sheet: SheetGrid | undefined): Set<number> {
  const out = new Set<number>();
  table.rows.forEach((row: Row, i: number) => {
    if (readRowLabel(row.label ?? '').total) out.add(i);
    else if (sheet) {
      const { row: r, col: c } = parseA1(row.ref.cell);
      if (sheet.rows[r - 1]?.[c - 1]?.bold) out.add(i);
    }
  });
  return out;
}

/** The row hierarchy's block sums as relation templates (one column each; applied to all). */
function ownTemplates(table: AnyTable, candidates: ReadonlySet<number>): Relation[] {
  const percentCol = new Set(table.columns.filter((c) => c.facets?.percent).map((c) => c.role));
  const columns = table.columns.filter((c) => !percentCol.has(c.role));
  const rows = table.rows;
  const body: BodyCell[][] = rows.map((row) =>
    columns.map((c) => {
      const f = (row.values as Record<string, Figure | undefined>)[c.role];
      return hasValue(f) && !f.percent ? { value: f.value, decimals: f.decimals } : { value: null, decimals: 0 };
    }),
  );
  const h = inferRowHierarchy(body, { candidates });
  const out: Relation[] = [];
  for (const c of inferColumnRelations(body, columns.map((_, j) => j))) {
    const row = rows.find((_, i) => !c.breaks.includes(i) && body[i][c.target].value !== null);
    if (!row) continue;
    const at = (j: number) => toA1(row.row, columns[j].col);
    out.push({
      sheet: table.sheet,
      total: at(c.target),
      terms: c.terms.map((x) => ({ cell: at(x.col), sign: x.sign })),
      holds: 'yes',
      support: c.holds / c.checked,
      axis: 'row',
      kind: c.terms.some((x) => x.sign < 0) ? 'difference' : 'sum',
      blanks: [],
      value: 0,
      computed: 0,
      tolerance: 0,
      pattern: `row:${columns[c.target].col}=${c.terms.map((x) => `${x.sign < 0 ? '-' : '+'}${columns[x.col].col}`).join('')}`,
      evidence: c.holds,
      breaks: c.breaks.length,
    });
  }
  for (const s of h.sums) {
    const j = s.holds[0] ?? s.checked[0];
    if (j === undefined) continue;
    const col = columns[j].col;
    const cellOf = (i: number) => toA1(rows[i].row, col);
    out.push({
      sheet: table.sheet,
      total: cellOf(s.total),
      terms: s.parts.map((p) => ({ cell: cellOf(p), sign: 1 as const })),
      holds: 'yes',
      support: s.support,
      axis: 'column',
      kind: 'sum',
      blanks: [],
      value: 0,
      computed: 0,
      tolerance: 0,
      pattern: `column:${rows[s.total].row}=${s.parts.map((p) => rows[p].row).join('+')}`,
      evidence: s.holds.length,
      breaks: s.breaks.length,
    });
  }
  return out;
}

interface Instance {
  rel: Relation;
  total: string;
  terms: { cell: string; sign: 1 | -1 }[];
}

/**
 * Each pattern the numbers establish (a block of rows adds up in every column, a column is the
 * sum or difference of two others in every row), applied to every line of the table: the
 * break is checked where it is, even where the planted or printed error has weakened the
 * pattern's own evidence there.
 */
function instancesOf(sheet: SheetGrid, placed: Map<string, Placed>, own: readonly Relation[], long: boolean): Instance[] {
  const templates = new Map<string, Relation>();
  for (const t of own) templates.set(t.pattern, t);
  // A long table's block sums come from the row hierarchy alone (work ∝ rows × 64, longer blocks
  // under rows marked as totals); src/structure reads its sums across columns.
  for (const rel of inferRelations(sheet, long ? { ...PATTERNS, axes: ['row'] } : PATTERNS)) if (!templates.has(rel.pattern)) templates.set(rel.pattern, rel);
  const rows = new Set<number>();
  const cols = new Set<number>();
  for (const cell of placed.keys()) {
    const p = parseA1(cell);
    rows.add(p.row);
    cols.add(p.col);
  }
  const out: Instance[] = [];
  for (const rel of templates.values()) {
    const t = parseA1(rel.total);
    const parts = [...rel.terms, ...rel.blanks.map((cell) => ({ cell, sign: 1 as const }))].map((x) => ({ ...parseA1(x.cell), sign: x.sign }));
    const lines = rel.axis === 'column' ? cols : rows;
    for (const line of lines) {
      const at = (pos: { row: number; col: number }) => (rel.axis === 'column' ? toA1(pos.row, line) : toA1(line, pos.col));
      out.push({ rel, total: at(t), terms: parts.map((x) => ({ cell: at(x), sign: x.sign })) });
    }
  }
  return out;
}

/** 'close': within one unit of the last digit or half the rounding allowance (evidence, not chance). */
function agreement(total: Placed, known: { p: Placed; sign: number }[]): 'close' | 'rounding' | 'broken' {
  const sum = known.reduce((a, x) => a + x.sign * x.p.figure.value, 0);
  const decimals = [total.figure.decimals, ...known.map((x) => x.p.figure.decimals)];
  const tol = roundingTolerance(decimals);
  const r = sum - total.figure.value;
  if (classify(r, tol) === 'broken') return 'broken';
  return Math.abs(r) <= Math.max(10 ** -Math.max(...decimals), tol / 2) + 1e-9 ? 'close' : 'rounding';
}

/**
 * A board's report table is shorter than this; a longer one (a Drift per account) has its block
 * sums searched by the row hierarchy only, whose work is bounded per row.
 */
const LONG_TABLE = 200;

/** A Drift table whose rows all have names and whose named totals hold leaves nothing to the structure. */
function driftNeedsStructure(table: OperatingStatement): boolean {
  const all = table.rows as Row[];
  if (all.some((r) => r.role === 'other')) return true;
  const first = (role: string) => all.find((r) => r.role === role);
  const rows = (...roles: string[]) => all.filter((r) => roles.includes(r.role));
  const total = first('totalCosts');
  if (total && !holdsMostly(table, total, rows('personnel', 'premises', 'purchasedServices', 'otherCosts', 'costGroup'))) return true;
  const net = first('netCosts');
  const revenue = first('revenue');
  if (net && total && revenue && !holdsMostly(table, net, [revenue, total])) return true;
  return false;
}

/** onlyAxis: a resultaträkning's row blocks are its chain, checked by income-statement/chain; here only its columns. */
function checkTable(ctx: RuleContext, table: AnyTable, onlyAxis?: 'row' | 'column'): void {
  // Tables of any length: the row hierarchy's work grows with rows × MAX_BLOCK (longer blocks only
  // under rows marked as totals, within its work limit) and src/structure's search keeps its own.
  if (table.kind === 'operating' && !driftNeedsStructure(table)) return;
  const { sheet, placed } = figureSheet(table);
  if (placed.size < 4) return;
  const seen = new Set<string>();
  const byPattern = new Map<string, { specs: IdentitySpec[]; checked: number; broken: number; exact: number }>();
  // The row hierarchy speaks for the sums of row blocks: another set of parts for one of its totals
  // (a subset that adds up within the rounding of many printed figures) is a coincidence.
  const own = ownTemplates(table, totalCandidates(table, ctx.workbook.sheets.find((s) => s.name === table.sheet)));
  const hierarchyTotals = new Map<number, string>();
  for (const t of own) if (t.axis === 'column') hierarchyTotals.set(parseA1(t.total).row, t.pattern);
  for (const inst of instancesOf(sheet, placed, own, table.rows.length > LONG_TABLE)) {
    const { rel } = inst;
    if (onlyAxis && rel.axis !== onlyAxis) continue;
    const total = placed.get(inst.total);
    // An empty part is nothing printed; an empty total leaves nothing to check.
    const known = inst.terms.filter((x) => placed.has(x.cell)).map((x) => ({ p: placed.get(x.cell) as Placed, sign: x.sign }));
    if (!total || known.length === 0) continue;
    if (table.kind === 'operating' && !leftToStructure(rel, table, total, known.map((x) => x.p))) continue;
    // One identity per set of cells (a difference and its sum form are the same identity).
    const key = [inst.total, ...known.map((x) => x.p.figure.ref.cell)].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    if (rel.axis === 'column') {
      const own = hierarchyTotals.get(parseA1(inst.total).row);
      if (own !== undefined && own !== rel.pattern) continue;
    }
    const group = byPattern.get(rel.pattern) ?? { specs: [], checked: 0, broken: 0, exact: 0 };
    byPattern.set(rel.pattern, group);
    group.checked++;
    const a = agreement(total, known);
    if (a === 'broken') group.broken++;
    if (a === 'close') group.exact++;
    group.specs.push({
      messageId: 'relationBroken',
      target: { figure: total.figure, label: cellLabel(total.row, { header: total.header }) },
      terms: known.map(({ p, sign }) => ({ figure: p.figure, label: cellLabel(p.row, { header: p.header }), sign })),
      identity: describe(rel, total, known),
    });
  }
  for (const g of byPattern.values()) {
    // A pattern broken in more than one place, and in more than a quarter of them, is not the
    // table's arithmetic but a coincidence of a few lines: it is not reported.
    if (g.broken > 1 && g.broken * 4 > g.checked) continue;
    if (g.checked - g.broken < 2) continue;
    // A pattern that never holds closely only agrees within the rounding of many figures: no evidence.
    if (g.exact === 0) continue;
    for (const spec of g.specs) checkIdentity(ctx, spec);
  }
}

const rule: Rule = {
  meta: {
    id: 'structure/relations',
    type: 'problem',
    docs: {
      description: {
        sv: 'Ett samband som tabellens egna siffror visar (en summa av rader, en summa eller skillnad mellan kolumner) ska gälla överallt där det gäller på de flesta ställen.',
        en: 'A relation the table’s own figures show (a sum of rows, a sum or difference of columns) must hold everywhere it holds in most places.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      relationBroken: {
        sv: '{{label}} är {{actual}} men {{identity}} ger {{expected}} (skillnad {{diff}}).',
        en: '{{label}} is {{actual}} but {{identity}} gives {{expected}} (difference {{diff}}).',
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    for (const table of tablesOf(ctx.model, 'activities')) checkTable(ctx, table);
    for (const table of tablesOf(ctx.model, 'operating')) checkTable(ctx, table);
    for (const table of tablesOf(ctx.model, 'incomeStatement')) checkTable(ctx, table, 'row');
  },
};

export default rule;


