import { validate } from '../../src/rules';
import { buildModel, mapWorkbook } from '../../src/mapping';
import type { WorkbookGrid } from '../../src/grid/types';
import { buildSheet } from './build';
import { MALMO_2014_SENTENCE, MALMO_2015_SENTENCE, MALMO_2015_URL, table } from './malmo-stad-sjukfranvaro-2014';

/**
 * Malmö stad's sick leave 2014: 6,12 % in the 2014 report's table, 6,85 − 0,57 = 6,28 % by the
 * 2015 report's text. The 2015 report has no table of the years among the stored pages, so the
 * workbook a controller would keep holds the 2014 table and the 2015 text (its own sheet).
 */
const SHEET = 'Kommentarer 2015';

function workbook(sentence: string): WorkbookGrid {
  const b = buildSheet(table);
  return {
    sheets: [
      ...b.workbook.sheets,
      { name: SHEET, merges: [], rows: [[{ address: 'A1', row: 1, col: 1, value: 'Sjukfrånvaro', bold: true }], [undefined, { address: 'B2', row: 2, col: 2, value: sentence }]] },
    ],
  };
}

const errors = (wb: WorkbookGrid) => {
  const { model } = buildModel(wb, mapWorkbook(wb));
  return validate(model, wb).filter((f) => f.severity === 'error');
};

describe('Malmö sick leave 2014: 6,12 % in the 2014 report, 6,28 % implied by the 2015 report', () => {
  it('by hand: 6,85 − 0,57 = 6,28 ≠ 6,12 (0,16 apart, far beyond two-decimal rounding); the 2014 text agrees with its table', () => {
    expect(MALMO_2015_URL).toMatch(/malmo\.se\/2015\//);
    const b = buildSheet(table);
    const [y2014, y2013] = [b.values[0][0] as number, b.values[0][1] as number];
    expect(Math.round((6.85 - 0.57) * 100) / 100).toBe(6.28);
    expect(Math.abs(6.28 - y2014)).toBeGreaterThan(0.15);
    expect(Math.round((y2014 - y2013) * 100) / 100).toBe(0.45);
  });

  it('the 2014 table with its own sentence: no error', () => {
    expect(errors(workbook(MALMO_2014_SENTENCE))).toEqual([]);
  });

  it('the 2014 table with the 2015 sentence, 6,85 − 6,12 = 0,73 in it: no error (2015 is in no column)', () => {
    expect(errors(workbook(MALMO_2015_SENTENCE.replace('0,57', '0,73')))).toEqual([]);
  });

  it('the 2014 table with the printed 2015 sentence: one error, 0,57 against 6,85 − 6,12 = 0,73 (never 2014 − 2013 = 0,45)', () => {
    // The sentence speaks of 2015 − 2014: its own 2015 rate less the table's 2014. The city restated
    // 2014 in the 2015 report (6,28 by its text), so the message names both figures it compared.
    const found = errors(workbook(MALMO_2015_SENTENCE));
    expect(found.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([`text/quoted-figures ${SHEET}!B2`]);
    expect(found[0].data).toMatchObject({ quoted: '0,57 procentenheter', computed: '0,73', basis: '6,85 − 6,12 %', subject: '6,85 % för 2015 i texten − Sjukfrånvaro, 2014' });
    expect(found[0].related).toEqual([{ sheet: 'Sjukfrånvaro 2014', cell: 'B4' }]);
    expect(found[0].message).toContain('men 6,85 % för 2015 i texten − Sjukfrånvaro, 2014 ger 0,73 procentenheter (6,85 − 6,12 %)');
  });

  it('a decrease where 6,85 − 6,12 is an increase: the direction is named', () => {
    const found = errors(workbook(MALMO_2015_SENTENCE.replace('en ökning motsvarande 0,57', 'en minskning motsvarande 0,73')));
    expect(found.map((f) => [f.cell, f.messageId, f.data?.word])).toEqual([['B2', 'signMismatch', 'minskning']]);
  });

  it('the change compared with another year than the one before (2013): not judged', () => {
    expect(errors(workbook('Sjukfrånvaron 2015 motsvarade 6,85 %, vilket var en ökning motsvarande 0,57 procentenheter i förhållande till 2013.'))).toEqual([]);
  });
});
