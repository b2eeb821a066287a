import type { CorpusReport } from '../types';

/**
 * Malmö stad, årsredovisning 2015 (kommunstyrelsen). Table "Prognosavvikelse, Mkr" from the
 * page Prognossäkerhet; sentences from Prognossäkerhet, Budgetutfall and Resultat.
 * Identities checked: Bokslut − Delårsrapp = Avvikelse on every row; the rows sum to ÅRETS
 * RESULTAT in each column (Bokslut: 67+96−11+15+13+176+11+10+6−18+0−42−51+12+279 = 563).
 */
/** The årsredovisning's prognosavvikelse table as printed; the delårsrapport's sentences are checked against it too. */
export const SHEETS_2015: CorpusReport['sheets'] = [
  {
    name: 'Prognossäkerhet',
    rows: [
      ['PROGNOSAVVIKELSE, MKR'],
      [null, 'Bokslut', 'Delårsrapp jan-aug', 'Avvikelse'],
      ['Servicenämnd', '67', '32', '35'],
      ['Kommunstyrelse', '96', '65', '31'],
      ['Ekonomiskt bistånd', '-11', '-10', '-1'],
      ['Stadsbyggnadsnämnd', '15', '6', '9'],
      ['Teknisk nämnd', '13', '8', '5'],
      ['Rea-/exploateringsvinster', '176', '151', '25'],
      ['Arb.markn. gymn o vux utb.nämnd', '11', '4', '7'],
      ['Grundskolenämnd', '10', '0', '10'],
      ['Förskolenämnd', '6', '0', '6'],
      ['Social resursnämnd, inkl pers ass', '-18', '-4', '-14'],
      ['Statsbidrag flyktingar', '0', '-6', '6'],
      ['Stadsområdesnämnder', '-42', '-41', '-1'],
      ['Hemlöshet (75 %)', '-51', '-40', '-11'],
      ['Övriga nämnder', '12', '8', '4'],
      ['Finansiering', '279', '143', '136'],
      ['ÅRETS RESULTAT', '563', '316', '247'],
    ],
  },
];

