import type { CorpusReport } from '../types';

/**
 * Helsingborgs stad, årsredovisning 2016: "Driftsredovisning 2016, mnkr" and the page
 * "Nämndernas resultat". Identities: utgående = ingående + disposition + årets resultat on every
 * row (Barn- och utbildningsnämnden 149,4 − 32,7 − 31,2 = 85,5, printed 85,4); the boards'
 * results sum to 269,0 (−31,2 − 3,0 + 39,5 + 8,1 + 21,6 + 1,1 + 4,2 + 19,6 + 1,6 + 1,6 + 0,1 +
 * 31,9 + 173,9 + 0,1 = 269,1). As printed, kommunbidrag + intäkter + kostnader does not give
 * the year's result on most rows.
 */
export const report: CorpusReport = {
  id: 'helsingborg-2016',
  municipality: 'Helsingborg',
  board: 'Kommunstyrelsen (Helsingborgs stad)',
  report: 'Årsredovisning 2016',
  urls: ['https://arsredovisning.helsingborg.se/ekonomisk-redovisning/staden/driftredovisning-2/', 'https://arsredovisning.helsingborg.se/forvaltningsberattelse/ekonomi/stadens-ekonomi/namndernas-resultat/'],
  sheets: [
    {
      name: 'Driftsredovisning',
      rows: [
        ['Driftsredovisning 2016, mnkr'],
        [null, 'Ingående\nredovisat\nresultat 1)', 'Disposition av\nresultat', 'Kommunbidrag 2)', 'Intäkter', 'Kostnader', 'Årets resultat', 'Utgående\nredovisat\nresultat'],
        ['Summa skatte- och avgiftsfinansierat', '362,9', '-77,9', '6 953,5', '3 414,5', '-10 176,7', '269,0', '553,9'],
        ['Nämnder'],
        ['Barn- och utbildningsnämnden', '149,4', '-32,7', '2 903,2', '536,1', '-3 503,2', '-31,2', '85,4'],
        ['Vård- och omsorgsnämnden', '39,8', '-24,9', '1 619,5', '251,1', '-1 898,5', '-3,0', '11,9'],
        ['Stadsbyggnadsnämnden', '24,6', '-8,0', '523,2', '304,0', '-795,6', '39,5', '56,1'],
        ['Arbetsmarknadsnämnden', '56,2', '-5,5', '460,2', '195,7', '-653,3', '8,1', '58,8'],
        ['Socialnämnden', '11,8', '0,0', '470,1', '248,6', '-697,0', '21,6', '33,4'],
        ['Idrotts- och fritidsnämnden', '5,6', '0,0', '226,3', '24,1', '-249,2', '1,1', '6,7'],
        ['Kulturnämnden', '10,7', '-3,5', '175,9', '35,6', '-210,8', '4,2', '11,4'],
        ['Fastighetsnämnden', '29,5', '0,0', '-110,2', '800,3', '-670,5', '19,6', '49,1'],
        ['Miljönämnden', '3,1', '-0,3', '24,2', '14,3', '-37,2', '1,6', '4,4'],
        ['Överförmyndarnämnden', '-0,1', '0,0', '11,3', '13,9', '-23,5', '1,6', '1,5'],
        ['Valnämnden', '2,9', '0,0', '0,3', '0,0', '-0,3', '0,1', '3,0'],
        ['Kommunstyrelsen', '27,2', '-3,1', '343,1', '487,9', '-802,2', '31,9', '56,0'],
        ['Kommunstyrelsen - stadsgemensamt', '0,0', '0,0', '300,2', '277,7', '-404,0', '173,9', '173,9'],
        ['Stadsrevisionen', '2,2', '0,0', '6,3', '0,0', '-6,2', '0,1', '2,3'],
        ['Summa skattefinansierat', '362,9', '-77,9', '6 953,5', '3 189,3', '-9 951,5', '269,0', '553,9'],
        ['Vatten- och avloppsverk', '0,0', '0,0', '0,0', '225,2', '-225,2', '0,0', '0,0'],
        ['Summa avgiftsfinansierat', '0,0', '0,0', '0,0', '225,2', '-225,2', '0,0', '0,0'],
      ],
    },
  ],
  sentences: [
    {
      id: 'hbg16-1',
      text: 'Det redovisade resultatet för stadens nämnder, inklusive stadsgemensamma poster, uppgår till ett totalt överskott om 269 miljoner kronor.',
      label: 'right',
      why: 'Summa skattefinansierat, Årets resultat = 269,0.',
    },
    {
      id: 'hbg16-2',
      text: 'Barn- och utbildningsnämndens bokslut visar på ett underskott om 31,2 miljoner kronor.',
      label: 'right',
      why: 'Barn- och utbildningsnämnden, Årets resultat = −31,2.',
      place: 'below',
      plants: [
        { text: 'Barn- och utbildningsnämndens bokslut visar på ett överskott om 31,2 miljoner kronor.', kind: 'sign', why: 'the board’s result is −31,2' },
        { text: 'Barn- och utbildningsnämndens bokslut visar på ett underskott om 13,2 miljoner kronor.', kind: 'amount', why: '13,2 ≠ 31,2' },
        { text: 'Barn- och utbildningsnämndens bokslut visar på ett underskott om 31,2 tusen kronor.', kind: 'unit', why: '31,2 tkr ≠ 31,2 mnkr' },
      ],
    },
  ],
};
