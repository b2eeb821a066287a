import type { CorpusReport } from '../types';

/**
 * Göteborgs Stad, årsredovisning 2015: "Resultaträkning – sammanställd redovisning" (mkr; 2013,
 * 2014, 2015) and the opening of "Sammanfattande finansiell analys" (the koncern sentences; the
 * kommun's own figures are not in this table and its sentences are left out).
 * Identities 2015: 23 255 − 43 710 + 205 − 4 990 = −25 240 (nettokostnader);
 * −25 240 + 23 635 + 3 416 + 486 − 1 042 = 1 255 (resultat efter finansiella poster);
 * 1 255 − 60 + 24 = 1 219 (årets resultat). Change against 2014: 1 219 − 433 = 786.
 * The page prints one "0" on the "Jämförelsestörande finansiella poster" line without showing its
 * column; left out (it changes no sum).
 */
export const report: CorpusReport = {
  id: 'goteborg-2015-koncern',
  municipality: 'Göteborg',
  board: 'Kommunstyrelsen (Göteborgs Stad, sammanställd redovisning)',
  report: 'Årsredovisning 2015',
  urls: [
    'http://arsredovisning.goteborg.se/2015/block-4-sammanstalld-redovisning-finansiell-analys-och-rakenskaper/resultatrakning-sammanstalld-redovisning/',
    'http://arsredovisning.goteborg.se/2015/block-1-forvaltningsberattelse/sammanfattande-finansiell-analys/',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning – sammanställd redovisning'],
        ['Belopp i mkr', null, '2013', '2014', '2015'],
        ['Verksamhetens intäkter', 'not 20', '22 554', '22 191', '23 255'],
        ['Verksamhetens kostnader', 'not 21 not 36', '–40 984', '–41 895', '–43 710'],
        ['Jämförelsestörande verksamhetsposter', 'not 22', '170', '–472', '205'],
        ['Avskrivningar och nedskrivningar', 'not 23', '–3 871', '–4 128', '–4 990'],
        ['Verksamhetens nettokostnader', null, '–22 131', '–24 304', '–25 240'],
        ['Skatteintäkter', 'not 6', '21 806', '22 524', '23 635'],
        ['Kommunalekonomisk utjämning m m', 'not 6', '3 106', '3 290', '3 416'],
        ['Finansiella intäkter', 'not 25', '764', '465', '486'],
        ['Finansiella kostnader', 'not 25', '–1 623', '–1 414', '–1 042'],
        ['Jämförelsestörande finansiella poster'],
        ['Resultat efter finansiella poster', null, '1 922', '561', '1 255'],
        ['Aktuell och uppskjuten skatt', null, '–193', '–137', '–60'],
        ['Minoritetsandel', null, '4', '9', '24'],
        ['Årets resultat', null, '1 733', '433', '1 219'],
      ],
    },
  ],
  sentences: [
    {
      id: 'gbk15-1',
      text: 'Koncernen Göteborgs Stad redovisade ett resultat på 1 219 mkr.',
      label: 'right',
      why: 'Årets resultat 2015 (sammanställd redovisning) = 1 219.',
      plants: [
        { text: 'Koncernen Göteborgs Stad redovisade ett resultat på 1 291 mkr.', kind: 'amount', why: '1 291 ≠ 1 219' },
        { text: 'Koncernen Göteborgs Stad redovisade ett negativt resultat på 1 219 mkr.', kind: 'sign', why: 'the result is +1 219' },
      ],
    },
    {
      id: 'gbk15-2',
      context: 'Koncernen Göteborgs Stad redovisade ett resultat på 1 219 mkr.',
      text: 'I förhållande till föregående år ökade resultatet med cirka 800 mkr.',
      label: 'right',
      why: '1 219 − 433 = 786: cirka 800.',
    },
  ],
};
