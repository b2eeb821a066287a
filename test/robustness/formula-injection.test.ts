import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { sheetFromValues } from '../../src/grid/sheet';
import { STATE_SHEET, type ToolState } from '../../src/grid/tool-state';
import type { WritePlan } from '../../src/grid/write-plan';
import { readWorkbook, writeWorkbook, applyWritePlan } from '../../src/xlsx';
import { createWorkbookService } from '../../src/excel';
import { createFakeExcel } from '../../src/excel/fake';
import { mapWorkbook, buildModel } from '../../src/mapping';
import { planFill } from '../../src/assessment';
import { planReport } from '../../src/report';
import { cloneWorkbook } from './mutations';

/**
 * Text that starts with = + - @ must land in the workbook as text, from every writer: the
 * ExcelJS adapter (command line) and the Office.js adapter (task pane, run here on the
 * in-browser Excel API, which turns such input into a formula exactly as Excel does). Text
 * that merely looks like a number or a boolean must stay text too.
 */

const HOSTILE = [
  '=1+1',
  '=HYPERLINK("http://example.invalid","Klicka")',
  "=cmd|' /C calc'!A0",
  '+46 70 123 45 67',
  '-5 mnkr jämfört med budget',
  '-',
  '+',
  '=',
  '@SUM(A1:A3)',
  '@',
  "'citat",
  '1,5',
  '8 %',
  '-32296',
  'TRUE',
  '2024-08-31',
];

const root = path.join(__dirname, '..', '..');

/** A state whose JSON puts a hostile character at the start of the second 30 000-character chunk. */
function stateWithHostileChunk(): ToolState {
  const state: ToolState = { version: 1, filled: [] };
  const base = JSON.stringify(state).length;
  // {"version":1,"filled":[{"sheet":"Blad1","cell":"A1","value":"xxx…=…"}]}
  const prefix = '{"version":1,"filled":[{"sheet":"Blad1","cell":"A1","value":"';
  const pad = 30000 - prefix.length;
  state.filled = [{ sheet: 'Blad1', cell: 'A1', value: `${'x'.repeat(pad)}=SUM(1)` }];
  expect(JSON.stringify(state).charAt(30000)).toBe('=');
  expect(base).toBeGreaterThan(0);
  return state;
}

function directPlan(): WritePlan {
  const out: SheetGrid = sheetFromValues('Ut', HOSTILE.map((t) => [t]));
  return {
    edits: HOSTILE.map((t, i) => ({ sheet: 'Blad1', cell: `B${i + 1}`, value: t })),
    addSheets: [{ grid: out }],
    deleteSheets: [],
    state: stateWithHostileChunk(),
  };
}

function baseGrid(): WorkbookGrid {
  return { sheets: [sheetFromValues('Blad1', HOSTILE.map((_, i) => [`Rad ${i + 1}`, null]))] };
}

/** Every string the plan writes, with where it goes. */
function plannedTexts(plan: WritePlan): { sheet: string; cell: string; text: string }[] {
  const out: { sheet: string; cell: string; text: string }[] = [];
  for (const e of plan.edits) if (typeof e.value === 'string') out.push({ sheet: e.sheet, cell: e.cell, text: e.value });
  for (const s of plan.addSheets) {
    for (const row of s.grid.rows) {
      for (const c of row ?? []) if (c && typeof c.value === 'string' && c.formula === undefined) out.push({ sheet: s.grid.name, cell: c.address, text: c.value });
    }
  }
  return out;
}

async function rawCells(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

function expectTextInExcelJS(wb: ExcelJS.Workbook, sheet: string, cell: string, text: string): void {
  const c = wb.getWorksheet(sheet)?.getCell(cell);
  const where = `${sheet}!${cell} ${JSON.stringify(text.slice(0, 40))}`;
  expect({ where, type: c?.type, formula: c?.formula }).toEqual({ where, type: ExcelJS.ValueType.String, formula: undefined });
  expect(c?.value).toBe(text);
}

function fakeCell(grid: WorkbookGrid, sheet: string, cell: string): Cell | undefined {
  const s = grid.sheets.find((x) => x.name === sheet);
  for (const row of s?.rows ?? []) for (const c of row ?? []) if (c?.address === cell) return c;
  return undefined;
}

function expectTextInFake(grid: WorkbookGrid, sheet: string, cell: string, text: string): void {
  const c = fakeCell(grid, sheet, cell);
  const where = `${sheet}!${cell} ${JSON.stringify(text.slice(0, 40))}`;
  expect({ where, value: c?.value, formula: c?.formula }).toEqual({ where, value: text, formula: undefined });
}

/** The state's JSON, as the state sheet holds it, must read back whole. */
function stateJson(sheetCells: string[]): unknown {
  return JSON.parse(sheetCells.join(''));
}

describe('formula injection: the xlsx writer (applyWritePlan)', () => {
  it('writes hostile text as text in edited cells, new sheets and the state sheet', async () => {
    const input = await writeWorkbook(baseGrid());
    const plan = directPlan();
    const wb = await rawCells(await applyWritePlan(input, plan));
    for (const t of plannedTexts(plan)) expectTextInExcelJS(wb, t.sheet, t.cell, t.text);
    const state = wb.getWorksheet(STATE_SHEET);
    const chunks: string[] = [];
    state?.eachRow((row) => {
      // An ExcelJS cell, not an Office.js proxy: nothing to load or sync.
      const { type, value } = row.getCell(1) as { type: ExcelJS.ValueType; value: unknown };
      expect(type).toBe(ExcelJS.ValueType.String);
      chunks.push(String(value));
    });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[1].startsWith('=')).toBe(true);
    expect(stateJson(chunks)).toEqual(plan.state);
  });
});

