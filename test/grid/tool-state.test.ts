import { readToolState, readToolStateChecked, stateFindings, stateSheet, stateSheetTaken, STATE_SHEET, type ToolState } from '../../src/grid/tool-state';
import { ownGeneratedSheets } from '../../src/grid/owned';
import { sheetFromValues } from '../../src/grid/sheet';
import type { WorkbookGrid } from '../../src/grid/types';

function workbookWithState(json: string): WorkbookGrid {
  return { sheets: [sheetFromValues('Drift', [['x']]), { ...sheetFromValues(STATE_SHEET, [[json]]), state: 'veryHidden' }] };
}

describe('tool state in the veryHidden sheet', () => {
  it('round-trips, chunked over column A when long', () => {
    const state: ToolState = {
      version: 1,
      filled: Array.from({ length: 2000 }, (_, i) => ({ sheet: 'Mål och nyckeltal', cell: `G${i + 4}`, value: 'Helt uppfyllt' })),
      generatedSheets: [{ name: 'Rapport Drift', kind: 'operating', id: 'nr-1' }],
    };
    const sheet = stateSheet(state);
    expect(sheet.state).toBe('veryHidden');
    expect(sheet.rows.length).toBeGreaterThan(1);
    for (const row of sheet.rows) expect(String(row?.[0]?.value).length).toBeLessThanOrEqual(32767);
    expect(readToolState({ sheets: [sheet] })).toEqual(state);
  });

  it.each([
    ['no state sheet', null],
    ['broken JSON', '{"version": 1, "filled": ['],
    ['another version', '{"version": 2, "filled": []}'],
    ['not an object', '[1,2,3]'],
  ])('gives the empty state for %s', (_name, json) => {
    const wb = json === null ? { sheets: [sheetFromValues('Drift', [['x']])] } : workbookWithState(json);
    expect(readToolState(wb)).toEqual({ version: 1 });
  });

  it('keeps the well-formed parts of a damaged state and drops the rest', () => {
    const json = JSON.stringify({
      version: 1,
      filled: [{ sheet: 'Mål', cell: 'G4', value: 'Helt uppfyllt' }, { sheet: 'Mål', cell: 7 }, 'x', null],
      generatedSheets: { name: 'Rapport Drift' },
      mapping: { tables: 'none' },
      assessment: 'goal4',
    });
    expect(readToolState(workbookWithState(json))).toEqual({ version: 1, filled: [{ sheet: 'Mål', cell: 'G4', value: 'Helt uppfyllt' }] });
  });
});

