import * as path from 'path';
import fc from 'fast-check';
import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { STATE_SHEET, readToolState } from '../../src/grid/tool-state';
import type { WritePlan } from '../../src/grid/write-plan';
import { readWorkbook, writeWorkbook, applyWritePlan } from '../../src/xlsx';
import { createWorkbookService } from '../../src/excel';
import { createFakeExcel } from '../../src/excel/fake';
import { mapWorkbook, buildModel } from '../../src/mapping';
import { planFill } from '../../src/assessment';
import { planReport } from '../../src/report';
import { cloneWorkbook, setCell, shift, lastRow, lastCol } from '../robustness/mutations';
import { diffWorkbooks } from './grid-diff';

/**
 * Nothing lost: over random workbooks (the samples' tables moved to random places, random
 * sheets with random values around them, user sheets named like generated ones), `fill` and
 * `report` change no cell they do not own, and running `report` again changes nothing.
 * Checked through both writers: the ExcelJS adapter (file → file, re-read) and the Office.js
 * adapter on the in-browser Excel API.
 */

const root = path.join(__dirname, '..', '..');
let samples: Record<'interim2024' | 'annual2019', WorkbookGrid>;

beforeAll(async () => {
  samples = {
    interim2024: await readWorkbook(path.join(root, 'seeds', 'delarsrapport-2024.xlsx')),
    annual2019: await readWorkbook(path.join(root, 'seeds', 'arsbokslut-2019.xlsx')),
  };
});

const TEXTS = ['Budget 2024', 'Prognos', 'Summa', '=1+1', '-5', '+46 70', '@x', '', ' ', '−17 416', '6,6', '100 %', 'Uppfyllt', 'Ej uppfyllt', 'Delvis uppfyllt', 'Se kommentar', 'Rapport Drift'];
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ unit: fc.constantFrom(...'abcåäöÅÄÖ 0123456789-=+@,.%'.split('')), maxLength: 24 }));
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  text,
  fc.boolean(),
  fc.constant(null),
);
const randomCell = fc.record({
  row: fc.integer({ min: 1, max: 30 }),
  col: fc.integer({ min: 1, max: 8 }),
  value,
  fill: fc.option(fc.constantFrom('FFFF00', '00B050', 'FF0000'), { nil: undefined }),
});
const sheetName = fc.oneof(fc.constantFrom('Blad1', 'Anteckningar', 'Rapport Drift', 'Rapport Investeringar', 'Underlag 2024', 'Drift (2)'), fc.stringMatching(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö0-9 ]{0,14}$/));

interface Shape {
  base: 'interim2024' | 'annual2019';
  moves: { dr: number; dc: number; noise: { row: number; col: number; value: CellValue; fill?: string }[] }[];
  extra: { name: string; at: number; cells: { row: number; col: number; value: CellValue; fill?: string }[] }[];
}

const shape: fc.Arbitrary<Shape> = fc.record({
  base: fc.constantFrom('interim2024' as const, 'annual2019' as const),
  moves: fc.array(fc.record({ dr: fc.integer({ min: 0, max: 12 }), dc: fc.integer({ min: 0, max: 4 }), noise: fc.array(randomCell, { maxLength: 12 }) }), { minLength: 10, maxLength: 10 }),
  extra: fc.array(fc.record({ name: sheetName, at: fc.nat(), cells: fc.array(randomCell, { maxLength: 40 }) }), { maxLength: 3 }),
});

function build(s: Shape): WorkbookGrid {
  const wb = cloneWorkbook(samples[s.base]);
  wb.sheets.forEach((sheet, i) => {
    const m = s.moves[i % s.moves.length];
    shift(sheet, m.dr, m.dc);
    // Noise beside the table (to the right of it), where a controller keeps notes.
    const right = lastCol(sheet) + 2;
    for (const n of m.noise) setCell(sheet, n.row, right + n.col - 1, n.value, n.fill ? { fill: n.fill } : {});
  });
  const names = new Set(wb.sheets.map((x) => x.name.toLowerCase()));
  for (const e of s.extra) {
    if (names.has(e.name.toLowerCase()) || e.name.trim() !== e.name) continue;
    names.add(e.name.toLowerCase());
    const sheet: SheetGrid = { name: e.name, rows: [], merges: [] };
    for (const c of e.cells) setCell(sheet, c.row, c.col, c.value, c.fill ? { fill: c.fill } : {});
    if (lastRow(sheet) === 0) setCell(sheet, 1, 1, 'Egna anteckningar');
    wb.sheets.splice(e.at % (wb.sheets.length + 1), 0, sheet);
  }
  return wb;
}

