import type { CorpusReport } from '../types';

/**
 * Nynäshamns kommun, årsredovisning 2021: Resultaträkning (tkr, kommun and koncern) and the
 * Driftredovisning per nämnd (mnkr, transcribed to "Summa nämnder"); sentences from
 * "Årsredovisningen på fem minuter", "Översikt över verksamhetens utveckling" and "Drift- och
 * investeringsredovisning".
 * Identities: kommun 2021: 408 653 − 1 930 976 − 87 453 = −1 609 776; +1 336 927 + 382 928 =
 * 110 080; +4 271 − 7 304 = 107 046. Driftredovisning: resultat = bidrag + intäkter − kostnader
 * (Kommunstyrelsen 224,1 + 255,8 − 448,0 = 31,9); the boards sum to 39,1.
 */
export const report: CorpusReport = {
  id: 'nynashamn-2021',
  municipality: 'Nynäshamn',
  board: 'Kommunstyrelsen (Nynäshamns kommun)',
  report: 'Årsredovisning 2021',
  urls: [
    'https://www.finansiellinfo.se/Nynashamn-2021/Resultatrakning.html',
    'https://www.finansiellinfo.se/Nynashamn-2021/Arsredovisningen-pa-fem-minuter.html',
    'https://www.finansiellinfo.se/Nynashamn-2021/Oversikt-over-verksamhetens-utveckling.html',
    'https://www.finansiellinfo.se/Nynashamn-2021/Drift-och-investeringsredovisning.html',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['TKR', null, 'KOMMUN', null, 'KONCERN', null],
        [null, 'NOT', '12/31/2021', '12/31/2020', '12/31/2021', '12/31/2020'],
        ['Verksamhetens intäkter', '2', '408 653', '444 112', '587 780', '619 255'],
        ['Verksamhetens kostnader', '3', '– 1 930 976', '– 1 867 968', '– 2 051 062', '– 1 980 371'],
        ['Avskrivningar', '5', '– 87 453', '– 75 659', '– 126 273', '– 114 701'],
        ['Verksamhetens nettokostnader', null, '– 1 609 776', '– 1 499 514', '– 1 589 554', '– 1 475 816'],
        ['Skatteintäkter', '6', '1 336 927', '1 263 926', '1 336 927', '1 263 926'],
        ['Generella statsbidrag och utjämning', '7', '382 928', '343 654', '382 928', '343 654'],
        ['Verksamhetens resultat', null, '110 080', '108 066', '130 301', '131 764'],
        ['Finansiella intäkter', '8', '4 271', '3 678', '4 288', '3 755'],
        ['Finansiella kostnader', '9', '– 7 304', '– 14 973', '– 13 660', '– 22 783'],
        ['Resultat efter finansiella poster', null, '107 046', '96 770', '120 929', '112 735'],
        ['Extraordinära poster', null, '0', '0', '0', '0'],
        ['Årets resultat', '10', '107 046', '96 770', '120 929', '112 735'],
      ],
    },
    {
      name: 'Fem år i sammandrag',
      rows: [
        ['KOMMUNKONCERNEN – FEM ÅR I SAMMANDRAG'],
        ['KOMMUNKONCERNEN RESULTATRÄKNING, TKR', '2017', '2018', '2019', '2020', '2021'],
        ['Skatteintäkter', '1 183 252', '1 223 706', '1 255 926', '1 263 926', '1 336 927'],
        ['Generella statsbidrag, skatteutjämning', '241 492', '250 036', '268 110', '343 654', '382 928'],
        ['Verksamhetens intäkter', '526 226', '671 822', '566 257', '619 255', '587 780'],
        ['Summa intäkter', '1 950 970', '2 145 564', '2 090 293', '2 226 835', '2 307 635'],
        [null],
        ['Verksamhetens kostnader', '– 1 822 142', '– 2 003 659', '– 1 959 780', '– 1 980 371', '– 2 051 062'],
        ['Avskrivningar', '– 87 353', '– 97 392', '– 102 022', '– 114 701', '– 126 273'],
        ['Finansiella intäkter och kostnader', '– 11 346', '– 9 801', '– 7 394', '– 19 028', '– 9 372'],
      ],
    },
    {
      name: 'Driftredovisning',
      rows: [
        ['DRIFTREDOVISNING'],
        [
          'NÄMND/FÖRVALTNING MNKR',
          'SKATTE-\nINTÄKTER OCH GE-\nNERELLA BIDRAG (NÄMND-\nBIDRAG)',
          'VERKSAMHETS-\nINTÄKTER (ÖVRIGA INTÄKTER OCH BIDRAG)',
          'VERKSAM-\nHETENS KOS-\nTNADER',
          'RESULTAT',
          'BUDGE-\nTERAT RESULTAT',
          'AVVIKELSE MOT BUDGET (RESULTAT)',
          'JUSTE-\nRING BALANS-\nKRAV',
          'BALANS-\nKRAVS-\nRESULTAT',
        ],
        ['Kommunstyrelsen', '224,1', '255,8', '– 448,0', '31,9', '0,0', '31,9', '– 30,7', '1,3'],
        ['varav mark och exploatering', '12,2', '37,6', '– 24,2', '25,6', '0,0', '25,6', '– 30,7', '– 5,0'],
        ['Samhällsbyggnadsnämnden', '61,1', '132,9', '– 191,8', '2,2', '0,0', '2,2', '0,0', '2,2'],
        ['varav vatten och avlopp', null, '86,9', '– 86,4', '0,4', '0,0', '0,4', '0,0', '0,4'],
        ['Kultur- och fritidsnämnden', '56,2', '2,9', '– 56,3', '2,8', '0,0', '2,8', '0,0', '2,8'],
        ['Barn- och utbildningsnämnden', '554,1', '115,8', '– 677,9', '– 8,0', '0,0', '– 8,0', '0,0', '– 8,0'],
        ['Socialnämnden', '555,6', '91,7', '– 638,1', '9,3', '0,0', '9,3', '0,0', '9,3'],
        ['Näringslivs- och arbetsmarknadsnämnden', '161,9', '65,5', '– 226,6', '0,9', '0,0', '0,9', '0,0', '0,9'],
        ['Summa nämnder', '1 613,1', '664,7', '– 2 238,7', '39,1', '0,0', '39,1', '– 30,7', '8,9'],
      ],
    },
  ],
  sentences: [
    {
      id: 'ny21-7',
      context: 'Kommunkoncernens starka resultat 2021 på 120,9 miljoner kronor beror till stor del på högre skatteintäkter och generella bidrag än förväntat.',
      text: 'Årets starka resultat innebär också att koncernen har kunnat finansiera 79 procent av investeringar med egna medel och kommunen har en egenfinansieringsgrad på över 100 procent, vilket innebär att kommunen inte behövt låna pengar till årets investeringar.',
      label: 'right',
      why: 'Investments and self-financing are not in the tables (left alone).',
    },
    {
      id: 'ny21-6',
      text: 'Kommunkoncernens starka resultat 2021 på 120,9 miljoner kronor beror till stor del på högre skatteintäkter och generella bidrag än förväntat.',
      label: 'right',
      why: 'Årets resultat, KONCERN 12/31/2021 = 120 929 tkr.',
      plants: [
        { text: 'Kommunkoncernens starka resultat 2021 på 102,9 miljoner kronor beror till stor del på högre skatteintäkter och generella bidrag än förväntat.', kind: 'amount', why: '102,9 ≠ 120,9' },
        { text: 'Kommunkoncernens starka resultat 2021 på 120,9 tkr beror till stor del på högre skatteintäkter och generella bidrag än förväntat.', kind: 'unit', why: '120,9 tkr ≠ 120 929 tkr' },
      ],
    },
    {
      id: 'ny21-5',
      text: 'Avskrivningar (värdeminskning av tillgångar) har ökat med drygt 11 miljoner kronor och utgör en allt större andel av verksamhetens kostnader både för kommunkoncernen som helhet och kommunen, vilket beror på ökade investeringsnivåer under de senaste fem åren.',
      label: 'right',
      why: 'Koncern: 126 273 − 114 701 = 11 572 tkr; kommun: 87 453 − 75 659 = 11 794 tkr — both drygt 11 miljoner.',
      plants: [{ text: 'Avskrivningar (värdeminskning av tillgångar) har ökat med drygt 21 miljoner kronor och utgör en allt större andel av verksamhetens kostnader både för kommunkoncernen som helhet och kommunen, vilket beror på ökade investeringsnivåer under de senaste fem åren.', kind: 'amount', why: 'the increase is 11,6 miljoner' }],
    },
    {
      id: 'ny21-1',
      text: 'Den kommunala koncernen redovisade ett resultat på 120,9 miljoner kronor för 2021 (112,7 miljoner kronor 2020), varav kommunens resultat uppgick till 107,0 miljoner kronor (96,8 miljoner kronor 2020).',
      label: 'right',
      why: 'Årets resultat: koncern 2021 = 120 929, 2020 = 112 735; kommun 2021 = 107 046, 2020 = 96 770 (tkr).',
      plants: [
        { text: 'Den kommunala koncernen redovisade ett resultat på 129,0 miljoner kronor för 2021 (112,7 miljoner kronor 2020), varav kommunens resultat uppgick till 107,0 miljoner kronor (96,8 miljoner kronor 2020).', kind: 'amount', why: '129,0 ≠ 120,9' },
        { text: 'Den kommunala koncernen redovisade ett resultat på 120,9 miljoner kronor för 2021 (112,7 miljoner kronor 2020), varav kommunens resultat uppgick till 170,0 miljoner kronor (96,8 miljoner kronor 2020).', kind: 'amount', why: '170,0 ≠ 107,0' },
        { text: 'Den kommunala koncernen redovisade ett resultat på 120,9 miljoner kronor för 2021 (112,7 miljoner kronor 2020), varav kommunens resultat uppgick till 107,0 miljoner kronor (69,8 miljoner kronor 2020).', kind: 'amount', why: '2020 was 96 770 tkr' },
      ],
    },
    {
      id: 'ny21-2',
      text: 'Skatteintäkter och generella bidrag ökade med 112,2 miljoner kronor 2021 jämfört med 2020, vilket kan jämföras med snittet 2017–2020 på årlig ökning om 59 miljoner kronor.',
      label: 'right',
      why: '(1 336 927 + 382 928) − (1 263 926 + 343 654) = 112 275 tkr; the 2017–2020 average is not in the table.',
    },
    {
      id: 'ny21-3',
      text: 'Inklusive extra tilldelade medel på totalt 46,6 miljoner kronor under 2021 redovisade nämnderna ett positivt resultat på totalt 39,1 miljoner kronor för året.',
      label: 'right',
      why: 'Summa nämnder, RESULTAT = 39,1 (the 46,6 is in the finance rows after Summa nämnder, not transcribed).',
      plants: [
        { text: 'Inklusive extra tilldelade medel på totalt 46,6 miljoner kronor under 2021 redovisade nämnderna ett positivt resultat på totalt 93,1 miljoner kronor för året.', kind: 'amount', why: '93,1 ≠ 39,1' },
        { text: 'Inklusive extra tilldelade medel på totalt 46,6 miljoner kronor under 2021 redovisade nämnderna ett negativt resultat på totalt 39,1 miljoner kronor för året.', kind: 'sign', why: 'the boards’ result is +39,1' },
      ],
    },
    {
      id: 'ny21-4',
      text: 'Räknas dessa intäkter bort, redovisade nämnderna ett samlat resultat på 8,9 miljoner kronor, det vill säga nämndernas del av det så kallade balanskravsresultatet.',
      label: 'right',
      why: 'Summa nämnder, BALANSKRAVSRESULTAT = 8,9.',
      place: 'below',
      plants: [{ text: 'Räknas dessa intäkter bort, redovisade nämnderna ett samlat resultat på 9,8 miljoner kronor, det vill säga nämndernas del av det så kallade balanskravsresultatet.', kind: 'amount', why: '9,8 ≠ 8,9' }],
    },
  ],
};
