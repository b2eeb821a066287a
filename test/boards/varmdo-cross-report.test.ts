import { validate } from '../../src/rules';
import { buildModel, mapWorkbook } from '../../src/mapping';
import type { WorkbookGrid } from '../../src/grid/types';
import { buildSheet, sum } from './build';
import { table, VARMDO_2015_SENTENCE, VARMDO_2015_URL } from './varmdo-kommun-resultatrakning-2016';

/**
 * Värmdö kommun: the group's result for 2015 printed twice, in two reports. The 2016 report's
 * resultaträkning (tkr) gives Koncernen 2015's Årets resultat 113 557 tkr = 113,6 mnkr; the 2015
 * report's finansiell analys (VARMDO_2015_URL) says "Koncernens resultat 2015 blev 133,6 mnkr".
 * A controller keeps both in one workbook: the new year's resultaträkning and last year's text.
 * (The 2015 report's own resultaträkning is not among the stored pages, so the 2015 figure is
 * taken from its text, not from a second table.)
 */

const SHEET = 'Finansiell analys 2015';

function workbook(sentence = VARMDO_2015_SENTENCE): WorkbookGrid {
  const b = buildSheet(table);
  const text: WorkbookGrid['sheets'][number] = {
    name: SHEET,
    merges: [],
    rows: [[{ address: 'A1', row: 1, col: 1, value: 'Finansiell analys', bold: true }], [undefined, { address: 'B2', row: 2, col: 2, value: sentence }]],
  };
  return { sheets: [...b.workbook.sheets, text] };
}

const errors = (wb: WorkbookGrid) => {
  const { model } = buildModel(wb, mapWorkbook(wb));
  return validate(model, wb).filter((f) => f.severity === 'error');
};

describe('Värmdö: Koncernens resultat 2015 as 133,6 mnkr in the 2015 report and 113 557 tkr in the 2016 report', () => {
  it('by hand: the 2016 resultaträkning adds up in all four columns; Koncernen 2015 is 113,6 mnkr, not 133,6', () => {
    expect(VARMDO_2015_URL).toMatch(/^http:\/\/arsredovisning\.varmdo\.se\/2015\//);
    const b = buildSheet(table);
    for (let j = 1; j <= 4; j++) {
      expect(sum([0, 1, 2, 3].map((i) => b.values[i][j]))).toBe(b.values[4][j]);
      expect(sum([4, 5, 6, 7, 8, 9].map((i) => b.values[i][j]))).toBe(b.values[10][j]);
      expect(sum([10, 11, 12].map((i) => b.values[i][j]))).toBe(b.values[13][j]);
    }
    const group2015 = b.values[13][4] as number;
    expect(group2015).toBe(113557);
    expect(Math.round(group2015 / 100) / 10).toBe(113.6);
    // 133,6 mnkr is 20 mnkr off: far beyond the rounding of either printing (0,05 mnkr + 0,5 tkr).
    expect(Math.abs(133.6 - group2015 / 1000)).toBeGreaterThan(19.9);
  });

  it('the 2016 table alone is a resultaträkning without error', () => {
    const wb = { sheets: buildSheet(table).workbook.sheets };
    expect(mapWorkbook(wb).tables.map((t) => t.kind)).toEqual(['incomeStatement']);
    expect(errors(wb)).toEqual([]);
  });

  it('with the 2015 text in the workbook: one error, at the sentence, naming the table’s figure', () => {
    const found = errors(workbook());
    expect(found.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([`text/quoted-figures ${SHEET}!B2`]);
    expect(found[0].message).toContain('133,6 mnkr');
    expect(found[0].message).toContain('Koncernen 2015 ger 113,6 mnkr (113 557 tkr)');
  });

  it('no false alarm: the same sentence with the table’s figure is not reported', () => {
    expect(errors(workbook('Koncernens resultat 2015 blev 113,6 mnkr.'))).toEqual([]);
  });
});
