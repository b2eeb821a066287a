import type { PrintedTable } from './types';

/** Resultaträkning in tkr, headers over two rows ("BUDGET" above "2019"), bare years for the outcomes. */
export const table: PrintedTable = {
  url: 'https://www.finansiellinfo.se/Grastorp_2019/Resultatrakning.html',
  source: 'Grästorps kommun, Årsredovisning 2019, Resultaträkning',
  sheet: 'Resultaträkning',
  title: ['Resultaträkning'],
  header: [
    ['Belopp i tkr', 'Not', 'BUDGET', null, null, null],
    [null, null, '2019', '2019', '2018', '2017'],
  ],
  rows: [
    ['Verksamhetens intäkter', '1', '102 946', '101 282', '106 965', '123 412'],
    ['Verksamhetens kostnader', '2', '– 423 231', '– 417 698', '– 419 995', '– 419 914'],
    ['Avskrivningar', '3', '– 14 991', '– 14 879', '– 13 462', '– 14 037'],
    ['VERKSAMHETENS NETTOKOSTNADER', null, '– 335 276', '– 331 295', '– 326 492', '– 310 539'],
    ['Skatteintäkter', '4', '257 951', '257 770', '251 162', '243 385'],
    ['Generella statsbidrag och utjämning', '5', '84 473', '86 552', '81 948', '81 204'],
    ['VERKSAMHETENS RESULTAT', null, '7 148', '13 027', '6 618', '14 050'],
    ['Finansiella intäkter', '6', '812', '794', '1 035', '701'],
    ['Finansiella kostnader', '7', '– 1 111', '– 1 778', '– 1 541', '– 1 632'],
    ['RESULTAT EFTER FINANSIELLA POSTER', null, '6 849', '12 043', '6 112', '13 119'],
    ['Extraordinära poster', null, null, null, null, null],
    ['ÅRETS RESULTAT', null, '6 849', '12 043', '6 112', '13 119'],
  ],
};
