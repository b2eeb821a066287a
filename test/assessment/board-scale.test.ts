import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/xlsx';
import { mapWorkbook, buildModel } from '../../src/mapping';
import { planFill } from '../../src/assessment';
import type { FillSettings } from '../../src/assessment';

/**
 * Layouts and scale evidence on small workbooks made for the test (not transcriptions): the
 * board's scale from a one-cell note, from typed labels, a legend that cannot be read, targets
 * for several years, Ja/Nej and "Bibehålla".
 */

type Row = (string | number | null)[];

async function workbook(rows: Row[], extra?: (wb: ExcelJS.Workbook) => void, formats: Record<string, string> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mål och nyckeltal');
  rows.forEach((r) => ws.addRow(r));
  for (const [addr, fmt] of Object.entries(formats)) ws.getCell(addr).numFmt = fmt;
  extra?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function run(buf: Buffer, settings?: FillSettings) {
  const grid = await readWorkbook(buf);
  const { model } = buildModel(grid, mapWorkbook(grid));
  return planFill(grid, model, settings);
}

const byCell = (r: Awaited<ReturnType<typeof run>>) => Object.fromEntries(r.filled.map((f) => [f.cell, f.value]));

describe("the board's scale from a one-cell note, without limits", () => {
  const rows: Row[] = [
    ['Nämndens mål och nyckeltal'],
    ['Bedömning av nyckeltal: Målet är uppfyllt | Målet är delvis uppfyllt | Målet är inte uppfyllt'],
    [],
    ['Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'],
    ['Andel nöjda brukare', 'Minst 90 %', '85 %', null],
    ['Antal placeringar', 'Högst 10', '16', null],
    ['Andel med plan', 'Minst 90 %', '92 %', null],
  ];

  it('writes the board’s words, with the default limits it says it used', async () => {
    const r = await run(await workbook(rows));
    expect(r.scales.indicator).toMatchObject({ id: 'board', source: 'legend', thresholds: 'default', where: 'Mål och nyckeltal!A2' });
    // 85 against 90: 5,6 % short (≤ 25 %); 16 against 10: 60 % over.
    expect(byCell(r)).toEqual({ D5: 'Målet är delvis uppfyllt', D6: 'Målet är inte uppfyllt', D7: 'Målet är uppfyllt' });
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/scale', messageId: 'defaultThresholds' }));
  });

  it('a limit the controller changes in the pane is used (and saved)', async () => {
    const r = await run(await workbook(rows), { thresholds: { scales: { board: { 'Målet är delvis uppfyllt': 5 } } } });
    expect(byCell(r).D5).toBe('Målet är inte uppfyllt');
    expect(r.plan.state).toMatchObject({ assessment: { thresholds: { scales: { board: { 'Målet är delvis uppfyllt': 5 } } } } });
  });

  it('a built-in scale can still be chosen', async () => {
    const r = await run(await workbook(rows), { scale: 'goal2019' });
    expect(byCell(r)).toEqual({ D5: 'Ej uppfyllt', D6: 'Ej uppfyllt', D7: 'Helt uppfyllt' });
    expect(r.choices.map((c) => c.id)).toEqual(expect.arrayContaining(['goal4', 'keyFigure2019', 'goal2019', 'board']));
  });
});

describe('labels typed in the assessment column', () => {
  it('are the board’s scale when no built-in one holds them', async () => {
    const r = await run(
      await workbook([
        ['Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'],
        ['Andel nöjda', 'Minst 90 %', '95 %', 'Uppnått'],
        ['Andel med plan', 'Minst 90 %', '60 %', 'Inte uppnått'],
        ['Andel i tid', 'Minst 90 %', '88 %', null],
        ['Andel svar', 'Minst 90 %', '99 %', null],
      ]),
    );
    expect(r.scales.indicator).toMatchObject({ id: 'boardCells', source: 'cells', thresholds: 'default' });
    expect(byCell(r)).toEqual({ D4: 'Inte uppnått', D5: 'Uppnått' });
  });

  it('in the board’s spelling when a built-in scale holds them under another name', async () => {
    const r = await run(
      await workbook([
        ['Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'],
        ['Andel nöjda', 'Minst 90 %', '95 %', 'Uppfyllt'],
        ['Andel i tid', 'Minst 90 %', '99 %', null],
      ]),
    );
    expect(byCell(r)).toEqual({ D3: 'Uppfyllt' });
  });

  it('fill nothing when they hold a word of no scale, and say so', async () => {
    const r = await run(
      await workbook([
        ['Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'],
        ['Andel nöjda', 'Minst 90 %', '95 %', 'Bra'],
        ['Andel i tid', 'Minst 90 %', '99 %', null],
      ]),
    );
    expect(r.scales.indicator).toMatchObject({ source: 'none' });
    expect(r.filled).toEqual([]);
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/scale', messageId: 'undetermined' }));
  });
});

describe('a legend sheet whose order cannot be read', () => {
  it('fills nothing and says why', async () => {
    const buf = await workbook([['Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'], ['Andel nöjda', 'Minst 90 %', '95 %', null]], (wb) => {
      const s = wb.addWorksheet('Förklaring');
      ['Målet är uppnått', 'Målet bedöms kunna uppnås', 'Målet har inte uppnåtts', 'Målet bedöms inte kunna uppnås'].forEach((t) => s.addRow([t]));
    });
    const r = await run(buf);
    expect(r.filled).toEqual([]);
    expect(r.scales.indicator.problem).toMatch(/Förklaring!A1:A4/);
  });
});

describe('targets and outcomes for several years', () => {
  it('compares the outcome with the target of its own year', async () => {
    const buf = await workbook(
      [
        ['Ej uppfyllt | Delvis uppfyllt | I hög grad uppfyllt | Helt uppfyllt'],
        ['Nyckeltal', 'Utfall 2015', 'Utfall 2016', 'Målvärde 2016', 'Målvärde 2017', 'Bedömning'],
        ['Andel nöjda', 0.7, 0.8, 'Minst 80 %', 'Minst 85 %', null],
        ['Andel med plan', 0.5, 0.6, 'Minst 80 %', 'Minst 85 %', null],
      ],
      undefined,
      { B3: '0 %', C3: '0 %', B4: '0 %', C4: '0 %' },
    );
    const r = await run(buf);
    // 80 % against 2016's "Minst 80 %" (not 2017's 85 %); 60 against 80: 25 % short.
    expect(byCell(r)).toEqual({ F3: 'Helt uppfyllt', F4: 'Delvis uppfyllt' });
  });
});

describe('Ja/Nej and Bibehålla', () => {
  it('reads them against the outcome and the previous outcome', async () => {
    const r = await run(
      await workbook([
        ['Helt uppfyllt | Ej uppfyllt'],
        ['Nyckeltal', 'Målvärde', 'Utfall 2023', 'Utfall 2024', 'Bedömning'],
        ['Plan för suicidprevention antagen', 'Ja', null, 'Ja', null],
        ['Handlingsplan mot hot och våld klar', 'Ja', null, 'Nej', null],
        ['Andel nöjda', 'Bibehålla', 82, 84, null],
        ['Antal avvikelser ska minska', 'Bibehålla', 12, 14, null],
      ]),
    );
    expect(r.scales.indicator.id).toBe('goal2019');
    expect(byCell(r)).toEqual({ E3: 'Helt uppfyllt', E4: 'Ej uppfyllt', E5: 'Helt uppfyllt', E6: 'Ej uppfyllt' });
  });
});

describe('colours already used in the assessment cells', () => {
  const paint = (cells: Record<string, string>) => (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet('Mål och nyckeltal') as ExcelJS.Worksheet;
    for (const [addr, argb] of Object.entries(cells)) ws.getCell(addr).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${argb}` } };
  };
  const rows: Row[] = [
    ['Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'],
    ['Andel nöjda', 'Minst 90 %', '95 %', null],
    ['Andel med plan', 'Minst 90 %', '40 %', null],
    ['Andel i tid', 'Minst 90 %', '85 %', null],
    ['Andel svar', 'Minst 90 %', '99 %', null],
    ['Andel klara', 'Minst 90 %', '20 %', null],
  ];

  it("are the board's scale: the colour alone is written, in the board's own shade", async () => {
    const r = await run(await workbook(rows, paint({ D2: '00B050', D3: 'C00000', D4: 'FFC000' })));
    expect(r.scales.indicator).toMatchObject({ id: 'boardColours', source: 'cells', thresholds: 'default' });
    expect(r.filled.map((f) => [f.cell, f.value, f.fill])).toEqual([
      ['D5', 'Grön', '00B050'],
      ['D6', 'Röd', 'C00000'],
    ]);
    expect(r.plan.edits).toEqual([
      { sheet: 'Mål och nyckeltal', cell: 'D5', value: null, fill: '00B050' },
      { sheet: 'Mål och nyckeltal', cell: 'D6', value: null, fill: 'C00000' },
    ]);
    // The hand-coloured cells are kept; they agree with the tool (85 against 90: 5,6 % short → the middle colour).
    expect(r.findings.filter((f) => f.rule === 'assessment/hand-value-differs')).toEqual([]);
  });

  it('two colours alone do not tell the scale: nothing is filled, and the fill says why', async () => {
    const r = await run(await workbook(rows, paint({ D2: '00B050', D3: 'FF0000' })));
    expect(r.filled).toEqual([]);
    expect(r.scales.indicator.problem).toMatch(/grön och röd|röd och grön/);
  });
});

describe('texts that only look like a legend', () => {
  it('a row of headers with "Värde" is no legend: the default scale is used, and said so', async () => {
    const buf = await workbook([['Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'], ['Andel nöjda', 'Minst 90 %', '95 %', null]], (wb) => {
      const s = wb.addWorksheet('Bakgrund');
      s.addRow(['Värde 2023', 'Värde 2024']);
      s.addRow([1, 2]);
    });
    const r = await run(buf);
    expect(r.scales.indicator).toMatchObject({ id: 'goal4', source: 'default' });
    expect(byCell(r)).toEqual({ D2: 'Helt uppfyllt' });
  });
});

describe('a goal rule the board prints', () => {
  const rows: Row[] = [
    ['Målet är uppfyllt | Målet är delvis uppfyllt | Målet är inte uppfyllt'],
    ['Målet är uppfyllt när samtliga nyckeltal är uppfyllda.'],
    [],
    ['Nämndens mål', 'Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning'],
    ['Fler ska bli självförsörjande', null, null, null, null],
    [null, 'Andel som lämnat försörjningsstöd', 'Minst 40 %', '42 %', null],
    [null, 'Andel i arbete efter insats', 'Minst 30 %', '25 %', null],
  ];

  it('fills the goal row by that rule, and says where the rule came from', async () => {
    const r = await run(await workbook(rows));
    expect(r.goalRule).toMatchObject({ rule: 'allMet', source: 'printed' });
    const goal = r.filled.find((f) => f.kind === 'goal');
    expect(goal?.value).toBe('Målet är inte uppfyllt');
    expect(goal?.reason).toContain('samtliga nyckeltal är uppfyllda');
  });

  it('"det samlade resultatet" states no rule: the goal row stays empty', async () => {
    const vague = rows.map((r, i) => (i === 1 ? ['Det samlade resultatet av de mätetal som finns kopplade till ett mål visar om vi har nått målet eller inte.'] : r));
    const r = await run(await workbook(vague));
    expect(r.goalRule.source).toBe('none');
    expect(r.filled.filter((f) => f.kind === 'goal')).toEqual([]);
  });
});