export const report: CorpusReport = {
  id: 'malmo-2015',
  municipality: 'Malmö',
  board: 'Kommunstyrelsen (Malmö stad)',
  report: 'Årsredovisning 2015',
  urls: [
    'http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/prognossakerhet/',
    'http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/budgetutfall/',
    'http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/resultat/',
    'http://www.mynewsdesk.com/se/malmo/pressreleases/bokslut-visar-paa-oeverskott-1308355',
  ],
  sheets: SHEETS_2015,
  sentences: [
    {
      id: 'm15-8',
      text: 'Malmö stads bokslut för 2015 redovisar ett överskott på 563 miljoner kronor.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Bokslut = 563 (the city’s press release on its bokslut, February 2016).',
      plants: [
        { text: 'Malmö stads bokslut för 2015 redovisar ett överskott på 653 miljoner kronor.', kind: 'amount', why: '653 ≠ 563' },
        { text: 'Malmö stads bokslut för 2015 redovisar ett underskott på 563 miljoner kronor.', kind: 'sign', why: 'the result is +563' },
      ],
    },
    {
      id: 'm15-9',
      context: 'Malmö stads bokslut för 2015 redovisar ett överskott på 563 miljoner kronor.',
      text: 'Av dessa är cirka 500 miljoner kronor ett resultat av engångsposter i form av bland annat vinster till följd av fastighetsförsäljningar och återbetalda avtalspremier.',
      label: 'right',
      why: 'One-off items are not rows of the table (left alone).',
    },
    {
      id: 'm15-10',
      text: 'Nämnderna som helhet redovisar ett positivt resultat på sammanlagt 284 miljoner kronor, men stadsområdesnämnderna redovisar alla ett underskott i förhållande till budget.',
      label: 'right',
      why: 'The boards together: 563 − 279 (Finansiering) = 284; Stadsområdesnämnder = −42, an underskott.',
    },
    {
      id: 'm15-11',
      text: 'Kostnaderna för ekonomiskt bistånd har under förra året minskat med cirka en procent, men redovisar ett underskott på drygt 10 miljoner kronor i förhållande till budget.',
      label: 'right',
      why: 'Ekonomiskt bistånd, Bokslut = −11 (whole Mkr): drygt 10 agrees; the one per cent fall is not in the table.',
      plants: [
        { text: 'Kostnaderna för ekonomiskt bistånd har under förra året minskat med cirka en procent, men redovisar ett underskott på drygt 20 miljoner kronor i förhållande till budget.', kind: 'amount', why: 'drygt 20 ≠ 11' },
      ],
    },
    {
      id: 'm15-7',
      text: 'Överförmyndarnämnden redovisar ett underskott mot budget om 1,6 Mkr, vilket motsvarar drygt 8 % av nämndens tilldelade kommunbidrag.',
      label: 'right',
      why: 'Överförmyndarnämnd is inside Övriga nämnder (+12), not a row of its own; its grant is not in the table (left alone).',
    },
    {
      id: 'm15-1',
      text: 'I samband med delårsrapporten för januari-augusti prognostiserades den totala budgetavvikelsen till +316 Mkr.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Delårsrapp jan-aug = 316.',
      plants: [
        { text: 'I samband med delårsrapporten för januari-augusti prognostiserades den totala budgetavvikelsen till +361 Mkr.', kind: 'amount', why: '361 ≠ 316' },
        { text: 'I samband med delårsrapporten för januari-augusti prognostiserades den totala budgetavvikelsen till +316 tkr.', kind: 'unit', why: '316 tkr = 0,3 Mkr ≠ 316 Mkr' },
      ],
    },
    {
      id: 'm15-2',
      context: 'Träffsäkerheten i prognostiserat resultat var lägre än tidigare år. I samband med delårsrapporten för januari-augusti prognostiserades den totala budgetavvikelsen till +316 Mkr.',
      text: 'Vi bokslutet uppgick den emellertid till +563 Mkr, vilket var en prognosavvikelse på 247 Mkr.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Bokslut = 563; 563 − 316 = 247 = Avvikelse.',
      place: 'beside',
      plants: [
        { text: 'Vi bokslutet uppgick den emellertid till +563 Mkr, vilket var en prognosavvikelse på 274 Mkr.', kind: 'amount', why: '274 ≠ 247' },
        { text: 'Vi bokslutet uppgick den emellertid till +536 Mkr, vilket var en prognosavvikelse på 247 Mkr.', kind: 'amount', why: '536 ≠ 563' },
      ],
    },
    {
      id: 'm15-3',
      text: 'Årets sammanlagda budgetavvikelse blev +563 Mkr.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Bokslut = 563 (the rows are budget deviations per board).',
      plants: [{ text: 'Årets sammanlagda budgetavvikelse blev -563 Mkr.', kind: 'sign', why: 'the table gives +563' }],
    },
    {
      id: 'm15-4',
      text: 'Denna har uppkommit i nämnderna som uppvisar en positiv avvikelse gentemot budget på sammanlagt 284 Mkr medan överskottet inom finansiering uppgick till sammanlagt 279 Mkr.',
      label: 'right',
      why: 'Finansiering, Bokslut = 279; the boards together 563 − 279 = 284.',
      place: 'below',
      plants: [
        { text: 'Denna har uppkommit i nämnderna som uppvisar en positiv avvikelse gentemot budget på sammanlagt 284 Mkr medan underskottet inom finansiering uppgick till sammanlagt 279 Mkr.', kind: 'sign', why: 'Finansiering is +279, a surplus' },
        { text: 'Denna har uppkommit i nämnderna som uppvisar en positiv avvikelse gentemot budget på sammanlagt 284 Mkr medan överskottet inom finansiering uppgick till sammanlagt 297 Mkr.', kind: 'amount', why: '297 ≠ 279' },
      ],
    },
    {
      id: 'm15-5',
      text: 'Kommunstyrelsen redovisar ett överskott för året om 96 Mkr, vilket motsvarar knappt 16 % av tilldelat kommunbidrag.',
      label: 'right',
      why: 'Kommunstyrelse, Bokslut = 96; the allocation is not in the table, so 16 % is not judged.',
      plants: [
        { text: 'Kommunstyrelsen redovisar ett underskott för året om 96 Mkr, vilket motsvarar knappt 16 % av tilldelat kommunbidrag.', kind: 'sign', why: 'Kommunstyrelse is +96' },
        { text: 'Kommunstyrelsen redovisar ett överskott för året om 69 Mkr, vilket motsvarar knappt 16 % av tilldelat kommunbidrag.', kind: 'amount', why: '69 ≠ 96' },
      ],
    },
    {
      id: 'm15-6',
      text: 'Årets resultat uppgick till +563 Mkr jämfört med -149 Mkr föregående år.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Bokslut = 563; last year’s −149 is not in this table (left alone).',
      plants: [{ text: 'Årets resultat uppgick till +653 Mkr jämfört med -149 Mkr föregående år.', kind: 'amount', why: '653 ≠ 563' }],
    },
  ],
};