describe('the state sheet cannot lie', () => {
  const state = (json: string, name = STATE_SHEET, sheetState: 'visible' | 'hidden' | 'veryHidden' = 'veryHidden'): WorkbookGrid => ({
    sheets: [sheetFromValues('Drift', [['x']]), { ...sheetFromValues(name, [[json]]), state: sheetState }],
  });

  it('nesting deeper than the limit is dropped before JSON.parse can overflow the stack', () => {
    const deep = `{"version":1,"mapping":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    const r = readToolStateChecked(state(deep));
    expect(r.state).toEqual({ version: 1 });
    expect(r.problems.map((p) => p.sv)).toEqual([expect.stringContaining('för djupt nästlad')]);
  });

  it('sizes are bounded: long names, huge ranges, rows outside the range and lists past their limit are dropped', () => {
    const table = { kind: 'operating', sheet: 'Drift', range: 'A1:C5', headerRows: [1], rows: [{ row: 2, label: 'Intäkter', role: 'revenue' }], columns: [{ col: 2, letter: 'B', header: 'Budget', role: 'budget' }] };
    const json = JSON.stringify({
      version: 1,
      filled: [
        { sheet: 'x'.repeat(32), cell: 'G4', value: 'Uppfyllt' },
        { sheet: 'Mål', cell: 'not-a-cell', value: 'Uppfyllt' },
        { sheet: 'Mål', cell: 'G4', value: 'Uppfyllt' },
      ],
      generatedSheets: Array.from({ length: 150 }, (_, i) => ({ name: `R${i}`, kind: 'operating', id: `nr-${i}` })),
      mapping: { tables: [table, { ...table, range: 'A1:C350000' }, { ...table, rows: [{ row: 9, label: 'x', role: 'revenue' }] }, { ...table, kind: 'nope' }] },
    });
    const r = readToolStateChecked(state(json));
    expect(r.state.filled).toEqual([{ sheet: 'Mål', cell: 'G4', value: 'Uppfyllt' }]);
    expect(r.state.generatedSheets).toHaveLength(100);
    expect(r.state.mapping?.tables.map((t) => t.range)).toEqual(['A1:C5']);
    expect(r.problems.map((p) => p.part)).toEqual(['tables', 'filled', 'generatedSheets']);
    expect(stateFindings(r)).toEqual([expect.objectContaining({ rule: 'state/damaged', severity: 'warning', sheet: STATE_SHEET, cell: 'A1' })]);
  });

  it.each([
    ['a visible sheet with the exact name', STATE_SHEET, 'visible'],
    ['a hidden sheet with the name in another case', 'NÄMNDRAPPORT_DATA', 'veryHidden'],
  ] as const)('%s is the user\'s: never read as state', (_n, name, sheetState) => {
    const wb = state(JSON.stringify({ version: 1, generatedSheets: [{ name: 'Drift', kind: 'operating', id: 'x' }] }), name, sheetState);
    const r = readToolStateChecked(wb);
    expect(r.state).toEqual({ version: 1 });
    expect(r.userSheet?.name).toBe(name);
    expect(stateSheetTaken(wb)?.name).toBe(name);
    expect(stateFindings(r)[0]).toMatchObject({ sheet: name, severity: 'warning' });
  });

  it('a generated sheet is ours only by its one marker cell carrying the recorded id', () => {
    const marker = 'Skapad av Nämndrapport · id nr-1 · bladet ersätts';
    const atEnd = sheetFromValues('Rapport Drift', [['Rubrik'], [null], [marker]]);
    const quotedInside = sheetFromValues('Drift', [[marker], ['Sista raden']]);
    const recorded = sheetFromValues('Rapport Mål', [['Rubrik'], [marker], ['en rad som en person lade till']]);
    const wb: WorkbookGrid = { sheets: [atEnd, quotedInside, recorded] };
    const listed = (name: string, marker?: string) => ({ name, kind: 'operating', id: 'nr-1', ...(marker ? { marker } : {}) });
    expect(ownGeneratedSheets(wb, { version: 1, generatedSheets: [listed('Rapport Drift'), listed('Drift'), listed('Rapport Mål')] }).map((g) => g.name)).toEqual(['Rapport Drift']);
    expect(ownGeneratedSheets(wb, { version: 1, generatedSheets: [listed('Rapport Mål', 'A2')] }).map((g) => g.name)).toEqual(['Rapport Mål']);
    expect(ownGeneratedSheets(wb, { version: 1, generatedSheets: [{ ...listed('Rapport Drift'), id: 'nr-2' }] })).toEqual([]);
  });

  it('zod never tries new Function (the pane runs under a CSP without unsafe-eval)', () => {
    const original = globalThis.Function;
    let calls = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        calls++;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls++;
        return Reflect.apply(target, self, args);
      },
    });
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const fresh = require('../../src/grid/tool-state') as typeof import('../../src/grid/tool-state');
        const json = JSON.stringify({ version: 1, filled: [{ sheet: 'Mål', cell: 'G4', value: 'Uppfyllt' }], assessment: { scale: 'goal4' } });
        expect(fresh.readToolState(state(json)).filled).toHaveLength(1);
      });
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toBe(0);
  });
});

describe('planners with a user sheet holding the state sheet\'s name', () => {
  it('plan no state at all, so no writer (ExcelJS, Office.js) replaces that sheet', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { planFill } = require('../../src/assessment') as typeof import('../../src/assessment');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { planReport } = require('../../src/report') as typeof import('../../src/report');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { mapWorkbook, buildModel } = require('../../src/mapping') as typeof import('../../src/mapping');
    const drift = sheetFromValues('Drift', [[null, 'Budget 2025', 'Prognos helår 2025'], ['Verksamhetens intäkter', 10, 12], ['Personalkostnader', -8, -9]]);
    for (const [name, st] of [['NÄMNDRAPPORT_DATA', 'veryHidden'], [STATE_SHEET, 'visible']] as const) {
      const wb: WorkbookGrid = { sheets: [drift, { ...sheetFromValues(name, [['mina anteckningar']]), state: st }] };
      const model = buildModel(wb, mapWorkbook(wb)).model;
      expect(planFill(wb, model).plan.state).toBeUndefined();
      const report = planReport(wb, model);
      expect(report.plan.state).toBeUndefined();
      expect(report.plan.deleteSheets).toEqual([]);
    }
  });
});
