import type { PrintedTable } from './types';

/**
 * The same layout a year later. Finansiella kostnader 2020 is printed as "20" (positive, unlike
 * every other year); the printed result after financial items (27 125 = 26 324 + 781 + 20) agrees with it.
 */
export const table: PrintedTable = {
  url: 'https://www.finansiellinfo.se/Grastorp_2020/Resultatrakning.html',
  source: 'Grästorps kommun, Årsredovisning 2020, Resultaträkning',
  sheet: 'Resultaträkning',
  title: ['Resultaträkning'],
  header: [
    ['Belopp i tkr', 'Not', 'BUDGET', null, null, null],
    [null, null, '2020', '2020', '2019', '2018'],
  ],
  rows: [
    ['Verksamhetens intäkter', '1', '97 668', '107 793', '101 282', '106 965'],
    ['Verksamhetens kostnader', '2', '– 429 783', '– 428 525', '– 417 698', '– 419 995'],
    ['Avskrivningar', '3', '– 16 095', '– 15 439', '– 14 879', '– 13 462'],
    ['VERKSAMHETENS NETTOKOSTNADER', null, '– 348 210', '– 336 171', '– 331 295', '– 326 492'],
    ['Skatteintäkter', '4', '269 757', '265 699', '257 770', '251 162'],
    ['Generella statsbidrag och utjämning', '5', '87 616', '96 796', '86 552', '81 948'],
    ['VERKSAMHETENS RESULTAT', null, '9 163', '26 324', '13 027', '6 618'],
    ['Finansiella intäkter', '6', '656', '781', '794', '1 035'],
    ['Finansiella kostnader', '7', '– 884', '20', '– 1 778', '– 1 541'],
    ['RESULTAT EFTER FINANSIELLA POSTER', null, '8 935', '27 125', '12 043', '6 112'],
    ['Extraordinära poster', null, null, null, null, null],
    ['ÅRETS RESULTAT', null, '8 935', '27 125', '12 043', '6 112'],
  ],
};
