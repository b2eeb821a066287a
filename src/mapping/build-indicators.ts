import { parseRange, toA1 } from '../grid/address';
import type { TableMapping } from '../model/mapping-types';
import type { Goal, Indicator, IndicatorColumnRole, Indicators, TextValue, Unit } from '../model/types';
import { columnOfRole, modelColumns, tableBase } from './model-parts';
import type { FigureReader } from './figures';
import { splitFootnote } from './normalize';
import type { SheetView } from './sheet-view';

const MODEL_ROLES: readonly IndicatorColumnRole[] = [
  'goal', 'indicator', 'target', 'outcome', 'previousOutcome', 'assessment', 'goalAssessment', 'comment', 'footnote',
];

const KOLADA = /Kolada\s*\(?\s*([A-Z]\d{4,6})\s*\)?/i;

/** The unit an indicator's name or target speaks of: "andel (%)" → percent, "antal (#)" → count. */
export function indicatorUnit(name: string, target?: string, outcomeRaw?: string): Unit | undefined {
  const n = name.toLowerCase();
  if (/\(%\)|andel|procent|%$/.test(n)) return 'percent';
  if (/\(#\)|antal/.test(n)) return 'count';
  const t = `${target ?? ''} ${outcomeRaw ?? ''}`.toLowerCase();
  if (/%/.test(t)) return 'percent';
  if (/mnkr/.test(t)) return 'mnkr';
  if (/tkr/.test(t)) return 'tkr';
  if (/kostnad/.test(n)) return 'tkr';
  return undefined;
}

/** Footnote texts below or inside the table: "2 Personer som uppburit …", "*Avser …". */
function footnoteTexts(t: TableMapping): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of t.rows) {
    if (r.role !== 'note') continue;
    const m = /^(\*+|\d{1,2})\)?\s*(.+)$/.exec(r.label);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

interface GoalCollector {
  readonly goals: Goal[];
  current(): Goal | undefined;
  /** Start a new goal unless the goal cell (a merged range counts once) is the current one. */
  open(key: string, title: TextValue): Goal;
}

/** (Closures in one literal, not a class: see SheetView on shapes and GC.) */
function goalCollector(): GoalCollector {
  const goals: Goal[] = [];
  let openKey: string | undefined;
  const current = (): Goal | undefined => goals[goals.length - 1];
  return {
    goals,
    current,
    open: (key, title) => {
      const cur = current();
      if (cur && openKey === key) return cur;
      openKey = key;
      const goal: Goal = { title, indicators: [] };
      goals.push(goal);
      return goal;
    },
  };
}

/** Group indicator rows under their goals (goal column, merged goal cells, or goal title rows). */
export function buildIndicators(t: TableMapping, view: SheetView, reader: FigureReader): Indicators {
  const col = columnOfRole(t);
  const goalCol = col('goal');
  const notes = footnoteTexts(t);
  const goals = goalCollector();
  for (const rm of t.rows) {
    if (rm.role === 'goal') {
      const first = view.filledCols(rm.row)[0];
      const title = first ? reader.text(rm.row, first) : undefined;
      if (title) {
        const goal = goals.open(title.ref.cell, title);
        // Goal rows and measure rows in one column share the Bedömning column: on a goal row it
        // holds the goal's own assessment.
        const own = col('goalAssessment') ?? col('assessment');
        if (own && !goal.assessment) goal.assessment = reader.assessment(rm.row, own);
      }
      continue;
    }
    if (rm.role !== 'indicator') continue;
    const r = rm.row;
    let goal = goals.current();
    const goalText = goalCol ? reader.text(r, goalCol) : undefined;
    if (goalText) goal = goals.open(goalText.ref.cell, goalText);
    if (!goal) {
      const text = (t.title ?? 'Nämndens mål').replace(/^(nämndens mål|nämndens åtagande|mål|åtagande)\s*:\s*/i, '');
      const title = { text, ref: { sheet: t.sheet, cell: toA1(t.headerRows[0] ?? r, col('indicator') ?? parseRange(t.range).left) } };
      goal = goals.open(`table:${t.range}`, title);
    }
    const council = col('councilGoal') ? reader.text(r, col('councilGoal') as number) : undefined;
    if (council && !goal.councilGoal) goal.councilGoal = council.text;
    const goalAssessment = col('goalAssessment');
    if (goalAssessment && !goal.assessment) goal.assessment = reader.assessment(r, goalAssessment);
    const comment = col('comment') ? reader.text(r, col('comment') as number) : undefined;
    if (comment && !goal.comment) goal.comment = comment;
    goal.indicators.push(indicatorAt(t, r, reader, notes, col));
  }
  return { kind: 'indicators', ...tableBase(t), columns: modelColumns<IndicatorColumnRole>(t, MODEL_ROLES), goals: goals.goals };
}

function indicatorAt(t: TableMapping, r: number, reader: FigureReader, notes: Map<string, string>, col: (role: string) => number | undefined): Indicator {
  // No "Nyckeltal" header: the table's label column (its leftmost) names the measures.
  const nameCell = reader.text(r, col('indicator') ?? parseRange(t.range).left) as TextValue;
  const { text: name, footnote: marker } = splitFootnote(nameCell.text);
  const ind: Indicator = { name: { text: name, ref: nameCell.ref }, previousOutcomes: [], row: r };
  const targetCol = col('target');
  const target = targetCol ? reader.text(r, targetCol) : undefined;
  if (target) ind.target = target;
  const outcomeCol = col('outcome');
  if (outcomeCol) ind.outcome = reader.figure(r, outcomeCol, `Utfall, ${name}`);
  for (const c of t.columns.filter((x) => x.role === 'previousOutcome')) {
    const prev: Indicator['previousOutcomes'][number] = { figure: reader.figure(r, c.col, `${c.header}, ${name}`), header: c.header };
    if (c.year !== undefined) prev.year = c.year;
    if (c.date) prev.date = c.date;
    ind.previousOutcomes.push(prev);
  }
  const assessmentCol = col('assessment');
  if (assessmentCol) ind.assessment = reader.assessment(r, assessmentCol);
  const footCol = col('footnote');
  const footnote = (footCol ? reader.text(r, footCol)?.text : undefined) ?? (marker ? notes.get(marker) : undefined);
  if (footnote) ind.footnote = footnote;
  const kolada = KOLADA.exec(footnote ?? '') ?? KOLADA.exec(nameCell.text);
  if (kolada) ind.koladaId = kolada[1].toUpperCase();
  if (/ackumulera/i.test(`${name} ${footnote ?? ''}`)) ind.cumulative = true;
  const unit = indicatorUnit(name, target?.text, ind.outcome?.raw);
  if (unit) ind.unit = unit;
  return ind;
}
