import type { CorpusReport } from '../types';

/**
 * Göteborgs Stad, årsredovisning 2017: "Resultaträkning" (kommunen and sammanställd redovisning,
 * mnkr, 2016 and 2017) with "Balanskravsutredning för kommunen", sentences from "Sammanfattande
 * finansiell analys".
 * Identities: kommunen 2017: 10 866 − 38 339 − 1 400 = −28 873; −28 873 + 26 572 + 3 827 +
 * 1 158 − 556 = 2 128. Sammanställd 2017: 25 758 − 48 294 − 4 434 = −26 970; −26 970 + 26 572 +
 * 3 827 + 152 − 907 = 2 674; 2 674 − 276 − 29 = 2 369. Sammanställd 2016 sums to 2 674 from its
 * printed rows against the printed 2 675 (rounding; the page says 2016 was restated).
 * Balanskrav 2017: 2 128 − 824 = 1 304; 1 304 − 1 000 = 304.
 */
/** The 2017 resultaträkning and balanskravsutredning as printed; the 2015 and 2016 reports' sentences are checked against its columns. */
export const SHEETS_2017: CorpusReport['sheets'] = [
  {
    name: 'Resultaträkning',
    rows: [
      ['Resultaträkning'],
      [null, null, 'Kommunen', null, 'Sammanställd\nredovisning'],
      ['Belopp i mnkr', 'Not', '2016', '2017', '2016', '2017'],
      ['Verksamhetens intäkter', '1', '10 345', '10 866', '26 105', '25 758'],
      ['Verksamhetens kostnader', '2', '-36 963', '-38 339', '-47 437', '-48 294'],
      ['Jämförelsestörande poster', '3', '0', '0', '0', '0'],
      ['Avskrivningar och nedskrivningar', '4, 5', '-1 244', '-1 400', '-4 069', '-4 434'],
      ['Verksamhetens nettokostnader', null, '-27 862', '-28 873', '-25 401', '-26 970'],
      ['Skatteintäkter', '6', '25 109', '26 572', '25 109', '26 572'],
      ['Kommunalekonomisk utjämning mm', '6', '3 847', '3 827', '3 847', '3 827'],
      ['Finansiella intäkter', '7', '406', '1 158', '147', '152'],
      ['Finansiella kostnader', '7', '-562', '-556', '-1 028', '-907'],
      ['Jämförelsestörande finansiella poster'],
      ['Resultat efter finansiella poster', null, '938', '2 128', '2 675', '2 674'],
      ['Extraordinära intäkter'],
      ['Extraordinära kostnader'],
      ['Aktuell och uppskjuten skatt', null, null, null, '-331', '-276'],
      ['Minoritetsandel', null, null, null, '–21', '–29'],
      ['Årets resultat', null, '938', '2 128', '2 323', '2 369'],
      ['Jämförelsetal för 2016 har justerats som en effekt av tillämpning av RKR 18.1 samt rättningar/justeringar, se not 19.'],
      [],
      ['Balanskravsutredning för kommunen'],
      ['Belopp i mnkr', '2015', '2016', '2017'],
      ['Årets resultat', '824', '938', '2 128'],
      ['Avgår samtliga realisationsvinster', '-445', '-436', '-824'],
      ['Vissa realisationsvinster enligt undantagsmöjligheter'],
      ['Vissa realisationsförluster enligt undantagsmöjligheter'],
      ['Orealiserade förluster i värdepapper'],
      ['Återföring av orealiserade förluster i värdepapper'],
      ['Årets resultat efter balanskravsutredning före avsättning till RUR', '379', '502', '1 304'],
      ['Medel till resultatutjämningsreserv (RUR)', '-108', '-212', '-1 000'],
      ['Medel från resultatutjämningsreserv (RUR)'],
      ['Årets balanskravsresultat efter avsättning till RUR', '271', '290', '304'],
    ],
  },
];

export const report: CorpusReport = {
  id: 'goteborg-2017',
  municipality: 'Göteborg',
  board: 'Kommunstyrelsen (Göteborgs Stad)',
  report: 'Årsredovisning 2017',
  urls: [
    'http://arsredovisning.goteborg.se/2017/block-5-rakenskaper-for-kommunen-och-sammanstalld-redovisning/resultatrakning/',
    'http://arsredovisning.goteborg.se/2017/block-1-forvaltningsberattelse/sammanfattande-finansiell-analys/',
  ],
  sheets: SHEETS_2017,
  sentences: [
    {
      id: 'gb17-1',
      text: 'Göteborgs kommun redovisade 2017 ett resultat på 2 128 mnkr.',
      label: 'right',
      why: 'Årets resultat, kommunen 2017 = 2 128.',
      plants: [
        { text: 'Göteborgs kommun redovisade 2017 ett resultat på 2 182 mnkr.', kind: 'amount', why: '2 182 ≠ 2 128' },
        { text: 'Göteborgs kommun redovisade 2017 ett negativt resultat på 2 128 mnkr.', kind: 'sign', why: 'the result is +2 128' },
      ],
    },
    {
      id: 'gb17-2',
      text: 'Koncernen Göteborgs Stad redovisade ett resultat på 2 369 mnkr.',
      label: 'right',
      why: 'Årets resultat, sammanställd redovisning 2017 = 2 369.',
      plants: [{ text: 'Koncernen Göteborgs Stad redovisade ett resultat på 2 396 mnkr.', kind: 'amount', why: '2 396 ≠ 2 369' }],
    },
    {
      id: 'gb17-3',
      text: 'Göteborgs kommun redovisade ett resultat på sista raden på 2 128 mnkr för 2017.',
      label: 'right',
      why: 'Årets resultat, kommunen 2017 = 2 128.',
      plants: [{ text: 'Göteborgs kommun redovisade ett resultat på sista raden på 2 128 tkr för 2017.', kind: 'unit', why: '2 128 tkr ≠ 2 128 mnkr' }],
    },
    {
      id: 'gb17-4',
      text: 'Göteborgs kommun uppfyllde 2017 det lagstadgade balanskravet med ett resultat exklusive realisationsvinster på 1 304 mnkr.',
      label: 'right',
      why: 'Årets resultat efter balanskravsutredning före avsättning till RUR 2017 = 2 128 − 824 = 1 304.',
    },
    {
      id: 'gb17-5',
      text: 'Årets resultat på 2 128 mnkr innebar ett överskott mot det budgeterade positiva resultatet om 200 mnkr.',
      label: 'right',
      why: 'Årets resultat, kommunen 2017 = 2 128; the budget of 200 is not in the table.',
      plants: [{ text: 'Årets resultat på 2 218 mnkr innebar ett överskott mot det budgeterade positiva resultatet om 200 mnkr.', kind: 'amount', why: '2 218 ≠ 2 128' }],
    },
    {
      id: 'gb17-6',
      context: 'Det strukturella resultat som visar det löpande driftresultatet i verksamheten var 533 mnkr.',
      text: 'Relateras det löpande driftresultat till skatteintäkter och kommunalekonomisk utjämning uppgick resultatet till 1,8 procent av dem.',
      label: 'right',
      why: 'The structural result 533 (the page’s own figure) over skatteintäkter 26 572 + kommunalekonomisk utjämning 3 827 = 1,75 %.',
    },
  ],
};
