import type { CorpusReport } from '../types';

/**
 * Göteborgs Stad, årsredovisning 2014: "Snabbfakta" (2012, 2013, 2014; each block a measure with
 * its unit in the heading, rows Kommunen / Bolagen / Sammanställd redovisning), sentences about the
 * kommun from "Sammanfattande finansiell analys".
 * Kommunen 2013 9 595 includes the extraordinary gain of that year (the analysis: 898 mkr without
 * extraordinary items). Investeringar kommunen 2014 2 190 against 2013 2 399.
 */
export const report: CorpusReport = {
  id: 'goteborg-2014-snabbfakta',
  municipality: 'Göteborg',
  board: 'Kommunstyrelsen (Göteborgs Stad)',
  report: 'Årsredovisning 2014',
  urls: [
    'http://arsredovisning.goteborg.se/2014/ovrigt/snabbfakta/',
    'http://arsredovisning.goteborg.se/2014/block-1-forvaltningsberattelse/sammanfattande-finansiell-analys/',
  ],
  sheets: [
    {
      name: 'Snabbfakta',
      rows: [
        ['Snabbfakta'],
        [null, '2012', '2013', '2014'],
        ['Folkmängd 31/12', '526 089', '533 271', '541 145'],
        ['Primärkommunal skattesats (%)', '21,12', '21,12', '21,12'],
        [],
        ['ÅRETS RESULTAT (mkr)'],
        ['Kommunen', '669', '9 595', '392'],
        ['Bolagen', '2 301', '847', '39*'],
        ['Sammanställd redovisning', '2 934', '1 733', '433'],
        [],
        ['INVESTERINGAR exkl investeringsinkomster (mkr)'],
        ['Kommunen', '2 498', '2 399', '2 190'],
        ['Sammanställd redovisning', '7 244', '6 647', '6 248'],
        [],
        ['INTÄKTER (mkr)'],
        ['Kommunen', '32 403', '33 472', '34 703'],
        ['Sammanställd redovisning', '47 201', '48 230', '48 470'],
        [],
        ['BALANSOMSLUTNING (mkr)'],
        ['Kommunen', '42 483', '51 460', '57 732'],
        ['Sammanställd redovisning', '78 096', '81 074', '81 468'],
        [],
        ['SOLIDITET (%)'],
        ['Kommunen', '20', '35', '32'],
        ['Sammanställd redovisning', '29', '30', '30'],
        [],
        ['* Se Finansiell analys för ytterligare information.'],
      ],
    },
  ],
  sentences: [
    {
      id: 'gbs14-1',
      text: 'Göteborgs kommun redovisade 2014 ett resultat på 392 mkr.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Kommunen 2014 = 392.',
      plants: [{ text: 'Göteborgs kommun redovisade 2014 ett resultat på 329 mkr.', kind: 'amount', why: '329 ≠ 392' }],
    },
    {
      id: 'gbs14-2',
      text: 'Göteborgs kommuns samlade investeringsvolym uppgick under 2014 till 2 190 mkr vilket var ungefär samma nivå som under 2013.',
      label: 'right',
      why: 'INVESTERINGAR, Kommunen 2014 = 2 190 (2013: 2 399).',
      plants: [{ text: 'Göteborgs kommuns samlade investeringsvolym uppgick under 2014 till 2 910 mkr vilket var ungefär samma nivå som under 2013.', kind: 'amount', why: '2 910 ≠ 2 190' }],
    },
  ],
};
