import { readToolState, stateSheet, STATE_SHEET, type ToolState } from '../../src/grid/tool-state';
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
