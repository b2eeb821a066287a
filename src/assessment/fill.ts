import type { Cell, WorkbookGrid } from '../grid/types';
import type { WritePlan, CellEdit } from '../grid/write-plan';
import type { FilledCell, ToolState } from '../grid/tool-state';
import { readToolStateChecked, stateFindings, STATE_SHEET } from '../grid/tool-state';
import { parseA1, parseRange, toA1 } from '../grid/address';
import { cellsOf, findSheet, getCell } from '../grid/sheet';
import type { Figure, Goal, Indicator, Indicators, ReportModel, SourceRef } from '../model/types';
import { tablesOf } from '../model/types';
import type { Finding } from '../model/finding';
import type { Target } from './target';
import { describeTarget, formatNumber, parseTarget } from './target';
import type { Scale, ScaleLevel, ScaleUse } from './scales';
import { allScales, goal4, levelByFill, parseCustomScales, recognizeLevel, withThresholds } from './scales';
import type { Assessment, AssessOptions } from './assess';
import { assess, dateLabel, projectionFactor } from './assess';
import type { GoalRule, RatedLevel } from './goal';
import { suggestGoal } from './goal';
import { detectScale } from './detect-scale';
import type { BoardScale } from './legend';
import { boardScaleFromLegends, findLegends, goalRuleFromTexts, levelRules, parseLevelLabel, scaleFromColours, scaleFromLevels } from './legend';
import { parseOutcome } from './outcome';
import { lowerIsBetter } from './target';
import type { FillSettings, ResolvedSettings } from './settings';
import { resolveSettings, savedAssessment } from './settings';
import { makeFinding } from './messages';

/**
 * Fill the Bedömning cells of the indicator tables. Pure: reads the grid and the model,
 * returns a WritePlan for an adapter. It writes a level's name and signal colour only into an
 * assessment cell that is empty or still holds what the tool wrote there before; a cell a
 * person typed or coloured is kept, and a differing suggestion becomes an info finding.
 *
 * Internal-control assessments are left alone on purpose: they are the controller's judgement
 * of how a control went, there is no target to compute them from, and their cells hold the
 * controller's own text, which the tool does not own.
 */

export interface FilledEntry {
  sheet: string;
  cell: string;
  /** The level name written. */
  value: string;
  fill: string | null;
  /** The indicator's name, or the goal's title for a goal-level cell. */
  indicator: string;
  kind: 'indicator' | 'goal';
  /** Swedish: "Utfall 190 mot målvärde <166: 14,5 % från målet → Delvis uppfyllt". */
  reason: string;
}

export interface SkippedEntry {
  sheet: string;
  cell: string;
  reason: string;
  indicator?: string;
}

export interface ScaleChoice {
  id: string;
  name: string;
  /**
   * Where the choice came from: a saved or passed setting, assessment cells, a legend (a row or
   * note, or a legend sheet), the default (the workbook shows no scale), or none (the board's
   * own scale could not be read: nothing is filled).
   */
  source: 'setting' | 'cells' | 'legend' | 'default' | 'none';
  evidence?: string[];
  /** The cells the scale was read from ("Förklaring!A2:A5"). */
  where?: string;
  /** Where the limits come from: the legend's bands, the documented default, the built-in scale's. */
  thresholds?: 'legend' | 'default' | 'builtin';
  /** Each level with its rule in words ("91–99 % av målet"), worst first; the no-value level last. */
  levels?: { name: string; fill: string | null; rule: string }[];
  /** Why no scale is used (source 'none'). */
  problem?: string;
  /** The board's own scale: its goal rows are filled only with a chosen goal rule. */
  own?: boolean;
}

export interface FillResult {
  plan: WritePlan;
  filled: FilledEntry[];
  skipped: SkippedEntry[];
  findings: Finding[];
  scales: { indicator: ScaleChoice; goal: ScaleChoice };
  /** The scales the controller can choose from (built-in, saved custom, the board's legend). */
  choices: { id: string; name: string }[];
  /**
   * How goals are summed up: a chosen rule (setting), the rule the board prints ("printed",
   * with its sentence), the default for built-in scales, or none (the board's own scale without
   * a rule: goal cells stay empty).
   */
  goalRule: { rule?: GoalRule; source: 'setting' | 'printed' | 'default' | 'none'; text?: string };
}

// ---------------------------------------------------------------- grid access

