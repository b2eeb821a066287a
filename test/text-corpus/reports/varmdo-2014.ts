import type { CorpusReport } from '../types';

/**
 * Värmdö kommun, årsredovisning 2014: "Resultaträkning" (tkr; kommunen and koncernen 2014, 2013),
 * sentence from the municipality's news item on the accounts. Identity: −1 864 632 + 1 770 058 +
 * 208 532 − 34 959 + 6 742 − 38 136 = 47 605 (kommunen 2014); 47 605 tkr ≈ 48 MSEK.
 */
export const report: CorpusReport = {
  id: 'varmdo-2014',
  municipality: 'Värmdö',
  board: 'Kommunstyrelsen (Värmdö kommun)',
  report: 'Årsredovisning 2014',
  urls: [
    'http://arsredovisning.varmdo.se/2014/ekonomisk-sammanstallning/resultatrakning/',
    'http://www.varmdo.se/arkiv/nyheter/positivtresultatforvarmdokommun2014.5.30a11a4714c420391d617801.html',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Tkr', 'Not', 'Kommunen 2014', 'Kommunen 2013', 'Koncernen 2014', 'Koncernen 2013'],
        ['Verksamhetens intäkter', '1', '644 874', '615 658', '798 145', '758 754'],
        ['Jämförelsestörande poster', '2', '7 082', '58 643', '7 082', '58 643'],
        ['Verksamhetens kostnader', '3', '–2 434 263', '–2 298 652', '–2 519 865', '–2 391 773'],
        ['Avskrivningar', '4', '–82 325', '–84 155', '–115 709', '–106 608'],
        ['Verksamhetens nettokostnader', null, '–1 864 632', '–1 708 506', '–1 830 347', '–1 680 984'],
        [null],
        ['Skatteintäkter', '5', '1 770 058', '1 727 482', '1 770 058', '1 727 482'],
        ['Bidrag från utjämningssystemen och generella statliga bidrag', '6', '208 532', '192 683', '208 532', '192 683'],
        ['Avgifter i utjämningssystemen', '7', '–34 959', '–31 019', '–34 959', '–31 019'],
        ['Finansiella intäkter', '8', '6 742', '7 560', '1 299', '1 895'],
        ['Finansiella kostnader', '9', '–38 136', '–45 172', '–54 277', '–60 321'],
        ['Jämförelsestörande finansiella kostnader', '10', null, '–18 858', null, '–18 858'],
        ['Resultat efter skatter och finansnetto', null, '47 605', '124 170', '60 306', '130 878'],
        [null],
        ['Uppskjuten skatt', null, null, null, '–84', '–33'],
        ['Skatt', null, null, null, '–2 335', '–786'],
        ['Årets resultat', null, '47 605', '124 170', '57 887', '130 059'],
      ],
    },
  ],
  sentences: [
    {
      id: 'vd14-1',
      text: 'Värmdö kommuns bokslut redovisar ett positivt bokslut på 48 MSEK, vilket innebär plus i kanten för åttonde året i rad:',
      label: 'right',
      why: 'Årets resultat kommunen 2014 = 47 605 tkr ≈ 48 MSEK.',
      plants: [{ text: 'Värmdö kommuns bokslut redovisar ett positivt bokslut på 84 MSEK, vilket innebär plus i kanten för åttonde året i rad:', kind: 'amount', why: '84 ≠ 47,6' }],
    },
  ],
};
