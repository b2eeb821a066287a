import { cloneGrid, createFakeExcel } from '../../src/excel/fake';
import { PAYLOAD_LIMIT_BYTES, createWorkbookService, describeExcelError, readWorkbookGrid, type ReadReport } from '../../src/excel';
import { getCell, sheetFromValues } from '../../src/grid/sheet';
import type { CellValue } from '../../src/grid/types';
import { driftSheet, indicatorSheet, manySheets, workbook } from './helpers';

describe('readWorkbookGrid', () => {
  it('reads values, formulas, number formats, fills, merges and visibility', async () => {
    const drift = driftSheet();
    const g12 = drift.rows[5][6];
    if (g12) {
      g12.formula = 'E6-F6';
      g12.numFmt = '#,##0';
    }
    drift.merges.push('A1:G1');
    drift.hiddenRows = [2];
    const hidden = { ...indicatorSheet(), state: 'veryHidden' as const };
    const fake = createFakeExcel(workbook(drift, hidden));
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) }));
    expect(grid.sheets.map((s) => s.name)).toEqual(['Drift', 'Mål och nyckeltal']);
    const d = grid.sheets[0];
    expect(getCell(d, 6, 7)).toMatchObject({ address: 'G6', value: -32296, formula: 'E6-F6', numFmt: '#,##0' });
    expect(getCell(d, 3, 2)?.value).toBe('Budget 2024');
    expect(d.merges).toEqual(['A1:G1']);
    expect(getCell(d, 1, 1)?.merge).toBe('A1:G1');
    expect(d.hiddenRows).toEqual([2]);
    expect(grid.sheets[1].state).toBe('veryHidden');
    expect(getCell(grid.sheets[1], 4, 5)).toMatchObject({ value: 'Delvis uppfyllt', fill: 'FFC000' });
    expect(fake.stats.syncs).toBe(2);
  });

  it('reads hidden columns, in the head and right of it', async () => {
    const wide = sheetFromValues(
      'Bred',
      Array.from({ length: 60 }, (_, r) => Array.from({ length: 30 }, (_, c) => (r === 0 ? `K${c + 1}` : r * 100 + c))),
    );
    wide.hiddenColumns = [3, 25, 26];
    wide.hiddenRows = [40];
    const fake = createFakeExcel(workbook(wide));
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) }));
    expect(grid.sheets[0].hiddenColumns).toEqual([3, 25, 26]);
    expect(grid.sheets[0].hiddenRows).toEqual([40]);
    expect(getCell(grid.sheets[0], 60, 30)?.value).toBe(5929);
    // Below ExcelApi 1.9 there are no column properties: nothing hidden is claimed.
    const old = createFakeExcel(workbook(wide), { apiVersion: '1.8' });
    const plain = await old.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => old.supports(v) }));
    expect(plain.sheets[0].hiddenColumns).toBeUndefined();
  });

  it('uses the same number of syncs for 1, 10 and 100 sheets', async () => {
    const counts: number[] = [];
    for (const n of [1, 10, 100]) {
      const fake = createFakeExcel(manySheets(n));
      const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) }));
      expect(grid.sheets).toHaveLength(n);
      expect(getCell(grid.sheets[n - 1], 20, 6)?.value).toBe(1900 + 5 + n - 1);
      counts.push(fake.stats.syncs);
    }
    expect(counts).toEqual([2, 2, 2]);
  });

  it('small workbooks read in 2 syncs: one tall sheet of 5 000 cells, or 7 narrow sheets', async () => {
    for (const wb of [manySheets(1, 1000, 5), manySheets(7, 60, 8)]) {
      const fake = createFakeExcel(wb);
      const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) }));
      expect(fake.stats.syncs).toBe(2);
      expect(grid.sheets.map((s) => s.rows.length)).toEqual(wb.sheets.map((s) => s.rows.length));
    }
  });

  it('plans a large workbook by bytes: every sync under the budget, none refused, every cell read', async () => {
    // 10 sheets of 2 000 × 10 numbers: about 8 MB of JSON, more than one response may carry.
    const fake = createFakeExcel(manySheets(10, 2000, 10));
    const report = {} as ReadReport;
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v), report }));
    expect(fake.stats.refused).toBe(0);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(fake.stats.syncs).toBeGreaterThan(2);
    expect(report.syncs).toBe(fake.stats.syncs);
    expect(getCell(grid.sheets[9], 2000, 10)?.value).toBe(199900 + 9 + 9);
    expect(getCell(grid.sheets[0], 1, 1)?.value).toBe('Kolumn 1');
    // Properties only where the core uses them: the header row, not the numbers below it.
    expect(report.propertyMode).toBe('needed');
    expect(report.propertyCells).toBeLessThan(report.cells / 10);
  });

  it('retries a refused sync with halved blocks and reads exactly the grid read in one piece', async () => {
    const wb = manySheets(4, 300, 10);
    const hi = wb.sheets[2].rows[150][3];
    if (hi) hi.fill = 'FFC000';
    const whole = createFakeExcel(cloneGrid(wb));
    const one = await whole.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => whole.supports(v), properties: 'all', payloadBudget: 50_000_000 }));
    expect(whole.stats.syncs).toBe(2);
    // Excel on the web refuses at 20 kB here while the plan aims at 60 kB: the first content
    // syncs are refused mid-read and retried smaller until they pass.
    const fake = createFakeExcel(cloneGrid(wb), { payloadLimitBytes: 20_000 });
    const report = {} as ReadReport;
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v), properties: 'all', payloadBudget: 60_000, report }));
    expect(report.refused).toBeGreaterThan(0);
    expect(fake.stats.refused).toBe(report.refused);
    expect(grid).toEqual(one);
    expect(getCell(grid.sheets[2], 151, 4)?.fill).toBe('FFC000');
  });

  it('an injected ResponsePayloadSizeLimitExceeded in the middle of a read is retried and loses nothing', async () => {
    const wb = manySheets(3, 1500, 8);
    const plain = createFakeExcel(cloneGrid(wb));
    const one = await plain.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => plain.supports(v), payloadBudget: 200_000 }));
    // names, sizes with heads, then at least three content syncs: sync 4 is one of them.
    expect(plain.stats.syncs).toBeGreaterThanOrEqual(5);
    const fake = createFakeExcel(cloneGrid(wb));
    fake.world.failAtSync = { sync: 4, code: 'ResponsePayloadSizeLimitExceeded' };
    const report = {} as ReadReport;
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v), payloadBudget: 200_000, report }));
    expect(report.refused).toBe(1);
    // The refused blocks are read again, halved: more syncs, the same cells.
    expect(report.syncs).toBeGreaterThan(plain.stats.syncs);
    expect(grid).toEqual(one);
  });

  it('gives up with Excel’s payload error (and its Swedish message) when not even one row fits', async () => {
    const fake = createFakeExcel(manySheets(1, 5, 400), { payloadLimitBytes: 2000 });
    const err = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(describeExcelError(err)).toMatch(/^Arbetsboken är för stor för att hanteras på en gång i Excel på webben/);
  });

  it('reads a text-heavy sheet (30 000 cells of 40+ characters) without a refused request', async () => {
    const values: CellValue[][] = [];
    for (let r = 0; r < 3000; r++) {
      const line: CellValue[] = [];
      for (let c = 0; c < 10; c++) line.push(`Kommentar ${r}:${c} – verksamheten följer plan och budget för året`);
      values.push(line);
    }
    const fake = createFakeExcel(workbook(sheetFromValues('Kommentarer', values)));
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) }));
    expect(fake.stats.refused).toBe(0);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(getCell(grid.sheets[0], 3000, 10)?.value).toBe(values[2999][9]);
  });

  it('refuses a range of more than five million cells, as Excel does', async () => {
    const fake = createFakeExcel(manySheets(1, 30, 3), { rangeCellLimit: 50 });
    await expect(fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad 1').getRange('A1:C30');
      r.load('values');
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    // The adapter keeps every range under the limit.
    const ok = createFakeExcel(manySheets(1, 30, 3), { rangeCellLimit: 50 });
    const grid = await ok.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => ok.supports(v), payloadBudget: 1_000_000 }));
    expect(getCell(grid.sheets[0], 30, 3)?.value).toBe(2900 + 2);
  });

  it('the request payload limit refuses an oversized write before anything is written', async () => {
    const fake = createFakeExcel(manySheets(1, 10, 2), { payloadLimitBytes: 1000 });
    const before = JSON.stringify(fake.grid);
    await expect(fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Blad 1').getRange('A1:A200').formulas = Array.from({ length: 200 }, () => ['en lång text som fyller förfrågan']);
      await ctx.sync();
    })).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(JSON.stringify(fake.grid)).toBe(before);
    expect(fake.stats.refused).toBe(1);
  });

  it('degrades on ExcelApi 1.7: values and formats without fills or merges, same sync count', async () => {
    const fake = createFakeExcel(workbook(indicatorSheet()), { apiVersion: '1.7' });
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) }));
    expect(getCell(grid.sheets[0], 4, 5)?.value).toBe('Delvis uppfyllt');
    expect(getCell(grid.sheets[0], 4, 5)?.fill).toBeUndefined();
    expect(fake.stats.syncs).toBe(2);
  });

  it('a host without ExcelApi 1.9 reads the values and the service gives the Swedish notice', async () => {
    const drift = driftSheet();
    drift.merges.push('A1:G1');
    const fake = createFakeExcel(workbook(drift, indicatorSheet()), { apiVersion: '1.8' });
    const service = createWorkbookService(fake);
    const grid = await service.readGrid();
    expect(getCell(grid.sheets[0], 7, 7)?.value).toBe(-33059);
    expect(getCell(grid.sheets[1], 4, 5)?.fill).toBeUndefined();
    expect(grid.sheets[0].merges).toEqual([]);
    expect(service.lastRead()?.propertyMode).toBe('none');
    const notice = service.capabilityNotice();
    expect(notice).toContain('ExcelApi 1.9 och ExcelApi 1.13 saknas');
    expect(notice).toContain('cellfärger, fetstil, indrag eller dolda rader och kolumner eller sammanfogade celler');
    expect(notice).toContain('En bedömning som bara är markerad med färg syns inte');
    expect(service.capabilityNotice('en')).toContain('fill colours');
  });

  it('a host with 1.9 but not 1.13 is told only about merged cells; a full host gets no notice', () => {
    const mid = createWorkbookService(createFakeExcel(workbook(driftSheet()), { apiVersion: '1.12' }));
    expect(mid.capabilityNotice()).toBe(
      'Den här versionen av Excel (ExcelApi 1.13 saknas) visar inte tillägget sammanfogade celler. Värden, formler och talformat läses som vanligt och alla kontroller körs. En rubrik som spänner över flera kolumner gäller då bara sin första kolumn, så kolumnerna under den kan sakna år eller rubrik i kartläggningen: granska kartläggningen i steg 1.',
    );
    expect(createWorkbookService(createFakeExcel(workbook(driftSheet()))).capabilityNotice()).toBeNull();
  });

  it('keeps error values, empty sheets and text in number cells', async () => {
    const fake = createFakeExcel(
      workbook(
        { name: 'Tom', rows: [], merges: [] },
        { name: 'Fel', rows: [[{ address: 'A1', row: 1, col: 1, value: { error: '#REF!' } }, { address: 'B1', row: 1, col: 2, value: '−17 416' }]], merges: [] },
      ),
    );
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx));
    expect(grid.sheets[0].rows).toEqual([]);
    expect(getCell(grid.sheets[1], 1, 1)?.value).toEqual({ error: '#REF!' });
    expect(getCell(grid.sheets[1], 1, 2)?.value).toBe('−17 416');
  });
});

describe('putCells: text that looks like a formula', () => {
  it('keeps a text cell "=10" as text and a real formula as a formula', async () => {
    const { putCells } = await import('../../src/excel/read');
    const sheet = { name: 'Kommentarer', rows: [], merges: [] };
    putCells(sheet, 1, 1, {
      values: [['=10', 10, 'abc', '-6,6 mnkr']],
      formulas: [['=10', '=5*2', '="abc"', '-6,6 mnkr']],
      formats: [['@', 'General', 'General', '@']],
      types: [['String', 'Double', 'String', 'String']],
    });
    expect(getCell(sheet, 1, 1)).toMatchObject({ value: '=10' });
    expect(getCell(sheet, 1, 1)?.formula).toBeUndefined();
    expect(getCell(sheet, 1, 2)).toMatchObject({ value: 10, formula: '5*2' });
    expect(getCell(sheet, 1, 3)).toMatchObject({ value: 'abc', formula: '"abc"' });
    expect(getCell(sheet, 1, 4)?.formula).toBeUndefined();
  });
});