function plan(wb: WorkbookGrid, kind: 'fill' | 'report'): { plan: WritePlan; owned: Set<string> } {
  const { model } = buildModel(wb, mapWorkbook(wb));
  if (kind === 'fill') {
    const r = planFill(wb, model);
    return { plan: r.plan, owned: new Set(r.filled.map((f) => `${f.sheet}!${f.cell}`)) };
  }
  return { plan: planReport(wb, model).plan, owned: new Set() };
}

/** Sheets the tool may replace: its state, and the sheets its state says it generated. */
function toolSheets(wb: WorkbookGrid): Set<string> {
  return new Set([STATE_SHEET, ...(readToolState(wb).generatedSheets ?? []).map((g) => g.name)]);
}

const RUNS = { numRuns: 30, seed: 20241031, endOnFailure: true };

/** What the runs exercised, so a property that never fills or generates anything fails. */
const seen = { filled: 0, generated: 0, userSheetsNamedLikeOurs: 0 };

afterAll(() => {
  expect(seen.filled).toBeGreaterThan(0);
  expect(seen.generated).toBeGreaterThan(0);
  expect(seen.userSheetsNamedLikeOurs).toBeGreaterThan(0);
});

describe('nothing lost (ExcelJS writer, file → file)', () => {
  it('fill and report change only their own cells and sheets; report again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const buf0 = await writeWorkbook(build(s));
        const g0 = await readWorkbook(buf0);

        const fill = plan(g0, 'fill');
        const buf1 = await applyWritePlan(buf0, fill.plan);
        const g1 = await readWorkbook(buf1);
        expect(diffWorkbooks(g0, g1, fill.owned, toolSheets(g0))).toEqual([]);
        for (const key of fill.owned) {
          const [sheet, cell] = key.split('!');
          const before = g0.sheets.find((x) => x.name === sheet)?.rows.flat().find((c) => c?.address === cell);
          expect({ key, before: before?.value ?? null }).toEqual({ key, before: null });
        }

        const report = plan(g1, 'report');
        seen.filled += fill.owned.size;
        seen.generated += report.plan.addSheets.length;
        if (g0.sheets.some((x) => /^Rapport /.test(x.name))) seen.userSheetsNamedLikeOurs++;
        const buf2 = await applyWritePlan(buf1, report.plan);
        const g2 = await readWorkbook(buf2);
        expect(diffWorkbooks(g1, g2, new Set(), toolSheets(g1))).toEqual([]);

        const again = plan(g2, 'report');
        const g3 = await readWorkbook(await applyWritePlan(buf2, again.plan));
        expect(g3.sheets.map((x) => x.name)).toEqual(g2.sheets.map((x) => x.name));
        expect(diffWorkbooks(g2, g3, new Set(), new Set([STATE_SHEET]))).toEqual([]);
        expect(readToolState(g3)).toEqual(readToolState(g2));
      }),
      RUNS,
    );
  });
});

describe('nothing lost (Office.js writer on the in-browser Excel API)', () => {
  it('fill and report change only their own cells and sheets; report again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        // Through the file once, as a real workbook; then every grid compared comes from the same reader.
        const fake = createFakeExcel(await readWorkbook(await writeWorkbook(build(s))));
        const service = createWorkbookService(fake);
        const g0 = await service.readGrid();

        const fill = plan(g0, 'fill');
        await service.apply(fill.plan);
        const g1 = await service.readGrid();
        expect(diffWorkbooks(g0, g1, fill.owned, toolSheets(g0))).toEqual([]);

        await service.apply(plan(g1, 'report').plan);
        const g2 = await service.readGrid();
        expect(diffWorkbooks(g1, g2, new Set(), toolSheets(g1))).toEqual([]);

        await service.apply(plan(g2, 'report').plan);
        const g3 = await service.readGrid();
        expect(g3.sheets.map((x) => x.name)).toEqual(g2.sheets.map((x) => x.name));
        expect(diffWorkbooks(g2, g3, new Set(), new Set([STATE_SHEET]))).toEqual([]);
      }),
      RUNS,
    );
  });
});
