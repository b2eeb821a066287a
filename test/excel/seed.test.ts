import * as path from 'path';
import { readWorkbook } from '../../src/xlsx';
import { buildModel, mapWorkbook } from '../../src/mapping';
import { validate } from '../../src/rules/validate';
import { planFill } from '../../src/assessment';
import { planReport } from '../../src/report';
import { createFakeExcel, cloneGrid } from '../../src/excel/fake';
import { createWorkbookService, readWorkbookGrid, type ReadReport } from '../../src/excel';
import { validateCommand } from '../../src/commands/commands';
import type { Cell, WorkbookGrid } from '../../src/grid/types';
import { STATE_SHEET } from '../../src/grid/tool-state';

/**
 * The sample workbooks through the Office.js adapter on the in-browser Excel: the grid it
 * reads equals what ExcelJS reads from the file, the core finds the same things, and fill,
 * report and undo each take a fixed number of syncs and leave the workbook as it was.
 */

const SEEDS = path.resolve(__dirname, '../../seeds');

function comparable(c: Cell): Record<string, unknown> {
  const v = c.value instanceof Date ? c.value.toISOString().slice(0, 10) : c.value;
  return { address: c.address, value: v, formula: c.formula, numFmt: c.numFmt, fill: c.fill, bold: c.bold || undefined, indent: c.indent || undefined, merge: c.merge };
}

function cells(grid: WorkbookGrid): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const s of grid.sheets) {
    out[s.name] = [];
    for (const line of s.rows) for (const c of line ?? []) if (c && (c.value !== null || c.formula !== undefined || c.fill !== undefined)) out[s.name].push(comparable(c));
  }
  return out;
}

