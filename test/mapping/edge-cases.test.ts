import { sheetFromValues } from '../../src/grid/sheet';
import { STATE_SHEET, stateSheet } from '../../src/grid/tool-state';
import type { SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { tablesOf } from '../../src/model/types';
import { buildModel, mapWorkbook, UNREADABLE_RULE } from '../../src/mapping';
import { cloneWorkbook, set, sheet } from './helpers/grid-edit';
import { loadSeed, SEED_2024 } from './helpers/seeds';

const drift = (): SheetGrid =>
  sheetFromValues('Drift', [
    ['Barn- och ungdomsnämnden – Delårsrapport per 31 augusti 2025'],
    ['Belopp i tkr'],
    [null, 'Budget 2025', 'Prognos helår 2025', 'Avvikelse', 'Utfall 2025', 'Utfall 2024'],
    ['Intäkter', 100, 100, 0, 70, 60],
    ['Personalkostnader', -500, -520, -20, -330, -300],
    ['Kapitalkostnader', -50, -50, 0, -30, -28],
    ['Summa kostnader', -550, -570, -20, -360, -328],
    ['Nettokostnad', -450, -470, -20, -290, -268],
    ['Kommunbidrag', 450, 450, 0, 300, 280],
    ['Resultat', 0, -20, -20, 10, 12],
  ]);

describe('nothing recognisable', () => {
  it('an empty workbook gives an empty mapping and says so', () => {
    const m = mapWorkbook({ sheets: [] });
    expect(m.tables).toEqual([]);
    expect(m.unmapped).toEqual([{ sheet: '', range: '', reason: 'Arbetsboken innehåller inga blad med innehåll att kartlägga.' }]);
    expect(m.period).toEqual({ kind: 'unknown' });
  });

  it('unknown content is listed with a Swedish reason, not a crash', () => {
    const wb: WorkbookGrid = {
      sheets: [
        sheetFromValues('Blad1', [['Inköpslista'], ['Mjölk', 2], ['Bröd', 1], [null, null], ['Summa', 3]]),
        sheetFromValues('Blad2', [[1, 2, 3], [4, 5, 6]]),
        { name: 'Tomt', rows: [], merges: [] },
      ],
    };
    const m = mapWorkbook(wb);
    expect(m.tables).toEqual([]);
    expect(m.unmapped[0]).toEqual({ sheet: '', range: '', reason: expect.stringMatching(/^Inga tabeller kändes igen i arbetsboken/) });
    expect(m.unmapped.slice(1)).toEqual([
      { sheet: 'Blad1', range: 'A1:B5', reason: 'Bladet "Blad1" innehåller inga tabeller som känns igen (inga kända kolumnrubriker hittades).' },
      { sheet: 'Blad2', range: 'A1:C2', reason: 'Bladet "Blad2" innehåller inga tabeller som känns igen (inga kända kolumnrubriker hittades).' },
    ]);
    expect(buildModel(wb, m)).toEqual({ model: { period: { kind: 'unknown' }, unit: 'tkr', tables: [] }, findings: [] });
  });

  it('error values and odd cells everywhere do not crash the mapper', () => {
    const wb: WorkbookGrid = {
      sheets: [sheetFromValues('X', [[{ error: '#REF!' }, true, new Date(0)], ['Budget', 'Prognos', { error: '#N/A' }], ['a'.repeat(5000), -0, Number.NaN]])],
    };
    expect(() => mapWorkbook(wb)).not.toThrow();
  });
});

describe('a table of its own making', () => {
  it('finds another board\'s Drift with other words, and the board and period from its title', () => {
    const m = mapWorkbook({ sheets: [drift()] });
    expect(m.board).toBe('Barn- och ungdomsnämnden');
    expect(m.period).toEqual({ kind: 'interim', year: 2025, cutoff: '2025-08-31' });
    const t = m.tables[0];
    expect(t.columns.map((c) => `${c.letter}:${c.role}`)).toEqual(['B:budget', 'C:forecast', 'D:variance', 'E:actual', 'F:previousActual']);
    expect(t.rows.map((r) => r.role)).toEqual(['revenue', 'personnel', 'costGroup', 'totalCosts', 'netCosts', 'allocation', 'result']);
    expect(m.unmapped).toEqual([]);
  });

  it('an unknown row label is named by its numbers; an unknown column header is listed as unmapped', () => {
    const s = drift();
    set(s, 3, 7, 'Volym 2025');
    set(s, 4, 7, 99);
    set(s, 8, 1, 'Ersättning till nämnden');
    const m = mapWorkbook({ sheets: [s] });
    // The row is intäkter + kostnader in every column: the net cost, whatever it is called.
    expect(m.tables[0].rows.find((r) => r.row === 8)).toMatchObject({ label: 'Ersättning till nämnden', role: 'netCosts', inferred: 'sum' });
    expect(m.unmapped).toEqual([
      { sheet: 'Drift', range: 'G3:G10', reason: 'Kolumnrubriken "Volym 2025" känns inte igen för tabellen Drift; kolumnen har inte kopplats.' },
    ]);
  });

  it('an unknown row whose numbers no total explains is kept and listed as not understood', () => {
    const s = drift();
    set(s, 8, 1, 'Ersättning till nämnden');
    for (let c = 2; c <= 6; c++) set(s, 8, c, 7);
    const m = mapWorkbook({ sheets: [s] });
    expect(m.tables[0].rows.find((r) => r.row === 8)).toMatchObject({ role: 'other' });
    expect(m.unmapped).toEqual([
      {
        sheet: 'Drift',
        range: 'A8:F8',
        reason: 'Raden "Ersättning till nämnden" känns inte igen som en rad i tabellen Drift och ingår inte i någon summa som siffrorna visar; den finns kvar i tabellen men kontrolleras inte.',
      },
    ]);
  });

  it('a controller\'s own labels are added as data, without code', () => {
    const s = drift();
    set(s, 3, 2, 'Helårsbudget 2025');
    set(s, 8, 1, 'Ersättning till nämnden');
    const m = mapWorkbook(
      { sheets: [s] },
      { extraSynonyms: { columns: { operating: { budget: ['Helårsbudget'] } }, rows: { operating: { netCosts: ['Ersättning till nämnden'] } } } },
    );
    expect(m.tables[0].columns[0]).toMatchObject({ letter: 'B', role: 'budget', year: 2025 });
    expect(m.tables[0].rows.find((r) => r.row === 8)?.role).toBe('netCosts');
    expect(m.unmapped).toEqual([]);
  });

  it('a third year column is reported, not silently overwriting the previous year', () => {
    const s = sheetFromValues('Drift', [
      [null, 'Budget 2024', 'Bokslut 2022', 'Bokslut 2023', 'Bokslut 2024'],
      ['Intäkter', 100, 80, 90, 95],
      ['Resultat', 0, 3, -2, 1],
    ]);
    const m = mapWorkbook({ sheets: [s] });
    expect(m.tables[0].columns.map((c) => `${c.letter}:${c.role}/${c.year}`)).toEqual(['B:budget/2024', 'D:previousActual/2023', 'E:actual/2024']);
    expect(m.unmapped).toEqual([
      {
        sheet: 'Drift',
        range: 'C1:C3',
        reason: 'Kolumnen "Bokslut 2022" har samma roll (previousActual) som kolumn D i tabellen Drift; bara den kolumnen har kopplats.',
      },
    ]);
    expect(m.period).toEqual({ kind: 'annual', year: 2024 });
  });

  it('skips the tool\'s own sheets: the state sheet and generated sheets', () => {
    // A generated sheet is the tool's only with its marker cell (the last row's column A) carrying the recorded id.
    const generated = sheetFromValues('Sammanställning', [[null, 'Budget 2025', 'Prognos helår 2025'], ['Intäkter', 1, 2], [], ['Skapad av Nämndrapport · id x1 · bladet ersätts']]);
    const state = stateSheet({ version: 1, generatedSheets: [{ name: 'Sammanställning', kind: 'operating', id: 'x1' }] });
    const m = mapWorkbook({ sheets: [drift(), generated, state] });
    expect(m.tables.map((t) => t.sheet)).toEqual(['Drift']);
    expect(m.unmapped.some((u) => u.sheet === STATE_SHEET || u.sheet === 'Sammanställning')).toBe(false);
  });
});

describe('saved mappings', () => {
  it('a saved table whose header changed is detected again, and the user is told', () => {
    const s = drift();
    const saved = mapWorkbook({ sheets: [s] });
    const changed = drift();
    set(changed, 3, 2, 'Budget 2026');
    const m = mapWorkbook({ sheets: [changed] }, { saved });
    expect(m.unmapped).toEqual([
      {
        sheet: 'Drift',
        range: 'A3:F10',
        reason: 'Den sparade kopplingen för tabellen Drift på bladet "Drift" (A3:F10) gäller inte längre: rubriken i B3 är nu "Budget 2026" i stället för "Budget 2025". Tabellen har identifierats på nytt.',
      },
    ]);
    expect(m.tables[0].columns[0]).toMatchObject({ role: 'budget', year: 2026 });
  });

  it('a saved table on a sheet that no longer exists is reported', () => {
    const saved = mapWorkbook({ sheets: [drift()] });
    const renamed = drift();
    renamed.name = 'Drift 2025';
    const m = mapWorkbook({ sheets: [renamed] }, { saved });
    expect(m.unmapped[0].reason).toContain('bladet "Drift" finns inte längre');
    expect(m.tables).toHaveLength(1);
  });
});

describe('damaged state', () => {
  it('a saved mapping of the wrong shape is ignored with a message; the tables are found anyway', () => {
    const good = mapWorkbook({ sheets: [drift()] }).tables[0];
    const garbage = { version: 1, period: { kind: 'unknown' }, unmapped: [], tables: [null, { ...good, range: 'skräp' }, { ...good, rows: 'x' }] };
    const state = stateSheet({ version: 1, mapping: garbage as never, generatedSheets: 'x' as never });
    const m = mapWorkbook({ sheets: [drift(), state] });
    expect(m.tables.map((t) => t.kind)).toEqual(['operating']);
    expect(m.unmapped).toEqual([
      { sheet: STATE_SHEET, range: '', reason: 'Den sparade kopplingen i arbetsboken är skadad och har delvis ignorerats; tabellerna har identifierats på nytt.' },
    ]);
    expect(buildModel({ sheets: [drift()] }, garbage as never).model.tables).toEqual([]);
  });
});

describe('unreadable numbers', () => {
  it('are reported with their cell and content, never read as 0; empty cells are null without a finding', async () => {
    const wb = cloneWorkbook(await loadSeed(SEED_2024));
    const d = sheet(wb, 'Drift');
    set(d, 7, 2, { error: '#REF!' });
    set(d, 7, 3, '#DIV/0!');
    set(d, 7, 4, 'se not');
    set(d, 7, 5, '\u2212100\u00A0092');
    set(d, 7, 6, null);
    set(d, 8, 2, '-17 416 tkr');
    const { model, findings } = buildModel(wb, mapWorkbook(wb));
    expect(findings.map((f) => [f.rule, f.severity, f.cell, f.message])).toEqual([
      [UNREADABLE_RULE, 'error', 'B7', 'Cellen innehåller "#REF!" och kan inte läsas som ett tal.'],
      [UNREADABLE_RULE, 'error', 'C7', 'Cellen innehåller "#DIV/0!" och kan inte läsas som ett tal.'],
      [UNREADABLE_RULE, 'error', 'D7', 'Cellen innehåller "se not" och kan inte läsas som ett tal.'],
    ]);
    expect(findings[0]).toMatchObject({ sheet: 'Drift', messageId: 'errorValue', data: { content: '#REF!' } });
    expect(findings[2]).toMatchObject({ messageId: 'notANumber' });
    const personnel = tablesOf(model, 'operating')[0].rows[1];
    expect(personnel.values.budget).toMatchObject({ value: null, problem: 'error-value', raw: '#REF!' });
    expect(personnel.values.actual).toMatchObject({ value: -100092, fromText: true, raw: '\u2212100\u00A0092' });
    expect(personnel.values.previousActual).toEqual({ value: null, ref: { sheet: 'Drift', cell: 'F7' }, decimals: 0 });
    expect(tablesOf(model, 'operating')[0].rows[2].values.budget).toMatchObject({ value: -17416, fromText: true });
  });

  it('a formula keeps its cached result and its text', () => {
    const s = drift();
    const cell = s.rows[6][1];
    if (!cell) throw new Error('B7');
    cell.formula = 'SUM(B5:B6)';
    const { model } = buildModel({ sheets: [s] }, mapWorkbook({ sheets: [s] }));
    expect(tablesOf(model, 'operating')[0].rows[3].values.budget).toMatchObject({ value: -550, formula: 'SUM(B5:B6)' });
  });
});

describe('year-only headers', () => {
  it('head a table when the years differ and nothing else in the row has digits', () => {
    const s = sheetFromValues('Sjukfrånvaro', [
      [null, 2024, 2023],
      ['Totalt', 6.6, 7.9],
      ['Kvinnor', 5.8, 8.5],
    ]);
    const t = mapWorkbook({ sheets: [s] }).tables[0];
    expect(t.kind).toBe('sickLeave');
    expect(t.columns.map((c) => c.role)).toEqual(['current', 'previous']);
  });

  it('a data row of year-like numbers is no header', () => {
    const rows: (string | number)[][] = [['Belopp i tkr', 'Budget 2024', 'Utfall 2024']];
    for (let i = 1995; i < 2005; i++) rows.push([`Konto ${i}`, i, i + 1]);
    const m = mapWorkbook({ sheets: [sheetFromValues('Drift', rows)] });
    // No row is a Drift row: a table per account (verksamhet), every row kept.
    expect(m.tables.map((t) => t.kind)).toEqual(['activities']);
    expect(m.tables[0].headerRows).toEqual([1]);
    expect(m.tables[0].rows).toHaveLength(10);
    expect(m.unmapped).toEqual([]);
  });
});
