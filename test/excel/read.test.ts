import { createFakeExcel } from '../../src/excel/fake';
import { createWorkbookService, readWorkbookGrid } from '../../src/excel';
import { getCell } from '../../src/grid/sheet';
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

  it('measured path (optimistic: false) is also constant: 3 syncs for 1, 10 and 100 sheets', async () => {
    const counts: number[] = [];
    for (const n of [1, 10, 100]) {
      const fake = createFakeExcel(manySheets(n));
      const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v), optimistic: false }));
      expect(getCell(grid.sheets[n - 1], 20, 6)?.value).toBe(1900 + 5 + n - 1);
      counts.push(fake.stats.syncs);
    }
    expect(counts).toEqual([3, 3, 3]);
  });

  it('falls back to the measured, chunked read when the one-shot response is too large', async () => {
    const fake = createFakeExcel(manySheets(10, 100, 10), { payloadCellLimit: 2500 });
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { cellBudget: 2500 }));
    // names, the refused one-shot read, sizes, then 10 000 cells in 4 chunks of 2 500.
    expect(fake.stats.syncs).toBe(7);
    expect(grid.sheets).toHaveLength(10);
    expect(getCell(grid.sheets[9], 100, 10)?.value).toBe(9900 + 9 + 9);
    expect(getCell(grid.sheets[0], 1, 1)?.value).toBe('Kolumn 1');
  });

  it('splits the content load only when the payload budget demands it, and never exceeds the host limit', async () => {
    const fake = createFakeExcel(manySheets(10, 100, 10), { payloadCellLimit: 2500 });
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { cellBudget: 2500, optimistic: false }));
    // 10 000 cells at 2 500 per sync: 2 setup syncs + 4 content syncs.
    expect(fake.stats.syncs).toBe(6);
    expect(getCell(grid.sheets[9], 100, 10)?.value).toBe(9900 + 9 + 9);
  });

  it('remembers a large workbook and skips the one-shot attempt on the next read', async () => {
    // 40 000 cells: above the default budget of 30 000 cells per response.
    const fake = createFakeExcel(manySheets(4, 1000, 10), { payloadCellLimit: 30_000 });
    const service = createWorkbookService(fake);
    await service.readGrid();
    const first = fake.stats.syncs;
    await service.readGrid();
    expect(first).toBe(5); // names, refused one-shot, sizes, 2 chunks
    expect(fake.stats.syncs - first).toBe(4); // names, sizes, 2 chunks
  });

  it('reports the payload limit when the budget is set above what the host accepts', async () => {
    const fake = createFakeExcel(manySheets(4, 50, 10), { payloadCellLimit: 1000 });
    await expect(fake.run((ctx) => readWorkbookGrid(ctx, { cellBudget: 5000 }))).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('degrades on ExcelApi 1.7: values and formats without fills or merges, same sync count', async () => {
    const fake = createFakeExcel(workbook(indicatorSheet()), { apiVersion: '1.7' });
    const grid = await fake.run((ctx) => readWorkbookGrid(ctx, { supports: (v) => fake.supports(v) }));
    expect(getCell(grid.sheets[0], 4, 5)?.value).toBe('Delvis uppfyllt');
    expect(getCell(grid.sheets[0], 4, 5)?.fill).toBeUndefined();
    expect(fake.stats.syncs).toBe(2);
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