function cellAt(wb: WorkbookGrid, ref: SourceRef): { cell?: Cell; address: string } | undefined {
  const sheet = findSheet(wb, ref.sheet);
  if (!sheet) return undefined;
  let { row, col } = parseA1(ref.cell);
  let cell = getCell(sheet, row, col);
  // A covered cell of a merge shows nothing; the merge's first cell is the one to read and write.
  const merge = cell?.merge ?? sheet.merges.find((m) => inRange(m, row, col));
  if (merge) {
    const box = parseRange(merge);
    row = box.top;
    col = box.left;
    cell = getCell(sheet, row, col);
  }
  return { cell, address: toA1(row, col) };
}

function inRange(range: string, row: number, col: number): boolean {
  try {
    const b = parseRange(range);
    return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
  } catch {
    return false;
  }
}

function isBlank(cell: Cell | undefined): boolean {
  const v = cell?.value;
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A white fill is what many templates put everywhere; it is no signal. */
function signalFill(cell: Cell | undefined): string | undefined {
  const f = cell?.fill?.toUpperCase();
  return f && f !== 'FFFFFF' ? f : undefined;
}

function cellText(cell: Cell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v.error;
}

type Ownership =
  | { kind: 'free'; sheet: string; address: string }
  | { kind: 'ours'; sheet: string; address: string }
  | { kind: 'taken'; sheet: string; address: string; why: string; text: string; fill?: string };

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

function ownership(wb: WorkbookGrid, filled: Map<string, FilledCell>, ref: SourceRef): Ownership {
  const at = cellAt(wb, ref);
  if (!at) return { kind: 'taken', sheet: ref.sheet, address: ref.cell, why: `Bladet "${ref.sheet}" finns inte`, text: '' };
  const { cell, address } = at;
  const mine = filled.get(key(ref.sheet, address));
  const text = cellText(cell);
  const fill = signalFill(cell);
  const base = { sheet: ref.sheet, address };
  if (cell?.formula) return { kind: 'taken', ...base, why: `Cellen innehåller en formel (=${cell.formula}) – behålls`, text, fill };
  if (isBlank(cell)) {
    if (!fill || mine) return { kind: mine ? 'ours' : 'free', ...base };
    return { kind: 'taken', ...base, why: `Cellen är färgad för hand (${fill}) – behålls`, text: '', fill };
  }
  if (mine && typeof cell?.value === 'string' && cell.value === mine.value) return { kind: 'ours', ...base };
  if (mine) {
    return { kind: 'taken', ...base, why: `Ändrad för hand efter förra ifyllningen (verktyget skrev "${mine.value}", nu "${text}") – behålls`, text, fill };
  }
  return { kind: 'taken', ...base, why: `Innehåller redan "${text}" – behålls`, text, fill };
}

// ---------------------------------------------------------------- model values


/** A number cell formatted as percent holds 0.87 for 87 %; targets are written in percent. */
function isPercentCell(cell: Cell | undefined): cell is Cell & { value: number } {
  return typeof cell?.value === 'number' && !!cell.numFmt && cell.numFmt.includes('%');
}

function plain(n: number): string {
  return String(Number(n.toPrecision(12)));
}

function targetText(wb: WorkbookGrid, ind: Indicator): string | null {
  if (!ind.target) return null;
  const cell = cellAt(wb, ind.target.ref)?.cell;
  if (isPercentCell(cell)) return `${plain(cell.value * 100)} %`;
  if (typeof cell?.value === 'number') return plain(cell.value);
  return ind.target.text;
}

interface Outcome {
  value: number | null;
  percent: boolean;
  /** Raw content of an unreadable outcome. */
  unreadable?: string;
  /** "Ja" / "Nej". */
  yesNo?: boolean;
  /** A number cell without a percent format (a fraction there is not read as percent). */
  plainNumber?: boolean;
}

/** A formula cell Excel never calculated: no value, yet not missing. */
const uncalculated = (fig: Figure | undefined): boolean => !!fig && fig.value === null && !!fig.formula && !fig.problem;

/** The outcome as stored: number (percent by its format), "87 %", "87 procent", "NKI 79", Ja/Nej. */
function readFigure(wb: WorkbookGrid, fig: Figure | undefined): Outcome {
  if (!fig) return { value: null, percent: false };
  const cell = cellAt(wb, fig.ref)?.cell;
  const p = parseOutcome(cell ? cell.value : fig.value, cell?.numFmt);
  switch (p.kind) {
    case 'number':
      return { value: p.value, percent: p.percent || !!fig.percent, ...(typeof cell?.value === 'number' && !p.percent ? { plainNumber: true } : {}) };
    case 'yesno':
      return { value: p.value ? 1 : 0, percent: false, yesNo: p.value };
    case 'missing':
      return { value: null, percent: false };
    case 'unreadable':
      return { value: null, percent: false, unreadable: p.raw };
  }
}

const yearOfColumn = (c: { year?: number; date?: string } | undefined) => c?.year ?? (c?.date ? Number(c.date.slice(0, 4)) : undefined);

/**
 * Targets for several years ("Målvärde 2016 | Målvärde 2017") beside one outcome year: the
 * target of the outcome's year is the one to compare with. The mapping keeps one target column
 * (the latest); when its year is not the outcome's, the header row is searched for the
 * outcome's year. Undefined: nothing to correct; 'missing': no target for that year.
 */
function targetOfOutcomeYear(wb: WorkbookGrid, table: Indicators, ind: Indicator): { text: string | null; ref: SourceRef } | 'missing' | undefined {
  const tcol = table.columns.find((c) => c.role === 'target');
  const ocol = table.columns.find((c) => c.role === 'outcome');
  const ty = yearOfColumn(tcol);
  const oy = yearOfColumn(ocol);
  if (!tcol || ty === undefined || oy === undefined || ty === oy) return undefined;
  const sheet = findSheet(wb, table.sheet);
  if (!sheet) return 'missing';
  const headerRow = parseA1(tcol.ref.cell).row;
  for (const c of sheet.rows[headerRow - 1] ?? []) {
    if (!c || typeof c.value !== 'string') continue;
    const h = c.value.replace(/\s+/g, ' ');
    if (/^(mål|målvärde|målnivå|målsättning)\b/i.test(h) && new RegExp(`\\b${oy}\\b`).test(h)) {
      const ref = { sheet: table.sheet, cell: toA1(ind.row, c.col) };
      const cell = getCell(sheet, ind.row, c.col);
      const v = cell?.value;
      const text = v === null || v === undefined ? null : typeof v === 'number' && cell?.numFmt?.includes('%') ? `${plain(v * 100)} %` : typeof v === 'string' || typeof v === 'number' ? String(v) : null;
      return { text, ref };
    }
  }
  return 'missing';
}

function previousFor(wb: WorkbookGrid, ind: Indicator, target: Target): AssessOptions['previous'] {
  const yearOf = (p: Indicator['previousOutcomes'][number]) => p.year ?? (p.date ? Number(p.date.slice(0, 4)) : undefined);
  const usable = ind.previousOutcomes
    .map((p) => ({ p, o: readFigure(wb, p.figure), year: yearOf(p) }))
    .filter((x) => x.o.value !== null);
  if (usable.length === 0) return null;
  const wanted = target.kind === 'previous' && target.year !== undefined ? usable.find((x) => x.year === target.year) : undefined;
  if (target.kind === 'previous' && target.year !== undefined && !wanted) return null;
  const pick = wanted ?? [...usable].sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity))[0];
  return { value: pick.o.value as number, label: pick.year !== undefined ? `utfall ${pick.year}` : 'föregående utfall' };
}

