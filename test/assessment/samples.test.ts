import * as path from 'path';
import { readWorkbook, applyWritePlan } from '../../src/xlsx';
import { mapWorkbook, buildModel } from '../../src/mapping';
import { planFill } from '../../src/assessment';
import type { FillResult, FillSettings } from '../../src/assessment';
import type { WorkbookGrid, Cell } from '../../src/grid/types';
import type { WritePlan } from '../../src/grid/write-plan';
import { readToolState, STATE_SHEET } from '../../src/grid/tool-state';
import { changedCells, snapshot } from './helpers';
import { cellsOf } from '../../src/grid/sheet';

/**
 * End to end on the sample workbooks: read the .xlsx, map, build the model, plan the fill,
 * apply it with the ExcelJS adapter, read the result back and compare every cell.
 */

const SEEDS = path.join(__dirname, '..', '..', 'seeds');
const FILE_2024 = path.join(SEEDS, 'delarsrapport-2024.xlsx');
const FILE_2019 = path.join(SEEDS, 'arsbokslut-2019.xlsx');
const KEY_SHEET = 'Mål och nyckeltal';

async function fill(input: string | Buffer, settings?: FillSettings): Promise<{ before: WorkbookGrid; result: FillResult; out: Buffer; after: WorkbookGrid }> {
  const before = await readWorkbook(input);
  const { model } = buildModel(before, mapWorkbook(before));
  const result = planFill(before, model, settings);
  const out = await applyWritePlan(input, result.plan);
  const after = await readWorkbook(out);
  return { before, result, out, after };
}

function sheetShapes(wb: WorkbookGrid) {
  return wb.sheets.map((s) => ({ name: s.name, state: s.state ?? 'visible', merges: [...s.merges].sort(), hidden: s.hiddenRows ?? [] }));
}

const edited = (plan: WritePlan) => plan.edits.map((e) => `${e.sheet}!${e.cell}`).sort();

function valueAt(wb: WorkbookGrid, sheet: string, address: string): Cell | undefined {
  const s = wb.sheets.find((x) => x.name === sheet);
  return s ? [...cellsOf(s)].find((c) => c.address === address) : undefined;
}

