import type { CorpusReport } from '../types';
import { SHEETS_2017 } from './goteborg-2017';

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
  sheets: SHEETS_2017,
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