// ---------------------------------------------------------------- scale choice

/** What the workbook shows of a board's own scale. */
interface BoardEvidence {
  legend?: BoardScale;
  legendProblem?: { where: string; problem: string };
  cells?: BoardScale;
  cellsProblem?: string;
  colours?: BoardScale;
  coloursProblem?: string;
}

/**
 * Labels a person typed in the assessment cells that no known scale holds: if they read as
 * levels ("Målet är uppfyllt", "Målet är delvis uppfyllt", …) they are the board's own scale.
 */
function boardFromCells(texts: readonly string[], scales: readonly Scale[], use: ScaleUse, where: string): { board?: BoardScale; problem?: string } {
  const distinct = [...new Map(texts.map((t) => [t.trim().toLowerCase(), t.trim()])).values()].filter(Boolean);
  if (distinct.length === 0) return {};
  const usable = scales.filter((s) => s.uses.includes(use));
  if (distinct.every((t) => usable.some((s) => recognizeLevel(s, t)))) return {};
  const levels = distinct.map((t) => parseLevelLabel(t));
  const bad = distinct.find((_, i) => !levels[i]);
  if (bad !== undefined) return { problem: `bedömningen "${bad}" hör inte till någon känd skala` };
  const r = scaleFromLevels(levels.filter((l) => l !== undefined), 'boardCells', 'Nämndens skala (från ifyllda bedömningar)');
  if (!r.scale) return { problem: r.problem };
  return { board: { scale: r.scale, where, from: 'cells', thresholds: r.thresholds } };
}

/** A built-in scale in the board's own spelling: "Uppfyllt" where the board writes that for "Helt uppfyllt". */
function inBoardWords(scale: Scale, texts: readonly string[]): Scale {
  let changed = false;
  const levels = scale.levels.map((l) => {
    const hit = texts.find((t) => recognizeLevel(scale, t) === l && t.trim() && t.trim().toLowerCase() !== l.name.toLowerCase());
    if (!hit) return l;
    changed = true;
    const name = hit.trim().replace(/\s+/g, ' ');
    return { ...l, name, aliases: [l.name, ...(l.aliases ?? []).filter((a) => a.toLowerCase() !== name.toLowerCase())] };
  });
  return changed ? { ...scale, levels } : scale;
}

