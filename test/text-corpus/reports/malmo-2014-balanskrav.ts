import type { CorpusReport } from '../types';

/**
 * Malmö stad, årsredovisning 2014: the table "Balanskravsutredning, Mkr" on the page Balanskrav and
 * the sentences above it. Cells printed "-" are kept as text.
 * Identities: 2014: −149 − 56 = −205; −205 + 12 = −193. 2013: 154 − 33 = 121; 121 + 106 = 227.
 * 2012: 193 − 7 = 186.
 */
export const report: CorpusReport = {
  id: 'malmo-2014-balanskrav',
  municipality: 'Malmö',
  board: 'Kommunstyrelsen (Malmö stad)',
  report: 'Årsredovisning 2014',
  urls: ['http://redovisningar.malmo.se/2014/arsredovisning-2014/forvaltningsberattelse-2/balanskrav/'],
  sheets: [
    {
      name: 'Balanskrav',
      rows: [
        ['Balanskravsutredning, Mkr'],
        [null, '2014', '2013', '2012'],
        ['Balanskravsresultat att återställa', '193', '0', '0'],
        ['Årets resultat', '-149', '154', '193'],
        ['samtliga realisationsvinster', '-56', '-33', '-7'],
        ['vissa realisatinsvinster enl undantag', '0', '0', '0'],
        ['vissa realisationsförluster enl undantag', '0', '0', '0'],
        ['orealiserade förluster värdepapper', '0', '0', '0'],
        ['återföring orealiserade förluster värdepapper', '0', '0', '0'],
        ['Resultat efter balanskravsjustering', '-205', '121', '186'],
        ['medel till resultatutjämningsreserv', '0', '-', '-'],
        ['medel från resultatutjämningsreserv', '12', '-', '-'],
        ['synnerligt skäl RIPS', '0', '106', '0'],
        ['Balanskravsresultat', '-193', '227', '186'],
        ['Balanskravsunderskott från tidigare år', '0', '0', '0'],
        ['SUMMA', '-193', '227', '186'],
      ],
    },
  ],
  sentences: [
    {
      id: 'mb14-1',
      text: 'Årets resultat -149 Mkr justeras med redovisade realisationsvinster, vilka ej får inräknas i balanskravsresultatet.',
      label: 'right',
      why: 'Årets resultat, 2014 = −149.',
      place: 'below',
      plants: [
        { text: 'Årets resultat -194 Mkr justeras med redovisade realisationsvinster, vilka ej får inräknas i balanskravsresultatet.', kind: 'amount', why: '−194 ≠ −149' },
        { text: 'Årets resultat +149 Mkr justeras med redovisade realisationsvinster, vilka ej får inräknas i balanskravsresultatet.', kind: 'sign', why: 'the 2014 result is −149' },
      ],
    },
    {
      id: 'mb14-2',
      text: 'Årets skatteunderlagsökning var 0,1 procentenhet lägre än ökningstakten under de tio föregående åren varför 12 Mkr kan disponeras ur resultatutjämningsreserven.',
      label: 'right',
      why: 'medel från resultatutjämningsreserv, 2014 = 12; the tax base growth is not in the table.',
    },
    {
      id: 'mb14-3',
      text: 'Efter gjorda justeringar och tillägg uppgår 2014 års balanskravsresultat till -193 Mkr.',
      label: 'right',
      why: 'Balanskravsresultat, 2014 = −193 (−205 + 12).',
      place: 'beside',
      plants: [
        { text: 'Efter gjorda justeringar och tillägg uppgår 2014 års balanskravsresultat till -139 Mkr.', kind: 'amount', why: '−139 ≠ −193' },
        { text: 'Efter gjorda justeringar och tillägg uppgår 2014 års balanskravsresultat till -193 tkr.', kind: 'unit', why: '193 tkr = 0,2 Mkr ≠ 193 Mkr' },
      ],
    },
  ],
};
