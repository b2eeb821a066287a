import { createFakeExcel, cloneGrid } from '../../src/excel/fake';
import { applyPlan, createWorkbookService, describeExcelError, undoWrite } from '../../src/excel';
import { getCell, sheetFromValues } from '../../src/grid/sheet';
import { emptyPlan, type WritePlan } from '../../src/grid/write-plan';
import { readToolState, STATE_SHEET } from '../../src/grid/tool-state';
import { driftSheet, indicatorSheet, workbook } from './helpers';

function fillPlan(): WritePlan {
  return {
    ...emptyPlan(),
    edits: [
      { sheet: 'Mål och nyckeltal', cell: 'E2', value: 'Uppfyllt', fill: '00B050' },
      { sheet: 'Mål och nyckeltal', cell: 'E3', value: 'Ej uppfyllt', fill: 'FF0000' },
      { sheet: 'Mål och nyckeltal', cell: 'E4', value: 'Delvis uppfyllt', fill: 'FFC000' },
    ],
    state: { version: 1, filled: [{ sheet: 'Mål och nyckeltal', cell: 'E2', value: 'Uppfyllt' }] },
  };
}

describe('applyPlan', () => {
  it('fills assessment cells in three syncs with grouped writes and remembers what it overwrote', async () => {
    const fake = createFakeExcel(workbook(driftSheet(), indicatorSheet()));
    const record = await fake.run((ctx) => applyPlan(ctx, fillPlan(), { supports: (v) => fake.supports(v) }));
    expect(fake.stats.syncs).toBe(3);
    const s = fake.grid.sheets[1];
    expect(getCell(s, 2, 5)).toMatchObject({ value: 'Uppfyllt', fill: '00B050' });
    expect(getCell(s, 3, 5)).toMatchObject({ value: 'Ej uppfyllt', fill: 'FF0000' });
    expect(record.cells).toEqual([
      { sheet: 'Mål och nyckeltal', cell: 'E2', value: null, fill: null },
      { sheet: 'Mål och nyckeltal', cell: 'E3', value: null, fill: null },
      { sheet: 'Mål och nyckeltal', cell: 'E4', value: 'Delvis uppfyllt', fill: 'FFC000' },
    ]);
    expect(fake.stats.screenUpdatingSuspended).toBe(1);
    const state = fake.grid.sheets.find((x) => x.name === STATE_SHEET);
    expect(state?.state).toBe('veryHidden');
    expect(readToolState(fake.grid).filled).toHaveLength(1);
  });

  it('writes many cells with a constant number of syncs and range operations', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`Nyckeltal ${i}`, null]);
    const fake = createFakeExcel(workbook(sheetFromValues('Mål', rows)));
    const edits = rows.map((_, i) => ({ sheet: 'Mål', cell: `B${i + 1}`, value: i % 2 ? 'Uppfyllt' : 'Ej uppfyllt', fill: i % 2 ? '00B050' : 'FF0000' }));
    await fake.run((ctx) => applyPlan(ctx, { ...emptyPlan(), edits }, { supports: (v) => fake.supports(v) }));
    expect(fake.stats.syncs).toBe(3);
    // One values write for the column and one fill per colour, not 600 cell operations.
    expect(fake.stats.writeOps).toBeLessThanOrEqual(3);
    expect(getCell(fake.grid.sheets[0], 300, 2)).toMatchObject({ value: 'Uppfyllt', fill: '00B050' });
  });

  it('writes text that looks like a formula or a number as text', async () => {
    const fake = createFakeExcel(workbook(sheetFromValues('Blad', [['a'], ['b'], ['c'], ['d'], ['e']])));
    const values = ['=SUM(A1:A2)', '-5', '+46 70', '@home', '8 %'];
    await fake.run((ctx) =>
      applyPlan(ctx, { ...emptyPlan(), edits: values.map((value, i) => ({ sheet: 'Blad', cell: `B${i + 1}`, value })) }),
    );
    values.forEach((v, i) => {
      const cell = getCell(fake.grid.sheets[0], i + 1, 2);
      expect(cell?.value).toBe(v);
      expect(cell?.formula).toBeUndefined();
    });
  });

  it('generates report sheets, replaces its own, and undo restores everything', async () => {
    const original = workbook(driftSheet(), sheetFromValues('Rapport Drift', [['gammal rapport']]), sheetFromValues('Anteckningar', [['egen']]));
    const fake = createFakeExcel(cloneGrid(original));
    const service = createWorkbookService(fake);
    const report = sheetFromValues('Rapport Drift', [['Driftredovisning'], ['Nettokostnad', -169998], ['Text', 'Prognosen är −5,0 mnkr.']]);
    const first = report.rows[0][0];
    if (first) first.bold = true;
    const plan: WritePlan = {
      edits: [],
      addSheets: [
        { grid: report, columnWidths: [30, 12], print: { orientation: 'portrait', fitToWidth: true } },
        { grid: sheetFromValues('Rapport Text', [['Utkast']]) },
      ],
      deleteSheets: ['Rapport Drift'],
      state: { version: 1, generatedSheets: [{ name: 'Rapport Drift', kind: 'operating', id: 'x1' }] },
    };
    const record = await service.apply(plan);
    expect(fake.stats.syncs).toBe(3);
    expect(fake.grid.sheets.map((s) => s.name)).toEqual(['Drift', 'Anteckningar', 'Rapport Drift', 'Rapport Text', STATE_SHEET]);
    expect(getCell(fake.grid.sheets[2], 2, 2)?.value).toBe(-169998);
    expect(getCell(fake.grid.sheets[2], 1, 1)?.bold).toBe(true);
    expect(fake.world.columnWidths.get('Rapport Drift')?.[0]).toBeGreaterThan(100);
    expect(record.deletedSheets[0].rows[0][0]?.value).toBe('gammal rapport');

    const before = fake.stats.syncs;
    const result = await service.undo(record);
    expect(fake.stats.syncs - before).toBe(3);
    expect(result.skipped).toEqual([]);
    // The replaced sheet is back where it stood, before the user's own sheet.
    expect(fake.grid.sheets.map((s) => s.name)).toEqual(['Drift', 'Rapport Drift', 'Anteckningar']);
    expect(getCell(fake.grid.sheets[1], 1, 1)?.value).toBe('gammal rapport');
  });

  it('undo restores values and fills but leaves cells a person changed afterwards', async () => {
    const fake = createFakeExcel(workbook(indicatorSheet()));
    const service = createWorkbookService(fake);
    const record = await service.apply(fillPlan());
    // Someone types in E3 after the fill.
    const e3 = fake.grid.sheets[0].rows[2][4];
    if (e3) e3.value = 'Manuell bedömning';
    const result = await service.undo(record);
    const s = fake.grid.sheets[0];
    expect(getCell(s, 2, 5)?.value ?? null).toBeNull();
    expect(getCell(s, 2, 5)?.fill).toBeUndefined();
    expect(getCell(s, 4, 5)).toMatchObject({ value: 'Delvis uppfyllt', fill: 'FFC000' });
    expect(getCell(s, 3, 5)?.value).toBe('Manuell bedömning');
    expect(result.restored).toBe(2);
    expect(result.skipped.map((c) => c.cell)).toEqual(['E3']);
    expect(fake.grid.sheets.some((x) => x.name === STATE_SHEET)).toBe(false);
  });

  it('undo restores a formula the write replaced', async () => {
    const s = sheetFromValues('Blad', [[1], [2], [3]]);
    const a3 = s.rows[2][0];
    if (a3) a3.formula = 'A1+A2';
    const fake = createFakeExcel(workbook(s));
    const service = createWorkbookService(fake);
    const record = await service.apply({ ...emptyPlan(), edits: [{ sheet: 'Blad', cell: 'A3', value: 7 }] });
    expect(getCell(fake.grid.sheets[0], 3, 1)?.formula).toBeUndefined();
    await service.undo(record);
    expect(getCell(fake.grid.sheets[0], 3, 1)?.formula).toBe('A1+A2');
  });

  it('degrades on ExcelApi 1.7: no screen-updating suspension, fills still grouped per run', async () => {
    const fake = createFakeExcel(workbook(indicatorSheet()), { apiVersion: '1.7' });
    const service = createWorkbookService(fake);
    const record = await service.apply(fillPlan());
    expect(fake.stats.screenUpdatingSuspended).toBe(0);
    expect(getCell(fake.grid.sheets[0], 3, 5)?.fill).toBe('FF0000');
    expect(record.cells[2].fill).toBe('FFC000');
    await service.undo(record);
    expect(getCell(fake.grid.sheets[0], 2, 5)?.fill).toBeUndefined();
  });
});