function boardChoice(b: BoardScale, source: ScaleChoice['source']): ScaleChoice {
  return { id: b.scale.id, name: b.scale.name, source, where: b.where, thresholds: b.thresholds, levels: levelRules(b.scale), own: true };
}

function chooseScale(
  use: ScaleUse,
  requested: (string | undefined)[],
  scales: readonly Scale[],
  cellTexts: string[],
  legendTexts: string[],
  ev: BoardEvidence,
  findings: Finding[],
  /** The first assessment cell: where the notices about the scale point (none: nothing to fill, nothing to say). */
  anchor: SourceRef | undefined,
): { scale?: Scale; choice: ScaleChoice } {
  const useWord = use === 'goal' ? 'mål' : 'nyckeltal';
  const stateCell = { sheet: STATE_SHEET, cell: 'A1' };
  const notice = (f: Finding) => {
    if (anchor) findings.push({ ...f, sheet: anchor.sheet, cell: anchor.cell });
  };
  const board = ev.legend ?? ev.cells ?? ev.colours;
  for (const [i, id] of requested.entries()) {
    if (id === undefined) continue;
    if (id === 'board' || id === 'boardCells' || id === 'boardColours') {
      const b = id === 'board' ? ev.legend : id === 'boardCells' ? ev.cells : ev.colours;
      if (b) return { scale: b.scale, choice: { ...boardChoice(b, 'setting') } };
      if (i === 0) findings.push(makeFinding('assessment/settings', 'unknownScale', stateCell, { scale: id }));
      continue;
    }
    const scale = scales.find((s) => s.id === id);
    // Only the first request is the setting for this use; the others are hints that may not fit.
    if (scale && scale.uses.includes(use)) {
      // A scale the controller defined and chose: its goal rule is the settings' (default average).
      return { scale, choice: { id, name: scale.name, source: 'setting', thresholds: scale.custom ? 'legend' : 'builtin', levels: levelRules(scale) } };
    }
    if (i === 0) {
      findings.push(
        scale
          ? makeFinding('assessment/settings', 'unusableScale', stateCell, { scale: id, use: useWord })
          : makeFinding('assessment/settings', 'unknownScale', stateCell, { scale: id }),
      );
    }
  }
  // A legend that states its limits is the board's rule, whatever else the workbook shows.
  if (ev.legend && ev.legend.thresholds === 'legend') return { scale: ev.legend.scale, choice: boardChoice(ev.legend, 'legend') };
  const found = detectScale(scales, use, cellTexts, legendTexts);
  if (found) {
    const scale = inBoardWords(found.scale, [...cellTexts]);
    return {
      scale,
      choice: { id: found.scale.id, name: found.scale.name, source: found.from, evidence: found.evidence, thresholds: found.scale.custom ? 'legend' : 'builtin', levels: levelRules(scale) },
    };
  }
  if (board) {
    notice(makeFinding('assessment/scale', 'defaultThresholds', stateCell, { where: board.where, rules: levelRules(board.scale).map((l) => `${l.name}: ${l.rule}`).join('; ') }));
    return { scale: board.scale, choice: boardChoice(board, board.from === 'cells' ? 'cells' : 'legend') };
  }
  const problem = ev.legendProblem ? `förklaringen i ${ev.legendProblem.where}: ${ev.legendProblem.problem}` : (ev.cellsProblem ?? ev.coloursProblem);
  if (problem) {
    notice(makeFinding('assessment/scale', 'undetermined', stateCell, { problem, use: useWord }));
    return { choice: { id: '', name: '', source: 'none', problem } };
  }
  notice(makeFinding('assessment/scale', 'defaultScale', stateCell, { scale: goal4.name }));
  return { scale: goal4, choice: { id: goal4.id, name: goal4.name, source: 'default', thresholds: 'builtin', levels: levelRules(goal4) } };
}

// ---------------------------------------------------------------- the fill

interface Context {
  wb: WorkbookGrid;
  model: ReportModel;
  settings: ResolvedSettings;
  filledBefore: Map<string, FilledCell>;
  /** Entries of the new state's filled list, by cell. */
  filledAfter: Map<string, FilledCell>;
  handled: Set<string>;
  edits: CellEdit[];
  filled: FilledEntry[];
  skipped: SkippedEntry[];
  findings: Finding[];
}

