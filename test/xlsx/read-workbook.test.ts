import * as path from 'path';
import { readWorkbook } from '../../src/xlsx';
import { getCell, findSheet } from '../../src/grid/sheet';
import type { SheetGrid } from '../../src/grid/types';
import { richWorkbook } from './fixture';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');

function sheet(wb: { sheets: SheetGrid[] }, name: string): SheetGrid {
  const s = findSheet(wb, name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe('readWorkbook: cell contents', () => {
  let data: SheetGrid;
  let all: { sheets: SheetGrid[] };
  beforeAll(async () => {
    all = await readWorkbook(await richWorkbook());
    data = sheet(all, 'Data');
  });

  it('reads numbers with their number format', () => {
    expect(getCell(data, 2, 1)).toMatchObject({ address: 'A2', value: 1234.5, numFmt: '#,##0.0' });
    expect(getCell(data, 3, 1)?.numFmt).toBeUndefined();
  });

  it('gives a formula its cached result and the formula without "="', () => {
    expect(getCell(data, 2, 2)).toMatchObject({ value: 2469, formula: 'A2*2' });
  });

  it('translates shared formulas for each cell', () => {
    expect(getCell(data, 2, 3)).toMatchObject({ value: 1235.5, formula: 'A2+1' });
    expect(getCell(data, 4, 3)).toMatchObject({ value: 21, formula: 'A4+1' });
  });

  it('flattens rich text and hyperlinks to their text', () => {
    expect(getCell(data, 2, 4)?.value).toBe('Fet text');
    expect(getCell(data, 2, 5)?.value).toBe('Kolada');
  });

  it('reads error values, also as formula results', () => {
    expect(getCell(data, 2, 6)?.value).toEqual({ error: '#REF!' });
    expect(getCell(data, 2, 7)).toMatchObject({ value: { error: '#DIV/0!' }, formula: '1/0' });
  });

  it('reads dates and booleans', () => {
    const d = getCell(data, 2, 8)?.value;
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe('2024-08-31T00:00:00.000Z');
    expect(getCell(data, 2, 9)?.value).toBe(true);
  });

  it('marks every cell of a merge, with the value only in the master', () => {
    expect(data.merges).toEqual(['A5:B6']);
    expect(getCell(data, 5, 1)).toMatchObject({ value: 'Sammanfogad', merge: 'A5:B6' });
    for (const [r, c] of [[5, 2], [6, 1], [6, 2]]) {
      expect(getCell(data, r, c)).toMatchObject({ value: null, merge: 'A5:B6' });
    }
  });

  it('resolves solid fills from argb, theme + tint and the indexed palette; ignores patterns', () => {
    expect(getCell(data, 8, 1)?.fill).toBe('00B050');
    expect(getCell(data, 7, 1)?.fill).toBe('FF0000');
    // ExcelJS writes the Office 2007 theme: accent1 4F81BD, lighter 40 % = 95B3D7 as Excel shows it.
    expect(getCell(data, 1, 1)?.fill).toBe('95B3D7');
    expect(getCell(data, 8, 2)?.fill).toBeUndefined();
  });

  it('keeps an empty cell that carries a fill (an empty Bedömning cell with a colour)', () => {
    expect(getCell(data, 8, 3)).toMatchObject({ value: null, fill: 'FFC000' });
  });

  it('keeps text that looks like a formula as text', () => {
    expect(getCell(data, 9, 1)).toEqual({ address: 'A9', row: 9, col: 1, value: '-' });
    expect(getCell(data, 10, 1)?.value).toBe('=1+1');
    expect(getCell(data, 10, 1)?.formula).toBeUndefined();
    expect(getCell(data, 11, 1)?.value).toBe('@x');
  });

  it('reads bold, indent, hidden rows and sheet states', () => {
    expect(getCell(data, 1, 1)?.bold).toBe(true);
    expect(getCell(data, 13, 1)?.indent).toBe(2);
    expect(data.hiddenRows).toEqual([12]);
    expect(data.state).toBe('visible');
    expect(sheet(all, 'Dolt').state).toBe('hidden');
    expect(sheet(all, 'MycketDolt').state).toBe('veryHidden');
  });
});

describe('readWorkbook: the sample workbooks', () => {
  it('reads delarsrapport-2024.xlsx with its printed figures and layout', async () => {
    const wb = await readWorkbook(path.join(SEEDS, 'delarsrapport-2024.xlsx'));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Info', 'Drift', 'Investeringar', 'Mål och nyckeltal', 'Internkontroll', 'Sjukfrånvaro', 'Kommentarer']);
    const drift = sheet(wb, 'Drift');
    expect(getCell(drift, 1, 1)?.value).toBe('Socialnämnden – Delårsbokslut per 31 augusti 2024');
    // The printed (wrong) difference stays as printed.
    expect(getCell(drift, 12, 7)).toMatchObject({ value: -32296, numFmt: '#,##0', bold: true });
    const inv = sheet(wb, 'Investeringar');
    expect(getCell(inv, 5, 1)).toMatchObject({ value: '-', indent: 1 });
    expect(getCell(inv, 5, 1)?.formula).toBeUndefined();
    expect(sheet(wb, 'Internkontroll').merges).toEqual(['A5:A6']);
    expect(getCell(sheet(wb, 'Mål och nyckeltal'), 8, 6)?.value).toBe('-');
  });

  it('reads arsbokslut-2019.xlsx with text differences as printed', async () => {
    const wb = await readWorkbook(path.join(SEEDS, 'arsbokslut-2019.xlsx'));
    const sick = sheet(wb, 'Sjukfrånvaro');
    expect(getCell(sick, 5, 4)?.value).toBe('+-0');
    expect(getCell(sick, 6, 4)?.value).toBe('-1,5');
    expect(getCell(sick, 6, 3)).toMatchObject({ value: 4, numFmt: '0.0' });
    const inv = sheet(wb, 'Investeringar');
    expect(getCell(inv, 14, 2)?.value).toBe(1450);
    expect(getCell(inv, 10, 4)).toBeUndefined();
    expect(getCell(sheet(wb, 'Personal'), 4, 6)).toMatchObject({ value: 0.97, numFmt: '0%' });
  });
});
