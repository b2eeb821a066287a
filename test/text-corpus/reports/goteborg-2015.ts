import type { CorpusReport } from '../types';
import { SHEETS_2017 } from './goteborg-2017';

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
  sheets: SHEETS_2017,
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