describe('formula injection: the Office.js writer (src/excel on the in-browser Excel API)', () => {
  it('control: the in-browser Excel turns unprotected "=1+1" into a formula, as Excel does', async () => {
    const fake = createFakeExcel(baseGrid());
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad1').getRange('C1').formulas = [['=1+1']];
      await ctx.sync();
    });
    expect(fakeCell(fake.grid, 'Blad1', 'C1')?.formula).toBe('1+1');
  });

  it('writes hostile text as text in edited cells, new sheets and the state sheet', async () => {
    const fake = createFakeExcel(baseGrid());
    const plan = directPlan();
    await createWorkbookService(fake).apply(plan);
    for (const t of plannedTexts(plan)) expectTextInFake(fake.grid, t.sheet, t.cell, t.text);
    const state = fake.grid.sheets.find((s) => s.name === STATE_SHEET);
    const chunks = (state?.rows ?? []).map((r) => r?.[0]).filter((c): c is Cell => c !== undefined);
    expect(chunks.map((c) => c.formula)).toEqual(chunks.map(() => undefined));
    expect(stateJson(chunks.map((c) => String(c.value)))).toEqual(plan.state);
  });
});

/** The 2024 sample with hostile text where the report copies workbook text: board, labels, narrative. */
async function hostileSample(): Promise<WorkbookGrid> {
  const wb = cloneWorkbook(await readWorkbook(path.join(root, 'seeds', 'delarsrapport-2024.xlsx')));
  let i = 0;
  for (const s of wb.sheets) {
    for (const row of s.rows) {
      for (const c of row ?? []) {
        if (!c || typeof c.value !== 'string') continue;
        // Prefix text cells that are not headers: the mapper still knows most rows by their words.
        if (s.name === 'Kommentarer' && c.col === 2) c.value = `${HOSTILE[i++ % 4]} ${c.value}`;
        else if (s.name === 'Info' && c.col === 2 && c.row === 3) c.value = '=HYPERLINK("http://example.invalid","Socialnämnden")';
        else if (s.name === 'Mål och nyckeltal' && c.col === 1 && c.row > 3) c.value = `@${c.value}`;
        else if (s.name === 'Internkontroll' && c.row > 3) c.value = `-${c.value}`;
      }
    }
  }
  return wb;
}

describe('formula injection: text copied from the workbook into fill and report output', () => {
  let grid: WorkbookGrid;
  let plans: { name: string; plan: WritePlan }[];
  let payloads: string[];

  beforeAll(async () => {
    grid = await hostileSample();
    const { model } = buildModel(grid, mapWorkbook(grid));
    plans = [
      { name: 'fill', plan: planFill(grid, model).plan },
      { name: 'report', plan: planReport(grid, model).plan },
    ];
    payloads = ['HYPERLINK', 'example.invalid', 'calc'];
  });

  it('the report copies some of the hostile text (so the test below means something)', () => {
    const texts = plans.flatMap((p) => plannedTexts(p.plan)).map((t) => t.text);
    expect(texts.some((t) => /^[=+\-@]/.test(t))).toBe(true);
  });

  it('generated formulas never contain workbook text', () => {
    for (const { plan } of plans) {
      for (const s of plan.addSheets) {
        for (const row of s.grid.rows) for (const c of row ?? []) if (c?.formula) for (const p of payloads) expect(c.formula).not.toContain(p);
      }
    }
  });

  it('ExcelJS writes every planned text as text', async () => {
    const input = await writeWorkbook(grid);
    for (const { plan } of plans) {
      const wb = await rawCells(await applyWritePlan(input, plan));
      for (const t of plannedTexts(plan)) expectTextInExcelJS(wb, t.sheet, t.cell, t.text);
    }
  });

  it('Office.js undo of a regenerated report puts the old sheets back with text as text', async () => {
    const fake = createFakeExcel(cloneWorkbook(grid));
    const service = createWorkbookService(fake);
    const reportPlan = async (): Promise<WritePlan> => {
      const g = await service.readGrid();
      return planReport(g, buildModel(g, mapWorkbook(g)).model).plan;
    };
    const first = await reportPlan();
    await service.apply(first);
    // Regenerating replaces the sheets; undo restores them from the snapshots the adapter read.
    const record = await service.apply(await reportPlan());
    expect(record.deletedSheets.length).toBeGreaterThan(0);
    await service.undo(record);
    const texts = plannedTexts(first).filter((t) => /^[=+\-@]/.test(t.text));
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expectTextInFake(fake.grid, t.sheet, t.cell, t.text);
  });

  it('Office.js writes every planned text as text', async () => {
    for (const { plan } of plans) {
      const fake = createFakeExcel(cloneWorkbook(grid));
      await createWorkbookService(fake).apply(plan);
      for (const t of plannedTexts(plan)) expectTextInFake(fake.grid, t.sheet, t.cell, t.text);
    }
  });
});
