import type { CorpusReport } from '../types';

/**
 * Kramfors kommun, årsredovisning 2017: "Fem år i sammandrag" (units in the row labels; whole
 * mkr for the result), sentences from the förvaltningsberättelse's summary and the municipality's
 * news item on the report. 2017: Årets resultat, mkr = 32 (31,7 in the resultaträkning of 2018).
 */
export const report: CorpusReport = {
  id: 'kramfors-2017',
  municipality: 'Kramfors',
  board: 'Kommunstyrelsen (Kramfors kommun)',
  report: 'Årsredovisning 2017',
  urls: [
    'http://finansiellinformation.se/Kramfors_2017/sammandrag.html',
    'http://finansiellinformation.se/Kramfors_2017/forvaltningsberattelse.html',
    'https://www.kramfors.se/kommun--demokrati/nyheter/nyheter---kommun--demokrati/2018-04-17-arsredovisning-2017.html',
  ],
  sheets: [
    {
      name: 'Fem år i sammandrag',
      rows: [
        ['Fem år i sammandrag'],
        [null, '2013', '2014', '2015', '2016', '2017'],
        ['Antal kommuninvånare', '18 450', '18 435', '18 359', '18 681', '18 610'],
        ['Kommunen'],
        ['Skatte- och utjämningsbidrag, mkr', '1 009', '1 058', '1 094', '1 128', '1 215'],
        ['Nettokostnader i procent av skatter och utjämning', '98,6', '98,4', '97,7', '98,8', '97,4'],
        ['Finansnetto, mkr', '– 8,1', '– 1,8', '– 2,9', '0,2', '0,0'],
        ['Årets resultat, mkr', '6', '15', '22', '13', '32'],
        ['Eget kapital, mkr', '315', '330', '336', '349', '380'],
        ['Eget kapital, kr/kommuninvånare', '17 046', '17 877', '18 276', '18 666', '20 438'],
        ['Låneskuld, kr/kommuninvånare', '4 763', '4 767', '4 786', '4 704', '4 722'],
        ['Soliditet, %', '36', '39', '39', '38,3', '41,4'],
        ['Antal tillsvidareanställda', '1 531', '1 568', '1 629', '1 655', '1 701'],
        ['Antal årsarbetare*', '1 511', '1 536', '1 578', '1 702', '1 744'],
        ['Personalkostnader', '793', '823', '861', '936', '987'],
        ['Koncernen'],
        ['Årets resultat, mkr', '– 30', '– 2', '23', '23', '37'],
        ['Eget kapital, mkr', '367', '368', '381', '406', '444'],
        ['Soliditet, %', '21', '22', '22', '22', '24'],
        ['Antal tillsvidareanställda', '1 709', '1 751', '1 818', '1 855', '1 887'],
      ],
    },
  ],
  sentences: [
    {
      id: 'kr17-1',
      text: 'Det ekonomiska resultatet på knappt 32 mkr uppfyllde kommunfullmäktiges mål.',
      label: 'right',
      why: 'Årets resultat, mkr 2017 = 32 (31,7 before rounding to whole mkr): knappt 32.',
      plants: [{ text: 'Det ekonomiska resultatet på knappt 23 mkr uppfyllde kommunfullmäktiges mål.', kind: 'amount', why: '23 ≠ 32' }],
    },
    {
      id: 'kr17-2',
      text: 'Årsredovisningen för Kramfors kommun 2017 visar på en vinst för kommunen på 32 miljoner kronor.',
      label: 'right',
      why: 'Årets resultat, mkr 2017 = 32.',
      plants: [{ text: 'Årsredovisningen för Kramfors kommun 2017 visar på en vinst för kommunen på 36 miljoner kronor.', kind: 'amount', why: '36 ≠ 32' }],
    },
  ],
};
