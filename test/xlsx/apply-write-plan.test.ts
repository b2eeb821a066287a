import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { applyWritePlan, readWorkbook, writeWorkbook, WorkbookWriteError } from '../../src/xlsx';
import { emptyPlan, type WritePlan } from '../../src/grid/write-plan';
import { getCell, findSheet, sheetFromValues } from '../../src/grid/sheet';
import { readToolState, STATE_SHEET, type ToolState } from '../../src/grid/tool-state';
import type { SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { countCells, diffWorkbooks } from './compare';
import { richWorkbook } from './fixture';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
const SAMPLES = ['delarsrapport-2024.xlsx', 'arsbokslut-2019.xlsx'];

function sheet(wb: WorkbookGrid, name: string): SheetGrid {
  const s = findSheet(wb, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

async function columnWidths(buf: Buffer | string): Promise<Record<string, (number | undefined)[]>> {
  const wb = new ExcelJS.Workbook();
  if (typeof buf === 'string') await wb.xlsx.readFile(buf);
  else await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const out: Record<string, (number | undefined)[]> = {};
  for (const ws of wb.worksheets) out[ws.name] = (ws.columns ?? []).map((c) => c.width);
  return out;
}

async function notes(buf: Buffer | string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  if (typeof buf === 'string') await wb.xlsx.readFile(buf);
  else await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((c) => {
      if (c.note) out.push(`${ws.name}!${c.address}: ${JSON.stringify(c.note)}`);
    }));
  }
  return out;
}

async function rejection(p: Promise<unknown>): Promise<WorkbookWriteError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof WorkbookWriteError) return err;
    throw err;
  }
  throw new Error('expected a WorkbookWriteError');
}

describe('applyWritePlan with an empty plan changes nothing', () => {
  it.each(SAMPLES)('%s: every cell value, formula, number format, fill and merge survives', async (file) => {
    const input = path.join(SEEDS, file);
    const before = await readWorkbook(input);
    const out = await applyWritePlan(input, emptyPlan());
    const after = await readWorkbook(out);
    expect(countCells(before)).toBeGreaterThan(200);
    expect(diffWorkbooks(before, after)).toEqual([]);
    expect(await columnWidths(out)).toEqual(await columnWidths(input));
    expect(await notes(out)).toEqual(await notes(input));
  });

  it('keeps formulas, shared formulas, theme fills, errors, dates, hidden rows and hidden sheets', async () => {
    const input = await richWorkbook();
    const before = await readWorkbook(input);
    const after = await readWorkbook(await applyWritePlan(input, emptyPlan()));
    expect(diffWorkbooks(before, after)).toEqual([]);
    expect(getCell(sheet(after, 'Data'), 4, 3)?.formula).toBe('A4+1');
  });
});

