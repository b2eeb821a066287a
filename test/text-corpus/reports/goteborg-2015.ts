import type { CorpusReport } from '../types';

/**
 * Göteborgs Stad, årsredovisning 2015: the kommun's sentences from "Sammanfattande finansiell
 * analys" 2015 that name 2015, against the 2015 column of "Balanskravsutredning för kommunen" as
 * printed with the 2017 resultaträkning (årets resultat 2015 = 824; 824 − 445 = 379; 379 − 108 =
 * 271). Sentences without a year are left out: the table's latest year is 2017.
 */
export const report: CorpusReport = {
  id: 'goteborg-2015',
  municipality: 'Göteborg',
  board: 'Kommunstyrelsen (Göteborgs Stad)',
  report: 'Årsredovisning 2015',
  urls: [
    'http://arsredovisning.goteborg.se/2017/block-5-rakenskaper-for-kommunen-och-sammanstalld-redovisning/resultatrakning/',
    'http://arsredovisning.goteborg.se/2015/block-1-forvaltningsberattelse/sammanfattande-finansiell-analys/',
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
      id: 'gb15-1',
      text: 'Göteborgs kommun redovisade 2015 ett resultat på 824 mkr.',
      label: 'right',
      why: 'Balanskravsutredning, Årets resultat 2015 = 824.',
      plants: [
        { text: 'Göteborgs kommun redovisade 2015 ett resultat på 842 mkr.', kind: 'amount', why: '842 ≠ 824' },
        { text: 'Göteborgs kommun redovisade 2015 ett negativt resultat på 824 mkr.', kind: 'sign', why: 'the result is +824' },
      ],
    },
    {
      id: 'gb15-2',
      text: 'Göteborgs kommun redovisade ett resultat på sista raden på 824 mkr för 2015.',
      label: 'right',
      why: 'Balanskravsutredning, Årets resultat 2015 = 824.',
      plants: [{ text: 'Göteborgs kommun redovisade ett resultat på sista raden på 824 tkr för 2015.', kind: 'unit', why: '824 tkr ≠ 824 mkr' }],
    },
  ],
};