describe.each(['delarsrapport-2024.xlsx', 'arsbokslut-2019.xlsx'])('%s through the Office.js adapter', (file) => {
  let original: WorkbookGrid;
  beforeAll(async () => {
    original = await readWorkbook(path.join(SEEDS, file));
  });

  it('reads the same grid as ExcelJS, in 2 syncs', async () => {
    const fake = createFakeExcel(cloneGrid(original));
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) }));
    expect(fake.stats.syncs).toBe(2);
    expect(cells(grid)).toEqual(cells(original));
    expect(grid.sheets.map((s) => [s.name, s.merges.length])).toEqual(original.sheets.map((s) => [s.name, s.merges.length]));
    const findings = (g: WorkbookGrid) => {
      const { model, findings: read } = buildModel(g, mapWorkbook(g));
      return [...read, ...validate(model, g)].map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`).sort();
    };
    expect(findings(grid)).toEqual(findings(original));
  });

  it('with cell properties read only where the core uses them: the same findings, fills and report', async () => {
    const fake = createFakeExcel(cloneGrid(original));
    const report = {} as ReadReport;
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v), properties: 'needed', report }));
    expect(report.propertyMode).toBe('needed');
    expect(report.propertyCells).toBeLessThan(report.cells);
    // Values, formulas, formats and merges are all there, whatever the properties.
    const bare = (g: WorkbookGrid) => Object.fromEntries(Object.entries(cells(g)).map(([k, list]) => [k, list.filter((c) => c.value !== null || c.formula !== undefined).map(({ fill: _f, bold: _b, indent: _i, ...rest }) => rest)]));
    expect(bare(grid)).toEqual(bare(original));
    const findings = (g: WorkbookGrid) => {
      const { model, findings: read } = buildModel(g, mapWorkbook(g));
      return [...read, ...validate(model, g)].map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`).sort();
    };
    expect(findings(grid)).toEqual(findings(original));
    const fills = (g: WorkbookGrid) => planFill(g, buildModel(g, mapWorkbook(g)).model).plan;
    expect(fills(grid)).toEqual(fills(original));
    const reports = (g: WorkbookGrid) => planReport(g, buildModel(g, mapWorkbook(g)).model).plan;
    expect(JSON.stringify(reports(grid))).toEqual(JSON.stringify(reports(original)));
  });

  it('on a host with only ExcelApi 1.7 (the manifest minimum) reads, fills, reports and undoes without calling a newer API', async () => {
    const fake = createFakeExcel(cloneGrid(original), { apiVersion: '1.7' });
    // The in-browser Excel refuses newer calls on an old host, as Excel does.
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(original.sheets[0].name).getRange('A1').getCellProperties({ format: { fill: { color: true } } });
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    const service = createWorkbookService(fake);
    const grid = await service.readGrid();
    expect(service.capabilityNotice()).toMatch(/^Den här versionen av Excel \(ExcelApi 1\.9 och ExcelApi 1\.13 saknas\)/);
    const bare = (g: WorkbookGrid) => Object.fromEntries(Object.entries(cells(g)).map(([k, list]) => [k, list.filter((c) => c.value !== null || c.formula !== undefined).map((c) => [c.address, c.value, c.formula, c.numFmt])]));
    expect(bare(grid)).toEqual(bare(original));
    const fill = planFill(grid, buildModel(grid, mapWorkbook(grid)).model);
    const fillUndo = await service.apply(fill.plan);
    const after = await service.readGrid();
    const report = planReport(after, buildModel(after, mapWorkbook(after)).model);
    const reportUndo = await service.apply(report.plan);
    await service.undo(reportUndo);
    await service.undo(fillUndo);
    expect(bare(fake.grid)).toEqual(bare(original));
  });

  it('fills, generates the report, and undoes both with a fixed number of syncs', async () => {
    const fake = createFakeExcel(cloneGrid(original));
    const service = createWorkbookService(fake);
    const syncs: Record<string, number> = {};
    const count = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      const before = fake.stats.syncs;
      const r = await fn();
      syncs[name] = fake.stats.syncs - before;
      return r;
    };
    const grid = await count('read', () => service.readGrid());
    const model = buildModel(grid, mapWorkbook(grid)).model;
    const fill = planFill(grid, model);
    const fillUndo = await count('fill', () => service.apply(fill.plan));
    for (const e of fill.plan.edits) {
      const cell = fake.grid.sheets.find((s) => s.name === e.sheet)?.rows.flat().find((c) => c?.address === e.cell);
      expect(cell?.value).toBe(e.value);
    }
    const afterFill = await service.readGrid();
    const report = planReport(afterFill, buildModel(afterFill, mapWorkbook(afterFill)).model);
    expect(report.sheets.length).toBeGreaterThan(0);
    const reportUndo = await count('report', () => service.apply(report.plan));
    for (const s of report.sheets) expect(fake.grid.sheets.map((x) => x.name)).toContain(s.name);
    expect(fake.grid.sheets.find((s) => s.name === STATE_SHEET)?.state).toBe('veryHidden');

    // Regenerating replaces the tool's own sheets and nothing else.
    const again = await service.readGrid();
    const report2 = planReport(again, buildModel(again, mapWorkbook(again)).model);
    const regenUndo = await count('regenerate', () => service.apply(report2.plan));
    expect(fake.grid.sheets.map((s) => s.name).sort()).toEqual([...again.sheets.map((s) => s.name)].sort());

    await count('undo-regenerate', () => service.undo(regenUndo));
    await count('undo-report', () => service.undo(reportUndo));
    const undone = await count('undo-fill', () => service.undo(fillUndo));
    expect(undone.skipped).toEqual([]);
    expect(cells(fake.grid)).toEqual(cells(original));
    expect(fake.grid.sheets.map((s) => s.name)).toEqual(original.sheets.map((s) => s.name));
    expect(syncs).toEqual({ read: 2, fill: 3, report: 3, regenerate: 3, 'undo-regenerate': 3, 'undo-report': 3, 'undo-fill': 3 });
  });

  it('the ribbon’s Validera selects the first error cell', async () => {
    const fake = createFakeExcel(cloneGrid(original));
    const result = await validateCommand(fake);
    if (result.errors > 0) {
      expect(fake.world.selection).not.toBeNull();
      expect(`${fake.world.selection?.sheet}!${fake.world.selection?.address}`).toBe(result.selected);
    }
    expect(result.errors + result.warnings + result.infos).toBeGreaterThan(0);
  });
});