describe('applyWritePlan with edits', () => {
  const target = 'Mål och nyckeltal';
  const plan: WritePlan = {
    ...emptyPlan(),
    edits: [
      { sheet: target, cell: 'G4', value: 'Ej uppfyllt', fill: 'FF0000' },
      { sheet: target, cell: 'G5', value: 'Helt uppfyllt', fill: '00B050' },
      { sheet: target, cell: 'G6', value: '-' },
      { sheet: target, cell: 'G7', value: '=1+1' },
      { sheet: target, cell: 'G8', value: '@x', fill: null },
      { sheet: target, cell: 'G9', value: 42 },
    ],
  };

  it('changes exactly the planned cells, with the planned values and fills', async () => {
    const input = path.join(SEEDS, 'delarsrapport-2024.xlsx');
    const before = await readWorkbook(input);
    const after = await readWorkbook(await applyWritePlan(input, plan));
    expect(diffWorkbooks(before, after)).toEqual(plan.edits.map((e) => `${e.sheet}!${e.cell}`).sort());
    const s = sheet(after, target);
    expect(getCell(s, 4, 7)).toMatchObject({ value: 'Ej uppfyllt', fill: 'FF0000' });
    expect(getCell(s, 5, 7)).toMatchObject({ value: 'Helt uppfyllt', fill: '00B050' });
    expect(getCell(s, 9, 7)?.value).toBe(42);
    // A neighbour sharing the edited cells' style keeps its own (no fill).
    expect(getCell(s, 4, 8)?.fill).toBeUndefined();
  });

  it.each([
    ['G6', '-'],
    ['G7', '=1+1'],
    ['G8', '@x'],
  ])('writes %s = %p as text, never as a formula', async (cell, text) => {
    const after = await readWorkbook(await applyWritePlan(path.join(SEEDS, 'delarsrapport-2024.xlsx'), plan));
    const c = findSheet(after, target)?.rows.flat().find((x) => x?.address === cell);
    expect(c?.value).toBe(text);
    expect(c?.formula).toBeUndefined();
  });

  it('clears a fill with null and leaves it with undefined', async () => {
    const input = await writeWorkbook({
      sheets: [{ name: 'B', rows: [[{ address: 'A1', row: 1, col: 1, value: 'x', fill: 'FFC000' }, { address: 'B1', row: 1, col: 2, value: 'y', fill: 'FFC000' }]], merges: [] }],
    });
    const out = await applyWritePlan(input, { ...emptyPlan(), edits: [{ sheet: 'B', cell: 'A1', value: 'x2', fill: null }, { sheet: 'B', cell: 'B1', value: 'y2' }] });
    const s = sheet(await readWorkbook(out), 'B');
    expect(getCell(s, 1, 1)?.fill).toBeUndefined();
    expect(getCell(s, 1, 2)).toMatchObject({ value: 'y2', fill: 'FFC000' });
  });

  it('keeps dependents working when the master of a shared formula is overwritten', async () => {
    const out = await applyWritePlan(await richWorkbook(), { ...emptyPlan(), edits: [{ sheet: 'Data', cell: 'C2', value: 'ersatt' }] });
    const s = sheet(await readWorkbook(out), 'Data');
    expect(getCell(s, 2, 3)?.value).toBe('ersatt');
    expect(getCell(s, 3, 3)).toMatchObject({ formula: 'A3+1', value: 11 });
    expect(getCell(s, 4, 3)).toMatchObject({ formula: 'A4+1', value: 21 });
  });

  it('refuses a covered cell of a merge, an unknown sheet and a bad address, in Swedish', async () => {
    const input = path.join(SEEDS, 'delarsrapport-2024.xlsx');
    const covered = await rejection(applyWritePlan(input, { ...emptyPlan(), edits: [{ sheet: 'Internkontroll', cell: 'A6', value: 'x' }] }));
    expect(covered.code).toBe('merged-cell');
    expect(covered.message).toContain('A5:A6');
    expect(covered.message).toContain('sammanfogade');
    const unknown = await rejection(applyWritePlan(input, { ...emptyPlan(), edits: [{ sheet: 'Finns ej', cell: 'A1', value: 'x' }] }));
    expect(unknown.code).toBe('unknown-sheet');
    expect(unknown.message).toMatch(/finns inte/);
    const bad = await rejection(applyWritePlan(input, { ...emptyPlan(), edits: [{ sheet: 'Drift', cell: 'ZZ', value: 'x' }] }));
    expect(bad.code).toBe('bad-address');
    const badFill = await rejection(applyWritePlan(input, { ...emptyPlan(), edits: [{ sheet: 'Drift', cell: 'H1', value: 'x', fill: 'grön' }] }));
    expect(badFill.code).toBe('bad-value');
  });
});

