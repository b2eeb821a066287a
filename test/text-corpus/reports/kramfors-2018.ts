import type { CorpusReport } from '../types';

/**
 * Kramfors kommun, årsredovisning 2018: "Resultaträkning" (löpande prisnivå, mnkr; kommunen and
 * koncernen, each with its note column), sentence from the förvaltningsberättelse's summary.
 * Identity: −1 253,8 + 836,5 + 363,6 + 5,9 − 4,2 = −52,0 (kommunen 2018); the net costs line itself
 * sums to −1 253,9 from its printed rows (rounding).
 */
export const report: CorpusReport = {
  id: 'kramfors-2018',
  municipality: 'Kramfors',
  board: 'Kommunstyrelsen (Kramfors kommun)',
  report: 'Årsredovisning 2018',
  urls: ['https://finansiellinfo.se/Kramfors_2018/resultatrakning.html', 'https://finansiellinfo.se/Kramfors_2018/forvaltningsberattelse.html'],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Löpande prisnivå, mnkr', null, 'KOMMUNEN', null, 'KONCERNEN'],
        [null, 'Not', '2018', '2017', 'Not', '2018', '2017'],
        ['Verksamhetens intäkter', '1', '421,3', '469,1', '1', '566,5', '596,9'],
        ['Verksamhetens kostnader', '2', '– 1 628,5', '– 1 616,0', '2', '– 1 712,9', '– 1 707,6'],
        ['Avskrivningar', '3', '– 39,3', '– 38,2', '3', '– 77,5', '– 74,5'],
        ['Jämförelsestörande intäkter', '4', '1,4', '1,3', '4', '1,3', '0,4'],
        ['Jämförelsestörande kostnader', '4', '– 8,8', '0,0', '4', '– 8,8', '0,0'],
        ['Verksamhetens nettokostnader', null, '– 1 253,8', '– 1 183,7', null, '– 1 231,4', '– 1 184,8'],
        ['Skatteintäkter', '5', '836,5', '832,6', null, '836,5', '832,6'],
        ['Generella statsbidrag netto', '6', '363,6', '382,7', null, '363,6', '382,7'],
        ['Finansiella intäkter', '7', '5,9', '4,4', '5', '4,0', '2,7'],
        ['Finansiella kostnader', '8', '– 4,2', '– 4,4', '6', '– 17,6', '– 18,8'],
        ['Skatter och minoritetsandelar', null, null, null, '7', '– 8,8', '22,3'],
        ['Resultat före extraordinära poster', null, '– 52,0', '31,7', null, '– 53,7', '36,7'],
        ['Bokslutsdispositioner, skatter med mera'],
        ['ÅRETS RESULTAT', '9', '– 52,0', '31,7', null, '– 53,7', '36,7'],
      ],
    },
  ],
  sentences: [
    {
      id: 'kr18-1',
      text: 'Det negativa resultatet på 52 mnkr uppfyllde inte kommunfullmäktiges mål.',
      label: 'right',
      why: 'ÅRETS RESULTAT kommunen 2018 = −52,0.',
      plants: [
        { text: 'Det negativa resultatet på 25 mnkr uppfyllde inte kommunfullmäktiges mål.', kind: 'amount', why: '25 ≠ 52,0' },
        { text: 'Det positiva resultatet på 52 mnkr uppfyllde inte kommunfullmäktiges mål.', kind: 'sign', why: 'the result is −52,0' },
      ],
    },
  ],
};
