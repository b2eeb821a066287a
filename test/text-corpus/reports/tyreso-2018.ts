import type { CorpusReport } from '../types';

/**
 * Tyresö kommun, årsredovisning 2018, Kommunstyrelsen: "Driftsredovisning (mnkr)" per
 * verksamhetsområde and the board's summary. Identities: nettokostnad = kostnader − intäkter
 * (Plan och exploatering 61,1 − 25,4 = 35,7); avvikelse = kommunbidrag − nettokostnad
 * (27,5 − 35,7 = −8,2); Totalt 306,9 − 320,8 = −13,9.
 */
export const report: CorpusReport = {
  id: 'tyreso-2018',
  municipality: 'Tyresö',
  board: 'Kommunstyrelsen (Tyresö kommun)',
  report: 'Årsredovisning 2018',
  urls: ['https://finansiellinfo.se/G/Tyreso_2018/Kommunstyrelsen.html'],
  sheets: [
    {
      name: 'Kommunstyrelsen',
      rows: [
        ['Driftsredovisning'],
        ['(mnkr)', 'Intäkter', 'Kost-\nnader', 'Netto-\nkostnad', 'Kommun-\nbidrag', 'Avvikelse', 'Avvikelse\n2017'],
        ['Plan och exploatering', '25,4', '61,1', '35,7', '27,5', '– 8,2', '3,8'],
        ['Väghållning park', '10,2', '83,3', '73,1', '76,7', '3,6', '10,6'],
        ['Miljö och trafik', '2,9', '8,4', '5,5', '6,9', '1,4', '0,0'],
        ['Vatten och avlopp', '85,5', '85,5', '0,0', '0,0', '0,0', '0,0'],
        ['Renhållning', '40,1', '40,1', '0,0', '0,0', '0,0', '0,0'],
        ['Näringsliv', '0,2', '1,5', '1,3', '1,3', '0,0', '0,0'],
        ['Gemensam verksamhet', '476,5', '615,5', '139,0', '129,6', '– 9,4', '2,6'],
        ['Kommunalförbund', '0,0', '42,1', '42,1', '42,3', '0,2', '0,1'],
        ['Politisk verksamhet', '0,1', '24,2', '24,1', '22,6', '– 1,5', '– 0,4'],
        ['Totalt', '640,9', '961,7', '320,8', '306,9', '– 13,9', '16,8'],
      ],
    },
  ],
  sentences: [
    {
      id: 'ty18-1',
      text: 'Verksamhetsområdena redovisar ett sammanlagt resultat om –13,9 mnkr.',
      label: 'right',
      why: 'Totalt, Avvikelse = −13,9.',
      place: 'below',
    },
    {
      id: 'ty18-2',
      text: 'Huvudavvikelserna finns inom plan och exploatering samt inom gemensam verksamhet, som redovisade underskott om 8,2 respektive 9,4 mnkr.',
      label: 'right',
      why: 'Plan och exploatering −8,2, Gemensam verksamhet −9,4 ("respektive" pairs them in order).',
      place: 'beside',
    },
  ],
};