describe('applyWritePlan with sheets and state', () => {
  const summary: SheetGrid = (() => {
    const g = sheetFromValues('Sammanställning', [
      ['Sammanställning drift', null, null],
      ['Post', 'Budget 2024', 'Prognos 2024'],
      ['Personalkostnader', -158695, -155695],
      ['-varav arvoden', 1, 2],
      ['En lång kommentar som inte ryms i kolumnen och därför ska radbrytas i cellen', null, null],
    ]);
    const c = (r: number, col: number) => getCell(g, r, col)!;
    c(1, 1).bold = true;
    c(1, 1).merge = 'A1:C1';
    g.merges = ['A1:C1'];
    c(2, 2).fill = 'DDEBF7';
    c(3, 2).numFmt = '#,##0';
    c(4, 1).indent = 1;
    return g;
  })();
  const state: ToolState = { version: 1, filled: [{ sheet: 'Mål och nyckeltal', cell: 'G4', value: 'Ej uppfyllt' }], generatedSheets: [{ name: 'Sammanställning', kind: 'operating', id: 'abc' }] };

  it('adds a sheet with values, formats, merges, widths, wrap and A4 print setup; writes the veryHidden state', async () => {
    const input = path.join(SEEDS, 'arsbokslut-2019.xlsx');
    const before = await readWorkbook(input);
    const out = await applyWritePlan(input, {
      edits: [],
      deleteSheets: [],
      addSheets: [{ grid: summary, columnWidths: [30, 14, 14], print: { orientation: 'portrait', fitToWidth: true } }],
      state,
    });
    const after = await readWorkbook(out);
    expect(diffWorkbooks(before, after)).toEqual(['Nämndrapport_data!*', 'Sammanställning!*']);
    const s = sheet(after, 'Sammanställning');
    expect(getCell(s, 1, 1)).toMatchObject({ value: 'Sammanställning drift', bold: true, merge: 'A1:C1' });
    expect(getCell(s, 2, 2)).toMatchObject({ fill: 'DDEBF7' });
    expect(getCell(s, 3, 2)).toMatchObject({ value: -158695, numFmt: '#,##0' });
    expect(getCell(s, 4, 1)).toMatchObject({ value: '-varav arvoden', indent: 1 });
    expect(getCell(s, 4, 1)?.formula).toBeUndefined();
    expect(readToolState(after)).toEqual(state);
    expect(sheet(after, STATE_SHEET).state).toBe('veryHidden');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('Sammanställning')!;
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getCell('A5').alignment?.wrapText).toBe(true);
  });

  it('replaces its own sheet and state on a second run, and refuses to overwrite a sheet not listed for deletion', async () => {
    const input = path.join(SEEDS, 'arsbokslut-2019.xlsx');
    const first = await applyWritePlan(input, { edits: [], deleteSheets: [], addSheets: [{ grid: summary }], state });
    const again = await rejection(applyWritePlan(first, { edits: [], deleteSheets: [], addSheets: [{ grid: summary }] }));
    expect(again.code).toBe('sheet-exists');
    expect(again.message).toContain('Sammanställning');
    const state2: ToolState = { ...state, filled: [] };
    const second = await readWorkbook(await applyWritePlan(first, { edits: [], deleteSheets: ['Sammanställning'], addSheets: [{ grid: summary }], state: state2 }));
    expect(second.sheets.filter((s) => s.name === 'Sammanställning')).toHaveLength(1);
    expect(second.sheets.filter((s) => s.name === STATE_SHEET)).toHaveLength(1);
    expect(readToolState(second)).toEqual(state2);
  });

  it('deletes a listed sheet and keeps all others as they were', async () => {
    const input = path.join(SEEDS, 'arsbokslut-2019.xlsx');
    const before = await readWorkbook(input);
    const after = await readWorkbook(await applyWritePlan(input, { ...emptyPlan(), deleteSheets: ['Prognossäkerhet'] }));
    expect(diffWorkbooks(before, after)).toEqual(['Prognossäkerhet!*']);
  });

  it('rejects an invalid sheet name in Swedish', async () => {
    const err = await rejection(applyWritePlan(path.join(SEEDS, 'arsbokslut-2019.xlsx'), { ...emptyPlan(), addSheets: [{ grid: { ...summary, name: 'Drift/Invest' } }] }));
    expect(err.code).toBe('bad-sheet-name');
    expect(err.message).toMatch(/Bladnamnet/);
  });
});

describe('applyWritePlan keeps what the earlier ExcelJS writer refused to carry', () => {
  async function withPart(part: string, bytes: string | Uint8Array): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await richWorkbook());
    zip.file(part, bytes);
    return zip.generateAsync({ type: 'nodebuffer' });
  }

  it.each([
    ['xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>'],
    ['xl/pivotTables/pivotTable1.xml', '<pivotTableDefinition/>'],
    ['xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])],
  ])('%s is written back byte for byte, with a filled cell and a new sheet', async (part, bytes) => {
    const input = await withPart(part, bytes);
    const plan: WritePlan = { edits: [{ sheet: 'Data', cell: 'J2', value: 'Uppfyllt', fill: '00B050' }], deleteSheets: [], addSheets: [{ grid: sheetFromValues('Rapport', [['x']]) }] };
    const out = await applyWritePlan(input, plan);
    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(out);
    expect(Buffer.from(await after.file(part)!.async('uint8array'))).toEqual(Buffer.from(await before.file(part)!.async('uint8array')));
    expect(diffWorkbooks(await readWorkbook(input), await readWorkbook(out))).toEqual(['Data!J2', 'Rapport!*']);
  });
});

describe('writeWorkbook', () => {
  it('writes grids that read back identically', async () => {
    const grid: WorkbookGrid = { sheets: [sheetFromValues('Drift', [['Belopp i tkr', 'Budget 2024'], ['Lokalhyror', -17416], ['-', 0], ['=SUM(B2)', true]])] };
    const back = await readWorkbook(await writeWorkbook(grid));
    expect(diffWorkbooks(grid, back)).toEqual([]);
  });
});
