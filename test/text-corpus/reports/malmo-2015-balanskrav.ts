import type { CorpusReport } from '../types';

/**
 * Malmö stad, årsredovisning 2015: the table "BALANSKRAVSUTREDNING, MKR" from the page Balanskrav,
 * and the sentences on that page, on "Återställning av negativt balanskravsresultat 2014" and on
 * "Ekonomidirektören har ordet" that quote it. Cells printed "-" are kept as text.
 * Identities: 2015: 563 − 23 = 540; 540 − 185 = 355; 355 − 193 = 162. 2014: −149 − 56 = −205;
 * −205 + 12 = −193. 2013: 154 − 33 = 121; 121 + 106 = 227.
 */
export const report: CorpusReport = {
  id: 'malmo-2015-balanskrav',
  municipality: 'Malmö',
  board: 'Kommunstyrelsen (Malmö stad)',
  report: 'Årsredovisning 2015',
  urls: [
    'http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/balanskrav/',
    'http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/aterstallning-av-negativt-balanskravsresultat-2014/',
    'http://redovisningar.malmo.se/2015/arsredovisning-2015/ekonomidirektoren-har-ordet/',
    'http://redovisningar.malmo.se/2015/arsredovisning-2015/',
  ],
  sheets: [
    {
      name: 'Balanskrav',
      rows: [
        ['BALANSKRAVSUTREDNING, MKR'],
        [null, '2015', '2014', '2013'],
        ['Årets resultat', '563', '-149', '154'],
        ['samtliga realisationsvinster', '-23', '-56', '-33'],
        ['vissa realisatinsvinster enl undantag', '0', '0', '0'],
        ['vissa realisationsförluster enl undantag', '0', '0', '0'],
        ['orealiserade förluster värdepapper', '0', '0', '0'],
        ['återföring orealiserade förluster värdepapper', '0', '0', '0'],
        ['Resultat efter balanskravsjustering', '540', '-205', '121'],
        ['medel till resultatutjämningsreserv', '-185', '0', '-'],
        ['medel från resultatutjämningsreserv', '0', '12', '-'],
        ['synnerligt skäl RIPS', '0', '0', '106'],
        ['Balanskravsresultat', '355', '-193', '227'],
        ['Balanskravsunderskott från tidigare år', '-193', '0', '0'],
        ['SUMMA', '162', '-193', '227'],
        ['Balanskravsresultat att återställa', '0', '193', '0'],
      ],
    },
  ],
  sentences: [
    {
      id: 'm15b-9',
      text: 'Resultatet för 2015 är mycket positivt med ett överskott på 563 miljoner kronor.',
      label: 'right',
      why: 'Årets resultat, 2015 = 563 (the chair’s quote on the report’s front page).',
      plants: [
        { text: 'Resultatet för 2015 är mycket positivt med ett överskott på 536 miljoner kronor.', kind: 'amount', why: '536 ≠ 563' },
        { text: 'Resultatet för 2015 är mycket positivt med ett underskott på 563 miljoner kronor.', kind: 'sign', why: 'the result is +563' },
      ],
    },
    {
      id: 'mb15-1',
      text: 'Resultatet för år 2015, justerat enligt kommunallagens krav uppgår till +540 Mkr.',
      label: 'right',
      why: 'Resultat efter balanskravsjustering, 2015 = 540 (563 − 23).',
      place: 'below',
      plants: [
        { text: 'Resultatet för år 2015, justerat enligt kommunallagens krav uppgår till +450 Mkr.', kind: 'amount', why: '450 ≠ 540' },
        { text: 'Resultatet för år 2015, justerat enligt kommunallagens krav uppgår till +540 tkr.', kind: 'unit', why: '540 tkr = 0,5 Mkr ≠ 540 Mkr' },
      ],
    },
    {
      id: 'mb15-2',
      text: 'År 2014 redovisade kommunen ett balanskravsresultat på -193 Mkr.',
      label: 'right',
      why: 'Balanskravsresultat, 2014 = −193.',
      plants: [
        { text: 'År 2014 redovisade kommunen ett balanskravsresultat på -139 Mkr.', kind: 'amount', why: '−139 ≠ −193' },
        { text: 'År 2014 redovisade kommunen ett balanskravsresultat på +193 Mkr.', kind: 'sign', why: 'the table gives −193' },
      ],
    },
    {
      id: 'mb15-3',
      text: 'Årets resultat blev +563 Mkr och därmed kan hela underskottet från 2014 återställas.',
      label: 'right',
      why: 'Årets resultat, 2015 = 563; 2014 is the year of the deficit, not of the figure.',
      place: 'beside',
      plants: [{ text: 'Årets resultat blev +536 Mkr och därmed kan hela underskottet från 2014 återställas.', kind: 'amount', why: '536 ≠ 563' }],
    },
  ],
};