describe('fill of delarsrapport-2024.xlsx', () => {
  let run: Awaited<ReturnType<typeof fill>>;
  beforeAll(async () => {
    run = await fill(FILE_2024);
  });

  it('assesses every key figure as the thresholds say (worked by hand)', () => {
    const got = Object.fromEntries(run.result.filled.map((f) => [f.cell, f.value]));
    expect(got).toEqual({
      G4: 'Delvis uppfyllt', // <166, utfall 190: 24 / 166 = 14,5 % → ≤ 25 %
      G5: 'Helt uppfyllt', // 75 (at least), utfall 87
      G6: 'Ej uppfyllt', // >20, utfall 8: 12 / 20 = 60 % (no projection by default)
      G7: 'Helt uppfyllt', // <315, utfall 298
      G8: 'Helt uppfyllt', // >60, utfall 66
      G9: 'Helt uppfyllt', // >75, utfall 77
    });
    expect(run.result.filled.every((f) => f.sheet === KEY_SHEET)).toBe(true);
  });

  it('changes only the assessment cells, each to its level and signal colour, plus the hidden state sheet', () => {
    // The comparison covers the whole workbook, not a handful of cells.
    expect(snapshot(run.before).size).toBeGreaterThan(150);
    expect(changedCells(run.before, run.after)).toEqual(edited(run.result.plan));
    for (const f of run.result.filled) {
      const cell = valueAt(run.after, f.sheet, f.cell);
      expect(cell?.value).toBe(f.value);
      expect(cell?.fill).toBe(f.fill);
    }
    const shapesBefore = sheetShapes(run.before);
    const shapesAfter = sheetShapes(run.after);
    expect(shapesAfter.filter((s) => s.name !== STATE_SHEET)).toEqual(shapesBefore);
    expect(shapesAfter.find((s) => s.name === STATE_SHEET)?.state).toBe('veryHidden');
  });

  it('remembers what it wrote, and a second fill of its own output rewrites the same cells only', async () => {
    const state = readToolState(run.after);
    expect(state.filled?.map((f) => `${f.cell}=${f.value}`).sort()).toEqual(run.result.filled.map((f) => `${f.cell}=${f.value}`).sort());
    const again = await fill(run.out);
    expect(edited(again.result.plan)).toEqual(edited(run.result.plan));
    expect(again.result.skipped).toEqual([]);
    expect(changedCells(run.after, again.after)).toEqual([]);
  });

  it('keeps a value typed by hand after the first fill', async () => {
    // A person sets G6 by hand in the filled copy.
    const typed = await applyWritePlan(run.out, { edits: [{ sheet: KEY_SHEET, cell: 'G6', value: 'Delvis uppfyllt', fill: 'FFFF00' }], addSheets: [], deleteSheets: [] });
    const again = await fill(typed);
    expect(edited(again.result.plan)).not.toContain(`${KEY_SHEET}!G6`);
    expect(valueAt(again.after, KEY_SHEET, 'G6')?.value).toBe('Delvis uppfyllt');
    expect(again.result.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/hand-value-differs', cell: 'G6', expected: 'Ej uppfyllt', actual: 'Delvis uppfyllt' }));
    // The tool's own cells are rewritten with the same values: nothing in the file changes.
    expect(edited(again.result.plan)).toEqual([`${KEY_SHEET}!G4`, `${KEY_SHEET}!G5`, `${KEY_SHEET}!G7`, `${KEY_SHEET}!G8`, `${KEY_SHEET}!G9`]);
    expect(changedCells(again.before, again.after)).toEqual([]);
  });
});

describe('fill of arsbokslut-2019.xlsx', () => {
  const PRINTED: Record<string, string> = {
    D4: 'Helt uppfyllt',
    I4: 'Värde uppnått', // 2 vs 1
    D5: 'Helt uppfyllt',
    I5: 'Värde uppnått', // 1 vs 1
    D6: 'Helt uppfyllt',
    I6: 'Värde uppnått', // 6 vs 6
    D8: 'Helt uppfyllt',
    I8: 'Värde uppnått', // 100 % vs 100 %
    D9: 'Ej uppfyllt',
    I9: 'Nära värde', // 6 vs 8: 25 %
    D10: 'Helt uppfyllt',
    I10: 'Värde uppnått', // 100 % vs 100 %
  };

  it('keeps every printed assessment: nothing to fill, only the state sheet is added', async () => {
    const run = await fill(FILE_2019);
    expect(run.result.plan.edits).toEqual([]);
    expect(changedCells(run.before, run.after)).toEqual([]);
    expect(run.result.scales.indicator.id).toBe('keyFigure2019');
    expect(run.result.scales.goal.id).toBe('goal2019');
    // The tool agrees with every printed assessment it can compute.
    expect(run.result.findings.filter((f) => f.rule === 'assessment/hand-value-differs')).toEqual([]);
    expect(run.result.findings.filter((f) => f.rule === 'assessment/unreadable-target').map((f) => f.cell)).toEqual(['G7']);
    expect(run.after.sheets.map((s) => s.name)).toEqual([...run.before.sheets.map((s) => s.name), STATE_SHEET]);
  });

  it('with the assessments blanked, fills them as the report printed them; köpt vård ("Se kommentar") stays empty', async () => {
    const blank: WritePlan = {
      edits: [...Object.keys(PRINTED), 'D7', 'I7'].map((cell) => ({ sheet: KEY_SHEET, cell, value: null, fill: null })),
      addSheets: [],
      deleteSheets: [],
    };
    const blanked = await applyWritePlan(FILE_2019, blank);
    // The workbook has no legend, so with every assessment blank nothing shows the 2019 scales:
    // without a setting the default four-level scale is used…
    expect((await fill(blanked)).result.scales.indicator).toMatchObject({ id: 'goal4', source: 'default' });
    // …and with the board's scales chosen (as in the task pane) the printed assessments come out.
    const run = await fill(blanked, { scale: 'keyFigure2019', goalScale: 'goal2019' });
    expect(run.result.scales.indicator).toMatchObject({ id: 'keyFigure2019', source: 'setting' });
    expect(run.result.scales.goal).toMatchObject({ id: 'goal2019', source: 'setting' });
    expect(Object.fromEntries(run.result.filled.map((f) => [f.cell, f.value]))).toEqual(PRINTED);
    expect(readToolState(run.after).assessment).toMatchObject({ scale: 'keyFigure2019', goalScale: 'goal2019' });
    expect(run.result.skipped.map((s) => s.cell).sort()).toEqual(['D7', 'I7']);
    expect(changedCells(run.before, run.after)).toEqual(edited(run.result.plan));
  });
});
