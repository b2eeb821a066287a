import type { Cell, SheetGrid, WorkbookGrid } from '../../grid/types';
import { toA1 } from '../../grid/address';
import type { ReportModel } from '../../model/types';
import { nameForms } from './names';
import { sentences } from './parse';
import { classifyHeader, factsOf } from './table-facts';
import { judgeFacts } from './facts-check';

/** A sheet from rows of printed cells: numbers as numbers with their decimals, text as text. */
function sheet(name: string, rows: (string | number | null)[][]): SheetGrid {
  return {
    name,
    merges: [],
    rows: rows.map((r, i) =>
      r.map((v, j): Cell | undefined => {
        if (v === null) return undefined;
        const numFmt = typeof v === 'number' && !Number.isInteger(v) ? '0.0' : undefined;
        return { address: toA1(i + 1, j + 1), row: i + 1, col: j + 1, value: v, ...(numFmt ? { numFmt } : {}) };
      }),
    ),
  };
}

const EMPTY: ReportModel = { period: { kind: 'annual', year: 2021 }, unit: 'mnkr', tables: [] };

/** A per-activity table the mapping does not take as a report table, and one text cell. */
function judge(text: string, where: 'beside' | 'below' | 'sheet' = 'sheet') {
  const table: (string | number | null)[][] = [
    ['Driftredovisning, mnkr'],
    [null, 'Budget 2021', 'Utfall 2021', 'Avvikelse mot budget', 'Utfall 2020'],
    ['Äldreomsorg', 445.1, 431.2, 13.9, 421.4],
    ['Individ- och familjeomsorg', 93.2, 100.2, -6.9, 89.7],
    ['Summa', 538.3, 531.4, 7.0, 511.1],
  ];
  const sheets = [sheet('Drift', where === 'below' ? [...table, [null], [text]] : where === 'beside' ? table.map((r, i) => (i === 2 ? [...r, null, text] : r)) : table)];
  if (where === 'sheet') sheets.push(sheet('Kommentarer', [['Kommentarer'], [null, text]]));
  const wb: WorkbookGrid = { sheets };
  return judgeFacts(factsOf(EMPTY, wb), () => false).map((j) => ({ quote: j.quote.raw, agrees: j.agrees, signOnly: !!j.signOnly, cell: j.reading.refs[0]?.cell }));
}

