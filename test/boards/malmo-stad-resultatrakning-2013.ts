import type { PrintedTable } from './types';

/**
 * Resultaträkning in Mkr with a Not column, the city's and the group's ("Sammanställd
 * redovisning") columns under a caption each, and two errors printed in the report itself, both
 * in Verksamhetens nettokostnader of the city (checked by hand in boards.test.ts):
 * - 2013 is printed −14548, its parts give 3 243 − 17 225 − 745 = −14 727 (179 apart). The next
 *   subtotal follows the printed figure (−14 548 + 10 406 + 4 314 + 176 − 194 = 154, as printed),
 *   so the slip is in the rows above it or in this cell; the one relation it breaks cannot say which.
 * - 2012 is printed 13747 without its minus: its parts give 3 429 − 16 479 − 697 = −13 747, and
 *   the next subtotal follows −13 747 (−13 747 + 9 942 + 3 924 + 157 − 83 = 193, as printed).
 *
 * The stored page text (its whole text, ending "Till toppen") gives the row PERIODENS RESULTAT
 * before the caption rows: the page's table footer, which a browser prints under the table; it is
 * transcribed last. The two empty Extraordinära rows are kept as printed. Skatt/latent skatt and
 * Resultatandelar i intresseföretag are printed with two figures each: the group's (the city pays
 * no tax and has no equity-method shares). Resultatandelar (4, 5) is in neither sum: Resultat före
 * extraordinära poster holds without it (372, 390) and so does PERIODENS RESULTAT (372 − 49 = 323,
 * 390 − 25 = 365) — in both years alike, so it is how the table is built, not a slip.
 */
export const table: PrintedTable = {
  url: 'http://redovisningar.malmo.se/2013/?page_id=1907',
  source: 'Malmö stad, Årsredovisning 2013, Ekonomi och resultat, Resultaträkning',
  extent: 'The whole table as stored; its footer row (PERIODENS RESULTAT) placed last, where it is printed.',
  sheet: 'Resultaträkning',
  title: ['Resultaträkning'],
  header: [
    [null, null, 'Malmö stad', null, 'Sammanställd\nredovisning', null],
    ['Mkr', 'Not', '2013', '2012', '2013', '2012'],
  ],
  rows: [
    ['Verksamhetens intäkter', '1', '3243', '3429', '6535', '6463'],
    ['Verksamhetens kostnader', '2', '-17225', '-16479', '-19445', '-18654'],
    ['Avskrivningar', '3', '-745', '-697', '-1198', '-1131'],
    ['Verksamhetens nettokostnader', null, '-14548', '13747', '-14108', '-13322'],
    ['Skatteintäkter', '4', '10406', '9942', '10406', '9942'],
    ['Generella stadsbidrag och utjämning', '5', '4314', '3924', '4314', '3924'],
    ['Finansiella intäkter', '6', '176', '157', '92', '155'],
    ['Finansiella kostnader', '7', '-194', '-83', '-332', '-309'],
    ['Resultat före extraordinära poster', null, '154', '193', '372', '390'],
    ['Extraordinära intäkter', null, null, null, null, null],
    ['Extraordinära kostnader', null, null, null, null, null],
    ['Skatt/latent skatt', null, null, null, '-49', '-25'],
    ['Resultatandelar i intresseföretag', null, null, null, '4', '5'],
    ['PERIODENS RESULTAT', null, '154', '193', '323', '365'],
  ],
  printedErrors: ['Resultaträkning!C8', 'Resultaträkning!D8'],
  leftOutRows: ['Resultatandelar i intresseföretag'],
};
