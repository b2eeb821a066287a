import type { CorpusReport } from '../types';

/**
 * Göteborgs Stad, årsredovisning 2016: sentences from "Sammanfattande finansiell analys" 2016
 * against the 2016 columns of the next year's "Resultaträkning" and "Balanskravsutredning för
 * kommunen" (årsredovisning 2017; the page says the 2016 comparatives were restated, but the
 * figures these sentences quote are the same). Only sentences that name 2016 are taken, since
 * the table's latest year is 2017.
 * Identities 2016: kommunen 10 345 − 36 963 − 1 244 = −27 862; −27 862 + 25 109 + 3 847 + 406 −
 * 562 = 938. Balanskrav: 938 − 436 = 502; 502 − 212 = 290.
 */
export const report: CorpusReport = {
  id: 'goteborg-2016',
  municipality: 'Göteborg',
  board: 'Kommunstyrelsen (Göteborgs Stad)',
  report: 'Årsredovisning 2016',
  urls: [
    'http://arsredovisning.goteborg.se/2017/block-5-rakenskaper-for-kommunen-och-sammanstalld-redovisning/resultatrakning/',
    'http://arsredovisning.goteborg.se/2016/block-1-forvaltningsberattelse/sammanfattande-finansiell-analys/',
  ],
  sheets: [
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
  ],
  sentences: [
    {
      id: 'gb16-1',
      text: 'Göteborgs kommun redovisade 2016 ett resultat på 938 mnkr.',
      label: 'right',
      why: 'Årets resultat, kommunen 2016 = 938.',
      plants: [
        { text: 'Göteborgs kommun redovisade 2016 ett resultat på 983 mnkr.', kind: 'amount', why: '983 ≠ 938' },
        { text: 'Göteborgs kommun redovisade 2016 ett resultat på 938 tkr.', kind: 'unit', why: '938 tkr ≠ 938 mnkr' },
      ],
    },
    {
      id: 'gb16-2',
      text: 'Göteborgs kommun redovisade ett resultat på sista raden på 938 mnkr för 2016.',
      label: 'right',
      why: 'Årets resultat, kommunen 2016 = 938.',
      plants: [{ text: 'Göteborgs kommun redovisade ett resultat på sista raden på 893 mnkr för 2016.', kind: 'amount', why: '893 ≠ 938' }],
    },
    {
      id: 'gb16-3',
      text: 'Göteborgs kommun uppfyllde 2016 det lagstadgade balanskravet med ett resultat exklusive realisationsvinster på 502 mnkr.',
      label: 'right',
      why: 'Årets resultat efter balanskravsutredning före avsättning till RUR 2016 = 938 − 436 = 502.',
    },
  ],
};
