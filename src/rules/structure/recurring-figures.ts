import type { Column, Figure, ReportModel, Row, Table } from '../../model/types';
import { columnFacets } from '../../structure/headers';
import { inferRecurring, type RecurringFacets, type RecurringRelation, type RecurringRow, type RecurringTableInput } from '../../structure/recurring';
import { formatNumber } from '../format';
import { IDENTITY_MESSAGES } from '../identity';
import { displayDecimals } from '../tolerance';
import type { Equation, Rule } from '../types';

/**
 * A figure printed again in another table agrees with itself: the 2021 report's "Kostnader 2020"
 * is the 2020 report's. Which columns recur is inferred from the figures (src/structure/recurring.ts:
 * compatible headers, rows matched by label, agreement within the printed rounding on most rows);
 * a row where an established pair differs beyond rounding is an error at the later table's cell
 * (a warning when that table says its figures were restated), the other cell related.
 */

/** Words by which a report says its comparison figures were recomputed. */
const RESTATED = /omräkn|omräkna|justera|jämförelsetal|korrigera/i;

type NumericTable = Extract<Table, { rows: readonly Row[]; columns: readonly Column[] }>;

function isNumeric(t: Table): t is NumericTable {
  const x = t as Partial<NumericTable>;
  return Array.isArray(x.rows) && Array.isArray(x.columns) && x.rows.every((r) => !!r && typeof r === 'object' && 'values' in r);
}

function facetsOf(c: Column): RecurringFacets | undefined {
  const f: RecurringFacets = { ...(c.facets ?? columnFacets(c.header) ?? {}) };
  if (!f.years?.length && c.year) f.years = [c.year];
  if (/%/.test(c.header)) f.percent = true;
  return Object.keys(f).length ? f : undefined;
}

function usable(f: Figure | undefined): f is Figure & { value: number } {
  return !!f && typeof f.value === 'number' && Number.isFinite(f.value) && !f.problem && !f.percent;
}

/** The model's numeric tables as the inference reads them. */
/**
 * Each row's usable figures in the columns' order. Loops in a module function: this runs for every
 * row of every table, and a closure's optimized code is lost at each full GC (see sheetRead in
 * xlsx/reader.ts).
 */
function recurringRows(rows: readonly Row[], cols: readonly Column[]): RecurringTableInput['rows'] {
  const out: RecurringTableInput['rows'] = [];
  for (const r of rows) {
    const values = r.values as Record<string, Figure | undefined>;
    const figures: RecurringTableInput['rows'][number]['figures'] = [];
    for (const c of cols) {
      const f = values[c.role];
      figures.push(usable(f) ? { value: f.value, decimals: f.decimals, cell: f.ref.cell } : undefined);
    }
    out.push({ row: r.row, label: r.label, figures });
  }
  return out;
}

export function modelRecurringInputs(model: ReportModel): { inputs: RecurringTableInput[]; tables: Map<string, NumericTable> } {
  const inputs: RecurringTableInput[] = [];
  const tables = new Map<string, NumericTable>();
  for (const t of model.tables) {
    if (!isNumeric(t)) continue;
    const cols = t.columns.filter((c) => !c.facets?.percent);
    if (!cols.length) continue;
    tables.set(t.id, t);
    inputs.push({
      id: t.id,
      sheet: t.sheet,
      unit: t.unit,
      columns: cols.map((c) => ({ col: c.col, header: c.header.replace(/\s+/g, ' ').trim(), facets: facetsOf(c) })),
      rows: recurringRows(t.rows, cols),
    });
  }
  return { inputs, tables };
}

/** The later table says its figures were restated (in a header or its title). */
function restated(t: NumericTable | undefined, header: string): boolean {
  return RESTATED.test(header) || RESTATED.test(t?.title ?? '');
}

/** Reported only where the pair is clearly established: three rows agree, and one breaks or a quarter at most. */
function reportable(r: RecurringRelation): boolean {
  const breaks = r.comparable - r.agreeing;
  return breaks > 0 && r.agreeing >= 3 && (breaks === 1 || r.support >= 0.75);
}