describe('errors', () => {
  it('refuses to write on a protected sheet before changing anything', async () => {
    const fake = createFakeExcel(workbook(indicatorSheet()));
    fake.world.protectedSheets.add('Mål och nyckeltal');
    const snapshot = JSON.stringify(fake.grid);
    const err = await createWorkbookService(fake).apply(fillPlan()).catch((e: unknown) => e);
    expect(describeExcelError(err)).toBe('Bladet ”Mål och nyckeltal” är skyddat. Ta bort bladskyddet (Granska › Ta bort skydd för blad) och försök igen.');
    expect(JSON.stringify(fake.grid)).toBe(snapshot);
  });

  it('refuses to generate sheets in a workbook whose structure is protected, before writing anything', async () => {
    const fake = createFakeExcel(workbook(driftSheet(), indicatorSheet()));
    fake.world.workbookProtected = true;
    const snapshot = JSON.stringify(fake.grid);
    const err = await createWorkbookService(fake).apply(fillPlan()).catch((e: unknown) => e);
    expect(describeExcelError(err)).toMatch(/^Arbetsbokens struktur är skyddad/);
    expect(JSON.stringify(fake.grid)).toBe(snapshot);
    // Cell edits alone (no new sheet) still work in a structure-protected workbook.
    const record = await createWorkbookService(fake).apply({ ...emptyPlan(), edits: [{ sheet: 'Drift', cell: 'H4', value: 'ok' }] });
    expect(record.cells).toHaveLength(1);
  });

  it('explains cell edit mode', async () => {
    const fake = createFakeExcel(workbook(indicatorSheet()));
    fake.world.cellEditMode = true;
    const err = await createWorkbookService(fake).readGrid().catch((e: unknown) => e);
    expect(describeExcelError(err)).toMatch(/redigerar en cell.*Enter eller Esc/);
    expect(describeExcelError(err, 'en')).toMatch(/editing a cell/);
  });

  it('names a missing sheet', async () => {
    const fake = createFakeExcel(workbook(driftSheet()));
    const err = await createWorkbookService(fake)
      .apply({ ...emptyPlan(), edits: [{ sheet: 'Finns inte', cell: 'A1', value: 1 }] })
      .catch((e: unknown) => e);
    expect(describeExcelError(err)).toMatch(/”Finns inte” finns inte längre/);
    const sel = await createWorkbookService(fake).selectCell('Borta', 'A1').catch((e: unknown) => e);
    expect(describeExcelError(sel)).toMatch(/finns inte längre/);
  });

  it('will not overwrite a sheet the tool did not make', async () => {
    const fake = createFakeExcel(workbook(driftSheet()));
    const err = await createWorkbookService(fake)
      .apply({ ...emptyPlan(), addSheets: [{ grid: sheetFromValues('Drift', [['x']]) }] })
      .catch((e: unknown) => e);
    expect(describeExcelError(err)).toMatch(/redan ett blad som heter ”Drift”/);
    expect(getCell(fake.grid.sheets[0], 4, 2)?.value).toBe(31417);
  });

  it('explains the payload limit of Excel on the web', async () => {
    const fake = createFakeExcel(workbook(driftSheet()));
    fake.world.failNextSync = 'RequestPayloadSizeLimitExceeded';
    const err = await createWorkbookService(fake).readGrid().catch((e: unknown) => e);
    expect(describeExcelError(err)).toMatch(/för stor.*Excel på webben/);
  });

  it('selectCell activates the sheet and selects the cell in one sync', async () => {
    const fake = createFakeExcel(workbook(driftSheet(), indicatorSheet()));
    await createWorkbookService(fake).selectCell('Drift', 'G6');
    expect(fake.world.selection).toEqual({ sheet: 'Drift', address: 'G6' });
    expect(fake.stats.syncs).toBe(1);
  });
});

