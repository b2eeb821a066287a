import type { CorpusReport } from '../types';

/**
 * Sjöbo kommun, årsredovisning 2021: Resultaträkning (mnkr; kommunen bokslut 2020, 2021, budget 2021;
 * sammanställd redovisning 2020, 2021) and the summary line of "Årsredovisningen i korthet".
 * Identities: kommunen 2021: 281,9 − 1 381,2 − 28,1 = −1 127,4; + 861,9 + 326,6 = 61,1; + 20,2 − 0,6
 * = 80,7. Koncernen 2021: 382,9 − 1 394,8 − 74,3 = −1 086,2; + 861,9 + 326,6 = 102,3; + 11,8 − 10,4 =
 * 103,7.
 */
export const report: CorpusReport = {
  id: 'sjobo-2021',
  municipality: 'Sjöbo',
  board: 'Kommunstyrelsen (Sjöbo kommun)',
  report: 'Årsredovisning 2021',
  urls: ['https://finansiellinfo.se/Sjobo-2021/Resultatrakning.html', 'https://finansiellinfo.se/Sjobo-2021/Arsredovisningen_i_korthet.html'],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['(mnkr)', 'Not', 'Kommunen', null, null, 'Sammanställd redovisning', null],
        [null, null, 'Bokslut 2020', 'Bokslut 2021', 'Budget 2021', 'Bokslut 2020', 'Bokslut 2021'],
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
        ['Balanskravsjusteringar', null, '– 1,6', '– 9,2', '0,0'],
        ['Årets resultat efter balanskravsjusteringar', null, '36,3', '71,5', '14,3'],
        ['Reservering av medel till RUR', null, '– 22,0', '0,0', '0'],
        ['Balanskravsresultat', null, '14,3', '71,5', '14,3'],
      ],
    },
  ],
  sentences: [
    {
      id: 'sj21-1',
      text: 'Resultat kommunen 81 mnkr Koncernen 104 mnkr',
      label: 'right',
      why: 'Årets resultat 2021: kommunen 80,7 → 81, sammanställd redovisning 103,7 → 104 (a summary line, printed without a full stop and without a verb: no measure binds it, so it is left alone).',
    },
  ],
};
