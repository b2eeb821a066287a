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

  it('the 2014 table with the printed 2015 sentence: not compared with 2014 − 2013 (0,45)', () => {
    // The sentence speaks of 2015 − 2014; the table's latest change is another year's. A miss for
    // now: 0,57 against 6,85 − 6,12 = 0,73 is a real disagreement the rule does not yet read.
    expect(errors(workbook(MALMO_2015_SENTENCE))).toEqual([]);
  });
});
