import { sheetFromValues } from '../../src/grid/sheet';
import { rememberWords, rememberedWords } from '../../src/taskpane/board-memory';
import { analyseMapping } from '../../src/taskpane/use-session';
import { translator } from '../../src/taskpane/i18n';
import type { CoreApi } from '../../src/taskpane/core';
import type { WorkbookMapping } from '../../src/model/mapping-types';

/** A Storage over a Map, as the pane's localStorage. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('the board’s words remembered on this computer', () => {
  it('are kept per board and merged', () => {
    const s = memoryStorage();
    rememberWords('Socialnämnden', { rows: { operating: { purchasedServices: ['Köpt verksamhet'] } } }, s);
    rememberWords('Socialnämnden', { columns: { operating: { forecast: ['Helårsbedömning'] } } }, s);
    rememberWords('Kulturnämnden', { rows: { operating: { personnel: ['Löner'] } } }, s);
    expect(rememberedWords('Socialnämnden', s)).toEqual({ rows: { operating: { purchasedServices: ['Köpt verksamhet'] } }, columns: { operating: { forecast: ['Helårsbedömning'] } } });
    expect(rememberedWords('Okänd nämnd', s)).toBeUndefined();
    expect(rememberedWords(undefined, s)).toBeUndefined();
  });

  it('never fail when storage is broken or blocked', () => {
    const s = memoryStorage();
    s.setItem('namndrapport.boardWords.v1', '{trasig');
    expect(rememberedWords('Socialnämnden', s)).toBeUndefined();
    const blocked = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } } as Storage;
    expect(() => rememberWords('Socialnämnden', { rows: {} }, blocked)).not.toThrow();
  });

  it('are used by the mapping only where they change what was found', () => {
    const grid = { sheets: [sheetFromValues('Drift', [['Budget'], [1]])] };
    const base: WorkbookMapping = { version: 1, board: 'Socialnämnden', period: { kind: 'unknown' }, tables: [], unmapped: [] };
    const withWords: WorkbookMapping = { ...base, tables: [{ kind: 'operating', sheet: 'Drift', range: 'A1:A2', confidence: 1, headerRows: [1], unit: 'tkr', rows: [], columns: [] }] };
    const calls: unknown[] = [];
    const core = {
      mapWorkbook: (_g: unknown, _s: unknown, extra?: unknown) => {
        calls.push(extra);
        return extra ? withWords : base;
      },
      leftOut: () => [],
      buildModel: () => ({ model: { period: { kind: 'unknown' as const }, unit: 'tkr' as const, tables: [] }, findings: [] }),
    } as unknown as CoreApi;
    const words = { rows: { operating: { purchasedServices: ['Köpt verksamhet'] } } };
    const a = analyseMapping(grid, core, 'sv', translator('sv'), undefined, () => words);
    expect(a.mapping).toBe(withWords);
    expect(a.fromMemory).toBe(words);
    const same = analyseMapping(grid, { ...core, mapWorkbook: () => base } as CoreApi, 'sv', translator('sv'), undefined, () => words);
    expect(same.fromMemory).toBeUndefined();
    expect(calls).toEqual([undefined, words]);
  });
});

describe('forgetting words when their save is undone', () => {
  it('takes back only those words', async () => {
    const { forgetWords } = await import('../../src/taskpane/board-memory');
    const s = memoryStorage();
    rememberWords('Socialnämnden', { rows: { operating: { personnel: ['Löner'] } } }, s);
    rememberWords('Socialnämnden', { rows: { operating: { personnel: ['Arvoden'], premises: ['Hyror'] } } }, s);
    forgetWords('Socialnämnden', { rows: { operating: { personnel: ['Arvoden'], premises: ['Hyror'] } } }, s);
    expect(rememberedWords('Socialnämnden', s)).toEqual({ rows: { operating: { personnel: ['Löner'] } } });
    forgetWords('Socialnämnden', { rows: { operating: { personnel: ['Löner'] } } }, s);
    expect(rememberedWords('Socialnämnden', s)).toBeUndefined();
  });
});