function thresholdsFor(ctx: Context, scale: Scale, ind?: Indicator): Scale {
  const t = ctx.settings.thresholds;
  let s = withThresholds(scale, t.scales?.[scale.id]);
  if (ind) {
    const byCell = t.indicators?.[key(ind.name.ref.sheet, ind.name.ref.cell)];
    const byName = t.indicators?.[ind.name.text.trim()];
    s = withThresholds(s, byName);
    s = withThresholds(s, byCell);
  }
  return s;
}

/** Write a level into a cell the tool owns, or say why not. */
function place(
  ctx: Context,
  ref: SourceRef,
  scale: Scale,
  level: ScaleLevel | undefined,
  reason: string,
  label: string,
  kind: 'indicator' | 'goal',
): void {
  const own = ownership(ctx.wb, ctx.filledBefore, ref);
  const k = key(own.sheet, own.address);
  if (ctx.handled.has(k)) return;
  ctx.handled.add(k);
  const at = { sheet: own.sheet, cell: own.address };
  if (own.kind === 'taken') {
    ctx.skipped.push({ ...at, reason: own.why, indicator: label });
    ctx.filledAfter.delete(k);
    if (level) {
      const hand = recognizeLevel(scale, own.text) ?? (own.text.trim() === '' ? levelByFill(scale, own.fill) : undefined);
      const kept = hand?.name ?? own.text.trim();
      if (kept && hand !== level) {
        ctx.findings.push(
          makeFinding('assessment/hand-value-differs', kind, at, { kept, suggested: level.name, reason, indicator: label }, { expected: level.name, actual: kept }),
        );
      }
    }
    return;
  }
  if (!level) {
    if (own.kind === 'ours') {
      ctx.edits.push({ ...at, value: null, fill: null });
      ctx.filledAfter.delete(k);
      ctx.skipped.push({ ...at, reason: `Tidigare ifylld av verktyget men kan inte bedömas nu (${reason}) – tömd`, indicator: label });
    } else {
      ctx.skipped.push({ ...at, reason: `Ingen bedömning: ${reason}`, indicator: label });
    }
    return;
  }
  // A board that marks levels by colour alone gets the colour alone.
  ctx.edits.push({ ...at, value: level.colourOnly ? null : level.name, fill: level.fill });
  ctx.filledAfter.set(k, { ...at, value: level.colourOnly ? '' : level.name });
  ctx.filled.push({ ...at, value: level.name, fill: level.fill, indicator: label, kind, reason });
}