describe('text facts', () => {
  test('Swedish forms of a row label', () => {
    expect(nameForms('Äldreomsorg')).toEqual(expect.arrayContaining(['äldreomsorg', 'äldreomsorgen', 'äldreomsorgens']));
    expect(nameForms('Kommunstyrelse')).toEqual(expect.arrayContaining(['kommunstyrelsen', 'kommunstyrelsens']));
    expect(nameForms('Kommunchefen')).toEqual(expect.arrayContaining(['kommunchefen', 'kommunchef']));
    expect(nameForms('Barn- och utbildningsnämnd')).toEqual(expect.arrayContaining(['barn- och utbildningsnämnden', 'barn- och utbildningsnämndens']));
    expect(nameForms('Social resursnämnd')).toEqual(expect.arrayContaining(['sociala resursnämnden']));
    expect(nameForms('Verksamhetens nettokostnader')).toEqual(expect.arrayContaining(['nettokostnaderna']));
    // A measure label's short form is only the definite one: "kostnader för köpt vård" is not the row.
    expect(nameForms('Verksamhetens kostnader')).not.toContain('kostnader');
    expect(nameForms('Årets resultat, mnkr')).toEqual(expect.arrayContaining(['årets resultat', 'resultatet']));
  });

  test('headers by their words', () => {
    expect(classifyHeader('Budget-avvikelse').measure).toBe('variance');
    expect(classifyHeader('Avvikelse mot prognos')).toEqual({ measure: 'variance', againstForecast: true });
    expect(classifyHeader('Förändring 2012/2013').measure).toBe('change');
    expect(classifyHeader('Delårsrapp jan-aug').measure).toBe('forecast');
    expect(classifyHeader('Utfall2013').measure).toBe('actual');
    expect(classifyHeader('BUDGETERAT RESULTAT').measure).toBe('budget');
  });

  test('units mkr, Mkr, miljoner kronor, procentenheter; över/under; ranges; parentheses', () => {
    const q = sentences('Överskottet blev 13,9 Mkr (2,4 procentenheter), drygt 14 mkr, under 15 miljoner kronor och mellan 13 och 15 mnkr.').flatMap((s) => s.clauses.flatMap((c) => c.quotes));
    expect(q.map((x) => [x.value, x.unit, x.qualifier ?? '', x.low ?? '', x.parenthesised ?? false])).toEqual([
      [13.9, 'mnkr', '', '', false],
      [2.4, 'pp', '', '', true],
      [14, 'mnkr', 'above', '', false],
      [15, 'mnkr', 'under', '', false],
      [15, 'mnkr', '', 13, false],
    ]);
  });

  test('an activity in the definite, its deviation, in any of three places', () => {
    for (const where of ['sheet', 'beside', 'below'] as const) {
      expect(judge('Äldreomsorgen visar ett överskott på 13,9 mnkr mot budget.', where)).toEqual([{ quote: '13,9 mnkr', agrees: true, signOnly: false, cell: 'D3' }]);
      expect(judge('Äldreomsorgen visar ett överskott på 19,3 mnkr mot budget.', where)).toEqual([{ quote: '19,3 mnkr', agrees: false, signOnly: false, cell: 'D3' }]);
    }
  });

  test('a sign word against the table; the genitive; the table total as "nämnden"', () => {
    expect(judge('Individ- och familjeomsorgens underskott uppgår till 6,9 mnkr.')).toEqual([{ quote: '6,9 mnkr', agrees: true, signOnly: false, cell: 'D4' }]);
    expect(judge('Individ- och familjeomsorgens överskott uppgår till 6,9 mnkr.')).toEqual([{ quote: '6,9 mnkr', agrees: false, signOnly: true, cell: 'D4' }]);
    expect(judge('Sammantaget redovisar nämnden en positiv avvikelse mot budget med 7,0 mnkr.')).toEqual([{ quote: '7,0 mnkr', agrees: true, signOnly: false, cell: 'D5' }]);
  });

  test('a change from the two years, with its percentage in parentheses', () => {
    const j = judge('Äldreomsorgens nettokostnad ökade med 9,8 mnkr (2,3 procent) jämfört med föregående år.');
    expect(j.map((x) => [x.quote, x.agrees])).toEqual([
      ['9,8 mnkr', true],
      ['2,3 procent', true],
    ]);
    expect(judge('Äldreomsorgens nettokostnad ökade med 9,8 mnkr (3,2 procent) jämfört med föregående år.').map((x) => x.agrees)).toEqual([true, false]);
  });

  test('left alone: no row, no measure, two rows, a part of the row, an indefinite use', () => {
    expect(judge('Kostnaderna för hemtjänsten inom äldreomsorgen ökade med 3,0 mnkr.')).toEqual([]);
    expect(judge('Äldreomsorg och individ- och familjeomsorg har tillsammans 7,0 mnkr i överskott.')).toEqual([]);
    expect(judge('Ett nytt äldreboende kostar 40 mnkr.')).toEqual([]);
    expect(judge('Verksamheten har 120 anställda.')).toEqual([]);
  });
  test('rows of one label under measure headings ("ÅRETS RESULTAT (mkr)" / "INVESTERINGAR (mkr)") are told apart by the sentence\'s words, the heading gives the unit', () => {
    const wb: WorkbookGrid = {
      sheets: [
        sheet('Snabbfakta', [
          [null, '2013', '2014'],
          ['ÅRETS RESULTAT (mkr)'],
          ['Kommunen', 9595, 392],
          ['Sammanställd redovisning', 1733, 433],
          ['INVESTERINGAR (mkr)'],
          ['Kommunen', 2399, 2190],
        ]),
        sheet('Kommentarer', [['Kommentarer'], [null, 'Kommunen redovisade 2014 ett resultat på 329 mkr. Kommunens investeringar uppgick 2014 till 2 190 mkr. Kommunen har 2014 ett värde på 300 mkr.']]),
      ],
    };
    const out = judgeFacts(factsOf(EMPTY, wb), () => false).map((j) => [j.quote.raw, j.agrees, j.reading.refs[0]?.cell]);
    expect(out).toEqual([
      ['329 mkr', false, 'C3'],
      ['2 190 mkr', true, 'C6'],
    ]);
  });
  test('"Nettoinvesteringar mkr" is named "investeringarna … netto" (only beside "netto"); a unit ending the label is the row\'s', () => {
    const wb = (t: string): WorkbookGrid => ({
      sheets: [
        sheet('Nyckeltal', [
          [null, '2020', '2019'],
          ['Antal invånare', 5685, 5693],
          ['Nettoinvesteringar mkr', 78.6, 37.5],
        ]),
        sheet('Kommentarer', [['Kommentarer'], [null, t]]),
      ],
    });
    const run = (t: string) => judgeFacts(factsOf(EMPTY, wb(t)), () => false).map((j) => [j.quote.raw, j.agrees]);
    expect(run('Investeringarna uppgick till 87,6 mkr netto.')).toEqual([['87,6 mkr', false]]);
    expect(run('Investeringarna uppgick till 87,6 mkr.')).toEqual([]);
  });
});
