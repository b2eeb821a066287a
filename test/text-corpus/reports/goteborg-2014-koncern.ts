import type { CorpusReport } from '../types';

/**
 * Göteborgs Stad, årsredovisning 2014: "Resultaträkning – sammanställd redovisning" (mkr; 2012,
 * 2013, 2014) and the opening of "Sammanfattande finansiell analys" (its koncern sentences).
 * Identities 2014: 22 191 − 41 895 − 472 − 4 128 = −24 304; −24 304 + 22 524 + 3 290 + 465 −
 * 1 414 = 561 (resultat före extraordinära poster); 561 − 137 + 9 = 433. 2013: 1 922 − 193 + 4 =
 * 1 733; 2012: 2 802 + 130 + 2 = 2 934, where the single printed "1 309" of "Jämförelsestörande
 * finansiella poster" closes 2012 (−21 187 + 20 814 + 3 113 + 597 − 1 844 + 1 309 = 2 802).
 * Change against 2013: 433 − 1 733 = −1 300.
 */
export const report: CorpusReport = {
  id: 'goteborg-2014-koncern',
  municipality: 'Göteborg',
  board: 'Kommunstyrelsen (Göteborgs Stad, sammanställd redovisning)',
  report: 'Årsredovisning 2014',
  urls: [
    'http://arsredovisning.goteborg.se/2014/block-4-sammanstalld-redovisning-finasiell-analys-och-rakenskaper/resultatrakning-sammanstalld-redovisning/',
    'http://arsredovisning.goteborg.se/2014/block-1-forvaltningsberattelse/sammanfattande-finansiell-analys/',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning – sammanställd redovisning'],
        ['Belopp i mkr', null, '2012', '2013', '2014'],
        ['Verksamhetens intäkter', 'not 20 »', '22 677', '22 554', '22 191'],
        ['Verksamhetens kostnader', 'not 21 » not 36 »', '–40 286', '–40 984', '–41 895'],
        ['Jämförelsestörande verksamhetsposter', 'not 22 »', '73', '170', '–472'],
        ['Avskrivningar och nedskrivningar', 'not 23 »', '–3 651', '–3 871', '–4 128'],
        ['Verksamhetens nettokostnader', null, '–21 187', '–22 131', '–24 304'],
        ['Skatteintäkter', 'not 6 »', '20 814', '21 806', '22 524'],
        ['Kommunalekonomisk utjämning m m', 'not 6 »', '3 113', '3 106', '3 290'],
        ['Finansiella intäkter', 'not 25 »', '597', '764', '465'],
        ['Finansiella kostnader', 'not 25 »', '–1 844', '–1 623', '–1 414'],
        ['Jämförelsestörande finansiella poster', null, '1 309'],
        ['Resultat före extraordinära poster', null, '2 802', '1 922', '561'],
        ['Aktuell och uppskjuten skatt', null, '130', '–193', '–137'],
        ['Minoritetsandel', null, '2', '4', '9'],
        ['Årets resultat', null, '2 934', '1 733', '433'],
      ],
    },
  ],
  sentences: [
    {
      id: 'gbk14-1',
      text: 'Koncernen Göteborgs Stad redovisade 2014 ett resultat på 433 miljoner.',
      label: 'right',
      why: 'Årets resultat 2014 (sammanställd redovisning) = 433.',
      plants: [
        { text: 'Koncernen Göteborgs Stad redovisade 2014 ett resultat på 343 miljoner.', kind: 'amount', why: '343 ≠ 433' },
        { text: 'Koncernen Göteborgs Stad redovisade 2014 ett resultat på 433 tusen kronor.', kind: 'unit', why: '433 tkr ≠ 433 mkr' },
      ],
    },
    {
      id: 'gbk14-2',
      context: 'Koncernen Göteborgs Stad redovisade 2014 ett resultat på 433 miljoner.',
      text: 'Jämfört med 2013 var det 1 300 miljoner lägre resultat, varav kommunen stod för 760 miljoner och bolagssektorn för 540 miljoner.',
      label: 'right',
      why: '433 − 1 733 = −1 300; the kommun and bolag shares are not in this table.',
    },
  ],
};
