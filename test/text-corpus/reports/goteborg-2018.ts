import type { CorpusReport } from '../types';

/**
 * Göteborgs Stad, årsredovisning 2018: "Resultaträkning" (kommunen and sammanställd redovisning,
 * mnkr, 2017 and 2018) with "Balanskravsutredning för kommunen", sentence from "Finansiell analys
 * av sammanställd redovisning".
 * Identities: kommunen 2018: 10 932 − 39 658 − 1 490 = −30 216; −30 216 + 27 590 + 3 705 +
 * 1 224 − 511 = 1 792. Sammanställd 2018: 26 358 − 49 878 − 4 606 = −28 126; −28 126 + 27 590 +
 * 3 705 + 56 − 793 = 2 432; 2 432 − 131 − 1 = 2 300. Balanskrav 2018: 1 792 − 739 = 1 053;
 * 1 053 − 740 = 313. The bolag's 1 426 and the kommunalförbund's −11 are not in these tables.
 */
export const report: CorpusReport = {
  id: 'goteborg-2018',
  municipality: 'Göteborg',
  board: 'Kommunstyrelsen (Göteborgs Stad)',
  report: 'Årsredovisning 2018',
  urls: [
    'http://arsredovisning.goteborg.se/2018/block-5-rakenskaper-for-kommunen-och-sammanstalld-redovisning/resultatrakning/',
    'http://arsredovisning.goteborg.se/2018/block-4-sammanstalld-redovisning-finansiell-analys/finansiell-analys-av-sammanstalld-redovisning/',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        [null, null, 'Kommunen', null, 'Sammanställd\nredovisning'],
        ['Belopp i mnkr', 'Not', '2017', '2018', '2017', '2018'],
        ['Verksamhetens intäkter', '1', '10 866', '10 932', '25 758', '26 358'],
        ['Verksamhetens kostnader', '2, 3, 17', '-38 339', '-39 658', '-48 294', '-49 878'],
        ['Avskrivningar och nedskrivningar', '4, 5', '-1 400', '-1 490', '-4 434', '-4 606'],
        ['Verksamhetens nettokostnader', null, '-28 873', '-30 216', '-26 970', '-28 126'],
        ['Skatteintäkter', '6', '26 572', '27 590', '26 572', '27 590'],
        ['Kommunalekonomisk utjämning mm', '6', '3 827', '3 705', '3 827', '3 705'],
        ['Finansiella intäkter', '7', '1 158', '1 224', '152', '56'],
        ['Finansiella kostnader', '3, 7', '-556', '-511', '-907', '-793'],
        ['Resultat efter finansiella poster', null, '2 128', '1 792', '2 674', '2 432'],
        ['Extraordinära intäkter', null, '-', '-', '-', '-'],
        ['Extraordinära kostnader', null, '-', '-', '-', '-'],
        ['Aktuell och uppskjuten skatt', null, '-', '-', '-276', '-131'],
        ['Minoritetsandel', null, '-', '-', '-29', '-1'],
        ['Årets resultat', null, '2 128', '1 792', '2 369', '2 300'],
        [],
        ['Balanskravsutredning för kommunen'],
        ['Belopp i mnkr', '2016', '2017', '2018'],
        ['Årets resultat', '938', '2 128', '1 792'],
        ['Avgår samtliga realisationsvinster', '-436', '-824', '-739'],
        ['Vissa realisationsvinster enligt undantagsmöjligheter', '-', '-', '-'],
        ['Vissa realisationsförluster enligt undantagsmöjligheter', '-', '-', '-'],
        ['Orealiserade förluster i värdepapper', '-', '-', '-'],
        ['Återföring av orealiserade förluster i värdepapper', '-', '-', '-'],
        ['Årets resultat efter balanskravsutredning före avsättning till RUR', '502', '1 304', '1 053'],
        ['Medel till resultatutjämningsreserv (RUR)', '-212', '-1 000', '-740'],
        ['Medel från resultatutjämningsreserv (RUR)', '-', '-', '-'],
        ['Årets balanskravsresultat efter avsättning till RUR', '290', '304', '313'],
      ],
    },
  ],
  sentences: [
    {
      id: 'gb18-1',
      text: 'Årets resultat för sammanställd redovisning uppgick till 2 300 mnkr, varav kommunen bidrog med 1 792 mnkr, bolagen med 1 426 mnkr och kommunalförbund med negativt resultat om 11 mnkr.',
      label: 'right',
      why: 'Årets resultat, sammanställd redovisning 2018 = 2 300; kommunen 2018 = 1 792.',
      plants: [
        {
          text: 'Årets resultat för sammanställd redovisning uppgick till 3 200 mnkr, varav kommunen bidrog med 1 792 mnkr, bolagen med 1 426 mnkr och kommunalförbund med negativt resultat om 11 mnkr.',
          kind: 'amount',
          why: '3 200 ≠ 2 300',
        },
      ],
    },
    {
      id: 'gb18-2',
      text: 'Justeringar för att hantera interna mellanhavanden, mellan kommunen och bolagen, uppgick till -906 mnkr och bestod i huvudsak av utdelning (810 mnkr) från bolag till kommunen samt internvinst vid fastighetsöverlåtelser.',
      label: 'right',
      why: '1 792 (kommunen) + 1 426 (bolagen) − 11 (kommunalförbund) − 906 = 2 301 ≈ 2 300 (sammanställd); the eliminations are not a row of the table.',
    },
  ],
};
