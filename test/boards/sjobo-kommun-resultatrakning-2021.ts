import type { PrintedTable } from './types';

/**
 * Resultaträkning in mnkr with a Not column (note references 3, 3A, 4 …), the municipality's
 * and the group's ("Sammanställd redovisning") columns under a caption each, two "varav" rows
 * under intäkter and kostnader, Extraordinära poster printed as 0,0, and the balanskrav rows
 * below Årets resultat, filled only in the municipality's three columns. The caption row is
 * transcribed as printed: each caption once, over its columns.
 */
export const table: PrintedTable = {
  url: 'https://finansiellinfo.se/Sjobo-2021/Resultatrakning.html',
  source: 'Sjöbo kommun, Årsredovisning 2021, Resultaträkning',
  sheet: 'Resultaträkning',
  title: ['Resultaträkning'],
  header: [
    ['(mnkr)', 'Not', 'Kommunen', null, null, 'Sammanställd redovisning', null],
    [null, null, 'Bokslut\n2020', 'Bokslut\n2021', 'Budget\n2021', 'Bokslut\n2020', 'Bokslut\n2021'],
  ],
  rows: [
    ['Verksamhetens intäkter', '3', '270,6', '281,9', '252,7', '363,3', '382,9'],
    ['varav jämförelsestörande poster', '3A', '0,1', '0,7', '0,0', '1,0', '0,8'],
    ['Verksamhetens kostnader', '4', '– 1 329,0', '– 1 381,2', '– 1 361,3', '– 1 333,6', '– 1 394,8'],
    ['varav jämförelsestörande poster', null, '0,0', '0,0', '0,0', '0,0', '0,0'],
    ['Av- och nedskrivningar', '5', '– 27,8', '– 28,1', '– 31,3', '– 74,5', '– 74,3'],
    ['Verksamhetens nettokostnader', null, '– 1 086,2', '– 1 127,4', '– 1 139,9', '– 1 044,8', '– 1 086,2'],
    ['Skatteintäkter', '6', '805,1', '861,9', '827,2', '805,1', '861,9'],
    ['Generella statsbidrag och utjämning', '7', '305,4', '326,6', '318,0', '305,4', '326,6'],
    ['Verksamhetens resultat', null, '24,3', '61,1', '5,3', '65,7', '102,3'],
    ['Finansiella intäkter', '8', '18,9', '20,2', '9,6', '8,5', '11,8'],
    ['Finansiella kostnader', '9', '– 5,3', '– 0,6', '– 0,6', '– 15,0', '– 10,4'],
    ['Resultat efter finansiella poster', null, '37,9', '80,7', '14,3', '59,2', '103,7'],
    ['Extraordinära poster', null, '0,0', '0,0', '0,0', '0,0', '0,0'],
    ['Årets resultat enligt resultaträkningen', null, '37,9', '80,7', '14,3', '59,2', '103,7'],
    ['Balanskravsjusteringar', null, '– 1,6', '– 9,2', '0,0', null, null],
    ['Årets resultat efter balanskravsjusteringar', null, '36,3', '71,5', '14,3', null, null],
    ['Reservering av medel till RUR', null, '– 22,0', '0,0', '0', null, null],
    ['Balanskravsresultat', null, '14,3', '71,5', '14,3', null, null],
  ],
};