describe('writes under Excel on the web’s payload limit', () => {
  it('a report sheet of 40 000 rows and a fill of 60 000 cells: every request under 5 MB, none refused, all written', async () => {
    const fake = createFakeExcel(workbook(sheetFromValues('Mål', Array.from({ length: 60_000 }, (_, i) => [`Nyckeltal ${i}`, null]))));
    const rows = Array.from({ length: 40_000 }, (_, i) => [`=text ${i} som ser ut som en formel`, `Verksamhet ${i} – kommentar till utfallet`, i * 1.5, -i]);
    const report = sheetFromValues('Rapport Drift', rows);
    const edits = Array.from({ length: 60_000 }, (_, i) => ({ sheet: 'Mål', cell: `B${i + 1}`, value: i % 2 ? 'Uppfyllt' : 'Ej uppfyllt', fill: i % 2 ? '00B050' : 'FF0000' }));
    const plan: WritePlan = { ...emptyPlan(), edits, addSheets: [{ grid: report }] };
    await fake.run((ctx) => applyPlan(ctx, plan, { supports: (v) => fake.supports(v) }));
    expect(fake.stats.refused).toBe(0);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(5_000_000);
    // More than the three syncs of a small write, because one request could not carry it all.
    expect(fake.stats.syncs).toBeGreaterThan(3);
    const out = fake.grid.sheets.find((s) => s.name === 'Rapport Drift');
    expect(out && getCell(out, 40_000, 2)?.value).toBe('Verksamhet 39999 – kommentar till utfallet');
    // Text that starts with "=" stays text (written with a leading apostrophe).
    expect(out && getCell(out, 7, 1)).toMatchObject({ value: '=text 6 som ser ut som en formel' });
    expect(out && getCell(out, 7, 1)?.formula).toBeUndefined();
    expect(getCell(fake.grid.sheets[0], 60_000, 2)).toMatchObject({ value: 'Uppfyllt', fill: '00B050' });
  });

  it('a fill of 30 000 cells on a host below ExcelApi 1.9 (one fill proxy per cell) stays under the limit too', async () => {
    const fake = createFakeExcel(workbook(sheetFromValues('Mål', Array.from({ length: 30_000 }, (_, i) => [`Nyckeltal ${i}`, null]))), { apiVersion: '1.8' });
    const edits = Array.from({ length: 30_000 }, (_, i) => ({ sheet: 'Mål', cell: `B${i + 1}`, value: i % 3 ? 'Uppfyllt' : 'Ej uppfyllt', fill: i % 3 ? '00B050' : 'FF0000' }));
    const record = await fake.run((ctx) => applyPlan(ctx, { ...emptyPlan(), edits }, { supports: (v) => fake.supports(v) }));
    expect(fake.stats.refused).toBe(0);
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
    expect(record.cells).toHaveLength(30_000);
    expect(getCell(fake.grid.sheets[0], 30_000, 2)).toMatchObject({ value: 'Uppfyllt', fill: '00B050' });
  });

  it('the same write in one piece would have been refused by the limit-enforcing Excel', async () => {
    const fake = createFakeExcel(workbook(sheetFromValues('Blad', [['a']])));
    const rows = Array.from({ length: 100_000 }, (_, i) => [`Verksamhet ${i} – kommentar till utfallet`, i * 1.5]);
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Blad').getRange('A1:B100000').formulas = rows;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});

describe('replacing a report sheet too big to copy in one response', () => {
  it('copies it through the read planned by bytes, replaces it, and undo puts it back', async () => {
    const old = sheetFromValues(
      'Rapport Drift',
      Array.from({ length: 2000 }, (_, i) => [`Verksamhet ${i}`, i * 10, -i]),
    );
    const fake = createFakeExcel(workbook(driftSheet(), old), { payloadLimitBytes: 60_000 });
    const before = cloneGrid(fake.grid);
    const fresh = sheetFromValues('Rapport Drift', [['Ny rapport'], [1]]);
    const plan: WritePlan = { ...emptyPlan(), deleteSheets: ['Rapport Drift'], addSheets: [{ grid: fresh }] };
    const record = await fake.run((ctx) => applyPlan(ctx, plan, { supports: (v) => fake.supports(v), payloadBudget: 40_000 }));
    // One refusal: the copy of the old sheet in the second sync; everything after it planned.
    expect(fake.stats.refused).toBe(1);
    expect(record.deletedSheets[0].rows).toHaveLength(2000);
    expect(getCell(fake.grid.sheets[1], 1, 1)?.value).toBe('Ny rapport');
    await fake.run((ctx) => undoWrite(ctx, record, { supports: (v) => fake.supports(v), payloadBudget: 40_000 }));
    expect(fake.stats.refused).toBe(1);
    expect(fake.grid.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(getCell(fake.grid.sheets[1], 2000, 1)?.value).toBe('Verksamhet 1999');
    expect(getCell(fake.grid.sheets[1], 2000, 3)?.value).toBe(-1999);
  });
});

describe('a user sheet with the state sheet name', () => {
  it.each([
    ['a visible sheet named exactly so', STATE_SHEET, undefined],
    ['a sheet with another case', 'NÄMNDRAPPORT_DATA', 'veryHidden' as const],
  ])('is never replaced: %s', async (_what, name, state) => {
    const user = { ...sheetFromValues(name, [['Mina anteckningar'], [42]]), ...(state ? { state } : {}) };
    const fake = createFakeExcel(workbook(driftSheet(), indicatorSheet(), user));
    const before = cloneGrid(fake.grid);
    let caught: unknown;
    try {
      await fake.run((ctx) => applyPlan(ctx, fillPlan(), { supports: (v) => fake.supports(v) }));
    } catch (e) {
      caught = e;
    }
    expect(caught).toMatchObject({ code: 'StateSheetTaken', detail: name });
    expect(describeExcelError(caught, 'sv')).toContain(`Bladet ”${name}”`);
    expect(fake.grid).toEqual(before);
  });
});