const rule: Rule = {
  meta: {
    id: 'structure/recurring-figures',
    type: 'problem',
    docs: {
      description: {
        sv: 'En siffra som återkommer i en annan tabell eller ett annat blad (förra årets kostnader i årets rapport) ska vara densamma där, inom avrundningen av de tryckta decimalerna.',
        en: 'A figure that recurs in another table or sheet (last year’s costs in this year’s report) is the same there, within the rounding of the printed decimals.',
      },
    },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: {
      differs: {
        sv: "{{header}} är {{actual}} här men {{other}} i blad '{{sheet}}' ({{cell}}).",
        en: "{{header}} is {{actual}} here but {{other}} in sheet '{{sheet}}' ({{cell}}).",
      },
      differsRestated: {
        sv: "{{header}} är {{actual}} här men {{other}} i blad '{{sheet}}' ({{cell}}); tabellen säger att siffrorna är omräknade – stämmer det?",
        en: "{{header}} is {{actual}} here but {{other}} in sheet '{{sheet}}' ({{cell}}); the table says its figures were restated – is that so?",
      },
      ...IDENTITY_MESSAGES,
    },
  },
  check(ctx) {
    const { inputs, tables } = modelRecurringInputs(ctx.model);
    if (inputs.length < 2) return;
    for (const rel of inferRecurring(inputs)) {
      const later = rel.later === 'a' ? rel.a : rel.b;
      const earlier = rel.later === 'a' ? rel.b : rel.a;
      const show = reportable(rel);
      // A pair with more breaks than it may report is no evidence for or against a cell either.
      if (!show && rel.agreeing < rel.comparable) continue;
      for (const row of rel.rows) {
        const here = rel.later === 'a' ? row.a : row.b;
        const there = rel.later === 'a' ? row.b : row.a;
        // Only a break goes to the root-cause ledger: a figure printed alike in two places was
        // copied, not checked, so an agreeing copy is no evidence that the figure is right (the same
        // wrong figure in every board's copy must still be found by its own sum, at one cell).
        if (row.holds !== 'no') continue;
        const equation = recordRow(ctx.id, rel, row, later.header, earlier);
        ctx.recordIdentity(equation);
        const decimals = displayDecimals([here.decimals]);
        // The other figure in this table's unit.
        const scale = rel.later === 'a' ? rel.factor : 1 / rel.factor;
        const expected = there.value / scale;
        const warn = restated(tables.get(later.table), later.header);
        // Another unit (tkr against mnkr) is named with the other figure.
        const otherUnit = tables.get(earlier.table)?.unit;
        const unitText = rel.factor !== 1 && otherUnit ? ` ${otherUnit}` : '';
        ctx.report({
          messageId: warn ? 'differsRestated' : 'differs',
          severity: warn ? 'warning' : undefined,
          data: {
            header: later.header,
            actual: formatNumber(here.value, decimals),
            other: `${formatNumber(there.value, there.decimals)}${unitText}`,
            sheet: earlier.sheet,
            cell: there.cell,
            label: `${row.label}, ${later.header}`,
            identity: equation.identity,
          },
          ref: { sheet: later.sheet, cell: here.cell },
          expected: Number(expected.toFixed(Math.max(0, decimals))),
          actual: here.value,
          identity: equation.identity,
          related: [{ sheet: earlier.sheet, cell: there.cell }],
          equation,
        });
      }
    }
  },
};

/**
 * The row as an identity for the root-cause ledger: later = earlier (in the later table's unit). A
 * cell that breaks both this and its own table's sum is the one wrong figure, reported once.
 */
function recordRow(id: string, rel: RecurringRelation, row: RecurringRow, header: string, earlier: RecurringRelation['a']): Equation {
  const laterIsA = rel.later === 'a';
  const here = laterIsA ? row.a : row.b;
  const there = laterIsA ? row.b : row.a;
  // a · factor = b: from b's side, a's coefficient is the factor; from a's side, b's is 1/factor.
  const coef = laterIsA ? 1 / rel.factor : rel.factor;
  const terms = [
    { ref: { sheet: earlier.sheet, cell: there.cell }, label: `${row.label}, ${earlier.header} (blad '${earlier.sheet}')`, coef, value: there.value, decimals: there.decimals },
    { ref: { sheet: laterIsA ? rel.a.sheet : rel.b.sheet, cell: here.cell }, label: `${row.label}, ${header}`, coef: -1, value: here.value, decimals: here.decimals },
  ];
  const residual = terms[0].coef * terms[0].value - here.value;
  // Tolerance in the later table's unit (row.tolerance is in a's unit).
  const tolerance = laterIsA ? row.tolerance : row.tolerance * rel.factor;
  return {
    rule: id,
    identity: `${header} = ${earlier.header} i blad '${earlier.sheet}' (samma siffra på ${rel.agreeing} av ${rel.comparable} rader)`,
    terms,
    target: 1,
    residual,
    tolerance,
    status: row.holds === 'yes' ? 'ok' : row.holds === 'rounding' ? 'rounding' : 'broken',
  };
}

export default rule;