function assessIndicator(ctx: Context, table: Indicators, goal: Goal, ind: Indicator, baseScale: Scale): RatedLevel | undefined {
  const name = ind.name.text.trim();
  const scale = thresholdsFor(ctx, baseScale, ind);
  const forYear = targetOfOutcomeYear(ctx.wb, table, ind);
  const tText = forYear === 'missing' ? null : forYear ? forYear.text : targetText(ctx.wb, ind);
  const target = parseTarget(tText, { indicator: name, goal: goal.title.text });
  const where = (ref?: SourceRef) => ref ?? ind.assessment?.ref ?? ind.name.ref;
  let outcome = readFigure(ctx.wb, ind.outcome);
  // "Ja" against a figure is no figure.
  if (outcome.yesNo !== undefined && target.kind !== 'yesno') outcome = { value: null, percent: false, unreadable: outcome.yesNo ? 'Ja' : 'Nej' };
  const unit = (target.kind === 'compare' || target.kind === 'range') && target.unit ? target.unit : outcome.percent || ind.unit === 'percent' ? 'percent' : undefined;

  const lower = lowerIsBetter({ indicator: name, goal: goal.title.text });
  const options: AssessOptions = {
    unit,
    previous: previousFor(ctx.wb, ind, target),
    ...(outcome.yesNo !== undefined ? { yesNo: outcome.yesNo } : {}),
    ...(lower ? { lowerIsBetterBecause: lower } : {}),
  };
  // 0,87 in a plain number cell against "Minst 90 %": a fraction or 0,87 percent? Not guessed.
  const targetValue = target.kind === 'compare' ? target.value : target.kind === 'range' ? target.max : undefined;
  if (
    (target.kind === 'compare' || target.kind === 'range') &&
    target.unit === 'percent' &&
    targetValue !== undefined &&
    targetValue > 1 &&
    outcome.plainNumber &&
    outcome.value !== null &&
    outcome.value !== 0 &&
    Math.abs(outcome.value) <= 1
  ) {
    const value = formatNumber(outcome.value);
    ctx.findings.push(makeFinding('assessment/fraction-outcome', 'suspect', where(ind.outcome?.ref), { value, indicator: name, target: describeTarget(target) }));
    if (ind.assessment) place(ctx, ind.assessment.ref, scale, undefined, `utfallet ${value} ser ut som en andel men är inte formaterat som procent`, name, 'indicator');
    return undefined;
  }
  if (ind.cumulative && ctx.model.period.kind !== 'annual' && outcome.value !== null && target.kind !== 'unreadable') {
    if (!ctx.settings.projectCumulative) {
      ctx.findings.push(makeFinding('assessment/cumulative', 'notProjected', where(ind.outcome?.ref), { indicator: name }));
    } else {
      const period = ctx.model.period;
      const outCol = table.columns.find((c) => c.role === 'outcome');
      const cutoff = outCol?.date ?? (period.kind === 'interim' ? period.cutoff : undefined);
      const targetCol = table.columns.find((c) => c.role === 'target');
      const targetDate = targetCol?.date ?? (cutoff ? `${cutoff.slice(0, 4)}-12-31` : undefined);
      const factor = cutoff && targetDate ? projectionFactor(cutoff, targetDate) : undefined;
      if (factor === undefined || !cutoff || !targetDate) {
        ctx.findings.push(makeFinding('assessment/cumulative', 'noDate', where(ind.outcome?.ref), { indicator: name }));
      } else {
        options.projection = { factor, fromLabel: dateLabel(cutoff), toLabel: dateLabel(targetDate) };
      }
    }
  }

  const a: Assessment = assess(target, outcome.unreadable !== undefined ? null : outcome.value, scale, options);
  if (target.kind === 'compare' && target.source === 'bare' && target.lowerIsBetterBecause && target.value !== 0) {
    ctx.findings.push(
      makeFinding('assessment/assumed-direction', 'lower', where(ind.target?.ref), {
        target: target.raw.trim(),
        indicator: name,
        value: formatNumber(target.value),
        word: target.lowerIsBetterBecause,
      }),
    );
  }
  if (a.status === 'not-assessed') {
    if (a.code === 'unreadable-target') {
      const id = target.kind === 'unreadable' && target.reason === 'empty' ? 'missing' : 'unreadable';
      ctx.findings.push(makeFinding('assessment/unreadable-target', id, where(ind.target?.ref), { target: (tText ?? '').trim(), indicator: name }));
    } else if (a.code === 'no-outcome') {
      ctx.findings.push(
        outcome.unreadable !== undefined
          ? makeFinding('assessment/no-outcome', 'unreadable', where(ind.outcome?.ref), { raw: outcome.unreadable, indicator: name })
          : uncalculated(ind.outcome)
            ? makeFinding('assessment/no-outcome', 'uncalculated', where(ind.outcome?.ref), { indicator: name })
            : makeFinding('assessment/no-outcome', 'missing', where(ind.outcome?.ref), { indicator: name }),
      );
    } else if (a.code === 'between-levels' || a.code === 'not-yes-no') {
      ctx.findings.push(makeFinding('assessment/between-levels', 'between', where(ind.outcome?.ref), { reason: a.reason, indicator: name }));
    } else {
      ctx.findings.push(makeFinding('assessment/no-previous-outcome', 'missing', where(ind.target?.ref), { target: describeTarget(target), indicator: name }));
    }
  }
  const level = a.status === 'not-assessed' ? undefined : a.level;
  const reason =
    outcome.unreadable !== undefined && a.status !== 'assessed'
      ? `Utfallet "${outcome.unreadable}" är inte ett tal; ${a.reason}`
      : a.status !== 'assessed' && uncalculated(ind.outcome)
        ? `utfallet i ${ind.outcome?.ref.cell} är en formel utan sparat värde (arbetsboken är inte omräknad)`
        : a.reason;
  if (ind.assessment) place(ctx, ind.assessment.ref, scale, level, reason, name, 'indicator');
  return a.status === 'assessed' ? { level: a.level, scale } : undefined;
}

/** Texts of assessment cells a person wrote (the tool's own earlier values are no evidence). */
function evidence(wb: WorkbookGrid, filled: Map<string, FilledCell>, refs: SourceRef[]): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    const at = cellAt(wb, ref);
    if (!at?.cell) continue;
    const text = cellText(at.cell);
    const mine = filled.get(key(ref.sheet, at.address));
    if (text.trim() && !(mine && mine.value === text)) out.push(text);
  }
  return out;
}

/** Short texts anywhere in the workbook: where a legend of signal colours would be. */
function legendTexts(wb: WorkbookGrid): string[] {
  const out: string[] = [];
  for (const sheet of wb.sheets) {
    if (sheet.name === STATE_SHEET && sheet.state !== 'visible') continue;
    for (const c of cellsOf(sheet)) if (typeof c.value === 'string' && c.value.length <= 200) out.push(c.value);
  }
  return out;
}

