import { readWorkbook, applyWritePlan } from '../../../src/xlsx';
import { mapWorkbook, buildModel } from '../../../src/mapping';
import { planFill } from '../../../src/assessment';
import type { FillResult, FillSettings } from '../../../src/assessment';
import type { WorkbookGrid } from '../../../src/grid/types';
import { readToolState } from '../../../src/grid/tool-state';
import { changedCells } from '../../assessment/helpers';
import { tablesOf } from '../../../src/model/types';
import type { Indicators } from '../../../src/model/types';
import { HELSINGBORG_2016, HELSINGBORG_LEGEND } from './helsingborg-2016';
import type { BoardTable } from './helsingborg-2016';
import { boardWorkbook, GOAL_SHEET } from './build';

/**
 * Goal tables of other boards, transcribed from their published reports (see helsingborg-2016.ts),
 * end to end: build the workbook, read it, map it, plan the fill, apply it, read it back, and
 * compare every cell. The fill must write exactly the level the board's own legend gives, in the
 * board's words, and nothing else.
 */

async function fill(input: Buffer, settings?: FillSettings): Promise<{ before: WorkbookGrid; result: FillResult; out: Buffer; after: WorkbookGrid; tables: Indicators[] }> {
  const before = await readWorkbook(input);
  const { model } = buildModel(before, mapWorkbook(before));
  const result = planFill(before, model, settings);
  const out = await applyWritePlan(input, result.plan);
  const after = await readWorkbook(out);
  return { before, result, out, after, tables: tablesOf(model, 'indicators') };
}

/** The expected level per assessment cell, found through the model by the measure's name. */
function expectedCells(board: BoardTable, tables: Indicators[]): { decided: Record<string, string>; undecided: string[] } {
  const decided: Record<string, string> = {};
  const undecided: string[] = [];
  const rows = board.sections.flatMap((s) => s.rows).filter((r) => r.measure);
  const indicators = tables.flatMap((t) => t.goals.flatMap((g) => g.indicators));
  for (const row of rows) {
    const ind = indicators.find((i) => i.name.text === row.measure?.trim());
    if (!ind?.assessment) throw new Error(`"${row.measure}" is not mapped with an assessment cell`);
    if (row.expected) decided[`${ind.assessment.ref.sheet}!${ind.assessment.ref.cell}`] = row.expected;
    else undecided.push(`${ind.assessment.ref.sheet}!${ind.assessment.ref.cell}`);
  }
  return { decided, undecided };
}

const PLACES = ['above', 'sheet', 'line'] as const;

describe.each(HELSINGBORG_2016.map((b, i) => [b.board, b, PLACES[i % 3]] as const))('%s (Helsingborg 2016)', (_name, board, legendAt) => {
  let run: Awaited<ReturnType<typeof fill>>;
  beforeAll(async () => {
    run = await fill(await boardWorkbook(board, legendAt));
  });

  it('maps goal rows and measure rows apart: every measure once, under its goal', () => {
    const goals = run.tables.flatMap((t) => t.goals);
    const printed = board.sections.flatMap((s) => s.rows);
    expect(goals.map((g) => g.title.text)).toEqual(printed.filter((r) => r.goal).map((r) => r.goal));
    expect(goals.flatMap((g) => g.indicators.map((i) => i.name.text))).toEqual(printed.filter((r) => r.measure).map((r) => r.measure));
  });

  it("reads the board's own legend, its bands as thresholds, in its own words", () => {
    expect(run.result.scales.indicator).toMatchObject({ id: 'board', source: 'legend', thresholds: 'legend', own: true });
    const where = { above: `${GOAL_SHEET}!A3:D3`, sheet: 'Förklaring!A2:A5', line: `${GOAL_SHEET}!A3` }[legendAt];
    expect(run.result.scales.indicator.where).toBe(where);
    expect(run.result.scales.indicator.levels).toEqual([
      { name: 'Uppfyllelse 90 procent eller lägre', fill: null, rule: 'högst 90 % av målet' },
      { name: 'Uppfyllelse 91–99 procent', fill: null, rule: '91–99 % av målet' },
      { name: 'Uppfyllelse 100 procent', fill: null, rule: 'målet nått' },
      { name: 'Uppföljning är inte genomförd', fill: null, rule: 'utfall saknas' },
    ]);
  });

  it("writes exactly the board's level where its rule decides, and leaves the rest empty, saying why", () => {
    const { decided, undecided } = expectedCells(board, run.tables);
    const got = Object.fromEntries(run.result.filled.map((f) => [`${f.sheet}!${f.cell}`, f.value]));
    expect(got).toEqual(decided);
    for (const v of Object.values(got)) expect(HELSINGBORG_LEGEND).toContain(v);
    for (const cell of undecided) {
      expect(run.result.skipped).toContainEqual(expect.objectContaining({ cell: cell.split('!')[1], reason: expect.stringContaining('inte faller i precis en nivå') }));
    }
  });

  it('changes only those cells in the whole workbook (every cell compared)', () => {
    expect(changedCells(run.before, run.after)).toEqual(run.result.plan.edits.map((e) => `${e.sheet}!${e.cell}`).sort());
    expect(run.result.plan.edits.every((e) => e.fill === null)).toBe(true);
  });

  it('leaves the goal rows empty: the board states no rule for the goal as a whole', () => {
    const goalCells = run.tables.flatMap((t) => t.goals.map((g) => g.assessment?.ref.cell));
    expect(goalCells.every((c) => c !== undefined)).toBe(true);
    expect(run.result.filled.filter((f) => f.kind === 'goal')).toEqual([]);
    expect(run.result.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/goal-rule', messageId: 'notChosen' }));
  });

  it('a second fill of its own output changes nothing', async () => {
    const again = await fill(run.out);
    expect(changedCells(run.after, again.after)).toEqual([]);
    expect(again.result.filled.map((f) => f.cell).sort()).toEqual(run.result.filled.map((f) => f.cell).sort());
  });
});

describe('a chosen goal rule on the board’s own scale (Vård- och omsorgsnämnden)', () => {
  it('fills the goal rows by that rule and saves it in the workbook', async () => {
    const board = HELSINGBORG_2016.find((b) => b.board === 'Vård- och omsorgsnämnden') as BoardTable;
    const run = await fill(await boardWorkbook(board), { goalRule: 'worst' });
    const goals = run.result.filled.filter((f) => f.kind === 'goal');
    // Goal 1: the weakest of its measures is "90 procent eller lägre" (Beläggningsgrad, 84 %).
    expect(goals.map((g) => [g.indicator, g.value])).toEqual([
      ['Nämnden ska ge alla möjlighet att bo kvar i den självvalda hemmiljön', 'Uppfyllelse 90 procent eller lägre'],
      // Goal 2: one measure between bands, the other 91–99: the worst of what could be assessed.
      ['Nämnden ska öka kundernas delaktighet och inflytande', 'Uppfyllelse 91–99 procent'],
    ]);
    expect(readToolState(run.after).assessment).toMatchObject({ goalRule: 'worst' });
    expect(changedCells(run.before, run.after)).toEqual(run.result.plan.edits.map((e) => `${e.sheet}!${e.cell}`).sort());
  });
});
