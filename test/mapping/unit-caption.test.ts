import { sheetFromValues } from '../../src/grid/sheet';
import type { WorkbookGrid } from '../../src/grid/types';
import { mapWorkbook } from '../../src/mapping';

/**
 * Kristianstad kommun, årsredovisning 2014, Resultaträkning, as printed (not a fixture we tuned on):
 * http://arsredovisningkba.se/2014/ekonomisk-redovisning/finansiella-rapporter/resultatrakning-3/
 * The unit stands in the label column of the caption row over "Kommunen | Koncernen", a row too
 * wide to be a title row. Identities: −3 838 + 3 721 + 168 + 15 − 53 = 13; 105 − 1 = 104.
 */
const ROWS = [
  ['Miljoner kronor', null, 'Kommunen', null, null, 'Koncernen', null],
  [null, 'Not', 'Budget 2014', 'Utfall 2013', 'Utfall 2014', 'Utfall 2013', 'Utfall 2014'],
  ['Verksamhetens intäkter', '1', 805, 733, 790, 921, 983],
  ['Jämförelsestörande intäkter', '3', 0, 149, 55, 153, 56],
  ['Verksamhetens kostnader', '2', -4412, -4203, -4314, -4264, -4374],
  ['Avskrivningar', '4', -231, -199, -229, -241, -293],
  ['Jämförelsestörande nedskrivningar mm', '3', 0, -18, 0, -18, 0],
  ['Verksamhetens nettokostnader', null, -3838, -3538, -3698, -3449, -3628],
  ['Kommunalskatt', '5', 3721, 3609, 3723, 3609, 3723],
  ['Generella statsbidrag och utjämning', '6', 168, 201, 169, 201, 169],
  ['Finansiella intäkter', '7', 15, 10, 18, 10, 17],
  ['Finansiella kostnader', '8', -53, -39, -33, -119, -118],
  ['Jämförelsestörande kostnader', '3', null, -147, null, -147, 0],
  ['Resultat efter skatteintäkter och finansnetto', null, 13, 96, 179, 105, 163],
  ['Uppskjuten skatt', null, null, 0, 0, -1, -2],
  ['Årets resultat', null, 13, 96, 179, 104, 161],
];

describe('the unit in the label column of a caption row', () => {
  it('"Miljoner kronor" over Kommunen | Koncernen makes the table mnkr', () => {
    const wb: WorkbookGrid = { sheets: [sheetFromValues('Resultaträkning', ROWS)] };
    const t = mapWorkbook(wb).tables;
    expect(t).toHaveLength(1);
    expect(t[0].kind).toBe('incomeStatement');
    expect(t[0].unit).toBe('mnkr');
  });
});