/**
 * The state's record of filled cells, kept only where the workbook agrees: the tool writes a
 * scale level's name with that level's colour, so a record is trusted only when it names a level
 * and the cell holds that name (or nothing) with no other colour. A forged record claiming a
 * person's text or colour leaves that cell the person's.
 */
function trustedFilled(wb: WorkbookGrid, records: readonly FilledCell[], scales: readonly Scale[]): FilledCell[] {
  const fillOf = new Map<string, Set<string>>();
  for (const sc of scales) {
    for (const l of sc.levels) {
      const set = fillOf.get(l.name) ?? new Set<string>();
      set.add((l.fill ?? '').toUpperCase());
      fillOf.set(l.name, set);
    }
  }
  return records.filter((f) => {
    const at = cellAt(wb, { sheet: f.sheet, cell: f.cell });
    if (!at || at.address !== f.cell) return false;
    // A cell that now differs stays the person's anyway; the record only explains why.
    if (at.cell?.formula || (!isBlank(at.cell) && at.cell?.value !== f.value)) return true;
    const fills = fillOf.get(f.value);
    if (!fills) return false;
    const fill = signalFill(at.cell);
    return fill === undefined || fills.has(fill);
  });
}

export function planFill(wb: WorkbookGrid, model: ReportModel, passed?: FillSettings): FillResult {
  const reading = readToolStateChecked(wb);
  const state: ToolState = reading.state;
  const settings = resolveSettings(state, passed);
  // Parts of the state that were dropped are told, never silently lost.
  const findings: Finding[] = stateFindings(reading);
  const stateCell = { sheet: STATE_SHEET, cell: 'A1' };
  if (settings.badGoalRule !== undefined) findings.push(makeFinding('assessment/settings', 'unknownGoalRule', stateCell, { rule: settings.badGoalRule }));
  const custom = parseCustomScales(settings.customScales);
  for (const p of custom.problems) findings.push(makeFinding('assessment/settings', 'badCustomScale', stateCell, { index: p.index + 1, problem: p.problem }));
  const scales = allScales(custom.scales);

  const tables = tablesOf(model, 'indicators');
  const indicatorRefs = tables.flatMap((t) => t.goals.flatMap((g) => g.indicators.flatMap((i) => (i.assessment ? [i.assessment.ref] : []))));
  const goalRefs = tables.flatMap((t) => t.goals.flatMap((g) => (g.assessment ? [g.assessment.ref] : [])));
  // The board's own scale: its legend (anywhere outside the assessment cells and the tables), else its typed labels.
  const skip = new Set([...indicatorRefs, ...goalRefs].map((r) => key(r.sheet, r.cell)));
  const fromLegend = boardScaleFromLegends(findLegends(wb, skip, tables.map((t) => ({ sheet: t.sheet, range: t.range }))));
  // What the tool wrote earlier is checked against every scale it could have written, the board's legend among them.
  const writable = fromLegend.board ? [...scales, fromLegend.board.scale] : scales;
  const filledBefore = new Map(trustedFilled(wb, state.filled ?? [], writable).map((f) => [key(f.sheet, f.cell), f] as const));
  const legend = legendTexts(wb);
  const indicatorTexts = evidence(wb, filledBefore, indicatorRefs);
  const goalTexts = evidence(wb, filledBefore, goalRefs);
  const column = (refs: SourceRef[]) => (refs.length ? `${refs[0].sheet}!${refs[0].cell}:${refs[refs.length - 1].cell}` : '');
  const fromCells = boardFromCells([...indicatorTexts, ...goalTexts], scales, 'indicator', column(indicatorRefs));
  // Colours a person set in empty assessment cells (the tool's own fills are no evidence).
  const handFills = [...indicatorRefs, ...goalRefs].flatMap((ref) => {
    const at = cellAt(wb, ref);
    if (!at?.cell || !isBlank(at.cell) || filledBefore.has(key(ref.sheet, at.address))) return [];
    const f = signalFill(at.cell);
    return f ? [f] : [];
  });
  const fromColours = indicatorTexts.length || goalTexts.length ? {} : scaleFromColours(handFills, column(indicatorRefs));
  const ev: BoardEvidence = {
    ...(fromColours.board ? { colours: fromColours.board } : {}),
    ...(fromColours.problem ? { coloursProblem: fromColours.problem } : {}),
    ...(fromLegend.board ? { legend: fromLegend.board } : {}),
    ...(fromLegend.problem ? { legendProblem: fromLegend.problem } : {}),
    ...(fromCells.board ? { cells: fromCells.board } : {}),
    ...(fromCells.problem ? { cellsProblem: fromCells.problem } : {}),
  };
  const forIndicators = chooseScale('indicator', [settings.scale], scales, indicatorTexts, legend, ev, findings, indicatorRefs[0] ?? goalRefs[0]);
  const forGoals = chooseScale('goal', [settings.goalScale, settings.scale], scales, goalTexts, legend, ev, findings, goalRefs[0] ?? indicatorRefs[0]);
  const explicitRule = passed?.goalRule !== undefined || state.assessment?.goalRule !== undefined;
  // A rule the board prints for its goals ("Målet är uppfyllt när samtliga nyckeltal är uppfyllda").
  const printedRule = explicitRule ? undefined : goalRuleFromTexts(legend);
  const ruleChosen = explicitRule || printedRule !== undefined;
  const goalRule = printedRule?.rule ?? settings.goalRule;

  const ctx: Context = {
    wb,
    model,
    settings,
    filledBefore,
    filledAfter: new Map(filledBefore),
    handled: new Set(),
    edits: [],
    filled: [],
    skipped: [],
    findings,
  };

  const noScale = (use: ScaleChoice) => `nämndens skala kan inte läsas (${use.problem ?? 'okänd'})`;
  let ruleMissing = false;
  for (const table of tables) {
    for (const goal of table.goals) {
      const rated: RatedLevel[] = [];
      for (const ind of goal.indicators) {
        if (!forIndicators.scale) {
          if (ind.assessment) place(ctx, ind.assessment.ref, goal4, undefined, noScale(forIndicators.choice), ind.name.text.trim(), 'indicator');
          continue;
        }
        const r = assessIndicator(ctx, table, goal, ind, forIndicators.scale);
        if (r) rated.push(r);
      }
      if (!goal.assessment) continue;
      const label = goal.title.text.trim();
      if (!forGoals.scale) {
        place(ctx, goal.assessment.ref, goal4, undefined, noScale(forGoals.choice), label, 'goal');
        continue;
      }
      // A board's own scale says nothing of how its goals are summed up: only a chosen rule fills them.
      if (forGoals.choice.own && !ruleChosen) {
        ruleMissing = true;
        place(ctx, goal.assessment.ref, forGoals.scale, undefined, 'ingen regel vald för målets samlade bedömning', label, 'goal');
        continue;
      }
      const goalScale = thresholdsFor(ctx, forGoals.scale);
      const s = suggestGoal(rated, goalScale, goalRule);
      const why = s && printedRule ? `${s.reason} (nämndens regel: "${printedRule.text}")` : s?.reason;
      const reason = why ?? (goal.indicators.length ? 'inget av målets nyckeltal kunde bedömas' : 'målet har inga nyckeltal');
      place(ctx, goal.assessment.ref, goalScale, s?.level, reason, label, 'goal');
    }
  }
  const firstGoal = goalRefs[0];
  if (ruleMissing && firstGoal) findings.push(makeFinding('assessment/goal-rule', 'notChosen', firstGoal, { scale: forGoals.choice.name }));

  const nextState: ToolState = { ...state, filled: [...ctx.filledAfter.values()] };
  const assessment = savedAssessment(state, passed);
  if (assessment) nextState.assessment = assessment;
  // A user's sheet holds the state sheet's name: no writer may replace it, so no state is saved
  // (the command line refuses before this; see StateSheetTaken in src/cli/errors.ts).
  const plan: WritePlan = { edits: ctx.edits, addSheets: [], deleteSheets: [], state: reading.userSheet ? undefined : nextState };
  const choices = [
    ...scales.filter((x) => x.uses.includes('indicator')).map((x) => ({ id: x.id, name: x.name })),
    ...(ev.legend ? [{ id: 'board', name: `${ev.legend.scale.name} (${ev.legend.where})` }] : []),
    ...(ev.cells ? [{ id: 'boardCells', name: `${ev.cells.scale.name} (${ev.cells.where})` }] : []),
    ...(ev.colours ? [{ id: 'boardColours', name: `${ev.colours.scale.name} (${ev.colours.where})` }] : []),
  ];
  // The same notice for key figures and goals is said once.
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const k = `${f.rule}|${f.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const goalRuleInfo: FillResult['goalRule'] = explicitRule
    ? { rule: settings.goalRule, source: 'setting' }
    : printedRule
      ? { rule: printedRule.rule, source: 'printed', text: printedRule.text }
      : forGoals.choice.own
        ? { source: 'none' }
        : { rule: settings.goalRule, source: 'default' };
  return { plan, filled: ctx.filled, skipped: ctx.skipped, findings: unique, scales: { indicator: forIndicators.choice, goal: forGoals.choice }, choices, goalRule: goalRuleInfo };
}
