import { sheetFromValues } from '../../src/grid/sheet';
import type { WorkbookGrid } from '../../src/grid/types';
import { tablesOf } from '../../src/model/types';
import { buildModel, mapWorkbook } from '../../src/mapping';
import { cloneWorkbook, sheet } from './helpers/grid-edit';
import { loadSeed, SEED_2019, SEED_2024 } from './helpers/seeds';

/** Layouts other than the samples': the printed report's own indicator tables, goal title rows. */

describe('indicators laid out as in the printed report', () => {
  const s = sheetFromValues('Måluppföljning', [
    ['1. Alingsås växer genom att stärka och uppmuntra arbetsliv, näringsliv och föreningsliv'],
    ['Nämndens mål: Alingsåsare ska vara självförsörjande i högre utsträckning'],
    [],
    ['Nyckeltal', 'Mål 31 dec 2024', 'Utfall 31 aug 2024', 'Utfall 31 aug 20236'],
    ['Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd2', '<166', 190, 166],
    ['Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)3', 75, 87, 70],
    [],
    ['2 Personer som uppburit ekonomiskt bistånd 10 eller fler månader under året, uppgift från verksamhetssystemet Lifecare'],
    ['3 Kolada (U31462)'],
    [],
    ['Våldet i nära relationer ska minska'],
    ['Nyckeltal', 'Mål 31 dec 2024', 'Utfall 31 aug 2024', 'Utfall 31 aug 2023'],
    ['Antal våldsutövare som får stöd, antal (#)4', '>20', 8, 14],
    ['4 Uppgift från verksamhetssystemet Lifecare'],
  ]);
  const wb: WorkbookGrid = { sheets: [s] };

  it('one table per goal, footnotes kept with the table above them', () => {
    const m = mapWorkbook(wb);
    expect(m.tables.map((t) => [t.range, t.title])).toEqual([
      ['A4:D9', 'Nämndens mål: Alingsåsare ska vara självförsörjande i högre utsträckning'],
      ['A12:D14', 'Våldet i nära relationer ska minska'],
    ]);
    expect(m.tables[0].rows.map((r) => r.role)).toEqual(['indicator', 'indicator', 'note', 'note']);
    // A footnote digit glued to the year ("20236") is not part of the year.
    expect(m.tables[0].columns[3]).toMatchObject({ role: 'previousOutcome', year: 2023, date: '2023-08-31' });
    // No title says which report: the dated outcome column does.
    expect(m.period).toEqual({ kind: 'interim', year: 2024, cutoff: '2024-08-31' });
    expect(m.board).toBeUndefined();
    expect(m.unmapped).toEqual([]);
  });

  it('goals from the titles, footnotes and Kolada ids by their markers', () => {
    const { model, findings } = buildModel(wb, mapWorkbook(wb));
    expect(findings).toEqual([]);
    const [first, second] = tablesOf(model, 'indicators');
    expect(first.goals.map((g) => g.title.text)).toEqual(['Alingsåsare ska vara självförsörjande i högre utsträckning']);
    const [a, b] = first.goals[0].indicators;
    expect(a.name.text).toBe('Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd');
    expect(a.footnote).toMatch(/^Personer som uppburit/);
    expect(b.koladaId).toBe('U31462');
    expect(b.unit).toBe('percent');
    expect(second.goals[0].indicators[0]).toMatchObject({ footnote: 'Uppgift från verksamhetssystemet Lifecare', unit: 'count', outcome: { value: 8 } });
  });
});

describe('goal title rows inside one indicator table', () => {
  it('group the indicator rows below them', () => {
    const s = sheetFromValues('Nyckeltal', [
      ['Nyckeltal', 'Målvärde', 'Utfall 2019', 'Bedömning'],
      ['Att vidta förebyggande åtgärder vad gäller våld i nära relationer'],
      ['Genomförd informationskampanj', 1, 2, 'Värde uppnått'],
      ['Att i högre utsträckning använda sig av medborgardialog'],
      ['Antal genomförda centrala brukarråd', 8, 6, 'Nära värde'],
      ['Andel brukarråd med protokoll, andel (%)', '100 %', '97%', null],
    ]);
    const wb = { sheets: [s] };
    const m = mapWorkbook(wb);
    expect(m.tables[0].rows.map((r) => r.role)).toEqual(['goal', 'indicator', 'goal', 'indicator', 'indicator']);
    const goals = tablesOf(buildModel(wb, m).model, 'indicators')[0].goals;
    expect(goals.map((g) => [g.title.ref.cell, g.indicators.map((i) => i.row)])).toEqual([
      ['A2', [3]],
      ['A4', [5, 6]],
    ]);
    expect(goals[1].indicators[1]).toMatchObject({ outcome: { value: 97, percent: true, fromText: true }, assessment: { ref: { cell: 'D6' }, text: null } });
  });
});

describe('period and board without titles', () => {
  async function untitled(file: string): Promise<WorkbookGrid> {
    const wb = cloneWorkbook(await loadSeed(file));
    wb.sheets = wb.sheets.filter((s) => s.name !== 'Info');
    for (const s of wb.sheets) {
      for (const r of [0, 1]) if (s.rows[r]?.length === 1) s.rows[r] = [];
    }
    return wb;
  }

  it('an interim report: forecast and "Delårsbokslut" columns, the cutoff from a dated outcome', async () => {
    const wb = await untitled(SEED_2024);
    expect(sheet(wb, 'Drift').rows[0]).toEqual([]);
    const m = mapWorkbook(wb);
    expect(m.period).toEqual({ kind: 'interim', year: 2024, cutoff: '2024-08-31' });
    expect(m.board).toBeUndefined();
  });

  it('an annual report: "Bokslut" columns and no forecast', async () => {
    const m = mapWorkbook(await untitled(SEED_2019));
    expect(m.period).toEqual({ kind: 'annual', year: 2019 });
  });
});

describe('merged header cells and units', () => {
  it('a caption merged over two year columns names both', () => {
    const s = sheetFromValues('Ekonomi', [
      ['Belopp i mnkr'],
      [null, 'Budget', 'Prognos', 'Utfall', null, 'Differens'],
      [null, 2025, 2025, 2025, 2024, null],
      ['Intäkter', 10.5, 10.4, 7.1, 6.9, 0.2],
      ['Personalkostnader', -40.2, -41, -27.5, -26.1, -1.4],
      ['  varav timavlönade', -2.1, -2.4, -1.9, -1.5, -0.4],
      ['Resultat', 0, -0.6, 1.1, 0.8, 0.3],
    ]);
    s.merges = ['D2:E2'];
    const m = mapWorkbook({ sheets: [s] });
    const t = m.tables[0];
    expect(t.unit).toBe('mnkr');
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.columns.map((c) => [c.letter, c.role, c.year])).toEqual([
      ['B', 'budget', 2025],
      ['C', 'forecast', 2025],
      ['D', 'actual', 2025],
      ['E', 'previousActual', 2024],
      ['F', 'difference', undefined],
    ]);
    expect(t.rows.map((r) => [r.role, r.level])).toEqual([
      ['revenue', 0],
      ['personnel', 0],
      ['costGroup', 1],
      ['result', 0],
    ]);
    const op = tablesOf(buildModel({ sheets: [s] }, m).model, 'operating')[0];
    expect(op.rows[2]).toMatchObject({ parent: 1, values: { actual: { value: -1.9, decimals: 1 } } });
    expect(m.unmapped).toEqual([]);
  });
});
