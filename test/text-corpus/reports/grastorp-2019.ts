import type { CorpusReport } from '../types';

/**
 * Grästorps kommun, årsredovisning 2019: "Resultaträkning" (tkr; columns BUDGET 2019, 2019, 2018,
 * 2017) and "Ekonomin i sammandrag" (units in the row labels; the page is cut after
 * "Skatteintäkter mkr"), sentences from "Översikt över verksamhetens utveckling".
 * Identities: verksamhetens nettokostnader 2019 = 101 282 − 417 698 − 14 879 = −331 295;
 * verksamhetens resultat = −331 295 + 257 770 + 86 552 = 13 027; resultat efter finansiella poster
 * = 13 027 + 794 − 1 778 = 12 043; against budget 12 043 − 6 849 = 5 194; against 2018
 * 12 043 − 6 112 = 5 931; nettokostnader 331 295 / 326 492 − 1 = 1,47 %; skatter och bidrag
 * (257 770 + 86 552) / (251 162 + 81 948) − 1 = 3,37 %; finansnetto 794 − 1 778 = −984.
 * Kostnader inklusive avskrivning 417 698 + 14 879 = 432 577 (432,6 mkr as printed).
 */
export const report: CorpusReport = {
  id: 'grastorp-2019',
  municipality: 'Grästorp',
  board: 'Kommunstyrelsen (Grästorps kommun)',
  report: 'Årsredovisning 2019',
  urls: [
    'https://www.finansiellinfo.se/Grastorp_2019/Resultatrakning.html',
    'https://www.finansiellinfo.se/Grastorp_2019/Oversikt_over_verksamhetens_utveckling.html',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Belopp i tkr', 'Not', 'BUDGET\n2019', '2019', '2018', '2017'],
        ['Verksamhetens intäkter', '1', '102 946', '101 282', '106 965', '123 412'],
        ['Verksamhetens kostnader', '2', '– 423 231', '– 417 698', '– 419 995', '– 419 914'],
        ['Avskrivningar', '3', '– 14 991', '– 14 879', '– 13 462', '– 14 037'],
        ['VERKSAMHETENS NETTOKOSTNADER', null, '– 335 276', '– 331 295', '– 326 492', '– 310 539'],
        ['Skatteintäkter', '4', '257 951', '257 770', '251 162', '243 385'],
        ['Generella statsbidrag och utjämning', '5', '84 473', '86 552', '81 948', '81 204'],
        ['VERKSAMHETENS RESULTAT', null, '7 148', '13 027', '6 618', '14 050'],
        ['Finansiella intäkter', '6', '812', '794', '1 035', '701'],
        ['Finansiella kostnader', '7', '– 1 111', '– 1 778', '– 1 541', '– 1 632'],
        ['RESULTAT EFTER FINANSIELLA POSTER', null, '6 849', '12 043', '6 112', '13 119'],
        ['Extraordinära poster'],
        ['ÅRETS RESULTAT', null, '6 849', '12 043', '6 112', '13 119'],
      ],
    },
    {
      name: 'Ekonomin i sammandrag',
      rows: [
        ['NYCKELTAL'],
        [null, '2019', '2018', '2017', '2016', '2015'],
        ['Antal invånare 31 december', '5 693', '5 731', '5 750', '5 721', '5 644'],
        ['förändring under året', '– 38', '– 19', '29', '77', '14'],
        ['Verksamhetens'],
        ['kostnader, inklusive avskrivning mkr', '432,6', '433,5', '433,9', '426,2', '377,4'],
        ['intäkter mkr', '101,3', '107,0', '123,4', '126,2', '94,7'],
        ['nettokostnader mkr', '331,3', '326,5', '310,5', '300,0', '282,7'],
        ['nettokostnader/invånare kr', '58 193', '56 966', '54 007', '52 438', '50 096'],
        ['Nettoinvesteringar mkr', '37,5', '29,2', '48,5', '17,4', '18,9'],
        ['Nettoinvesteringar/invånare kr', '6 594', '5 105', '8 428', '3 044', '3 352'],
        ['Utdebitering %', '21,57', '21,57', '21,57', '21,57', '21,57'],
      ],
    },
  ],
  sentences: [
    {
      id: 'gr19-1',
      text: 'Årets resultat blev 12,0 mkr, vilket motsvarade 2 115 kronor per invånare.',
      label: 'right',
      why: 'ÅRETS RESULTAT 2019 = 12 043 tkr; 12 043 000 / 5 693 invånare = 2 115 kr.',
      plants: [
        { text: 'Årets resultat blev 21,0 mkr, vilket motsvarade 2 115 kronor per invånare.', kind: 'amount', why: '21,0 ≠ 12,043' },
        { text: 'Årets resultat blev 12,0 tkr, vilket motsvarade 2 115 kronor per invånare.', kind: 'unit', why: '12,0 tkr ≠ 12 043 tkr' },
      ],
    },
    {
      id: 'gr19-2',
      context: 'Årets resultat blev 12,0 mkr, vilket motsvarade 2 115 kronor per invånare.',
      text: 'Resultatet var 5,2 mkr högre än budget.',
      label: 'right',
      why: '12 043 − 6 849 = 5 194 tkr.',
      plants: [
        { text: 'Resultatet var 2,5 mkr högre än budget.', kind: 'amount', why: '2,5 ≠ 5,194' },
        { text: 'Resultatet var 5,2 mkr lägre än budget.', kind: 'sign', why: 'the result is above its budget' },
      ],
    },
    {
      id: 'gr19-3',
      context: 'Årets resultat blev 12,0 mkr, vilket motsvarade 2 115 kronor per invånare. Resultatet var 5,2 mkr högre än budget.',
      text: 'Jämfört med 2018 var det en förbättring med 5,9 mkr.',
      label: 'right',
      why: '12 043 − 6 112 = 5 931 tkr.',
      plants: [{ text: 'Jämfört med 2018 var det en förbättring med 9,5 mkr.', kind: 'amount', why: '9,5 ≠ 5,931' }],
    },
    {
      id: 'gr19-4',
      text: 'Den procentuella ökningen av nettokostnaderna på 1,5 procent var lägre än ökningen av skatte- och bidragsintäkterna, som ökade med 3,4 procent jämfört med 2018.',
      label: 'right',
      why: 'Nettokostnader 331 295 / 326 492 − 1 = 1,47 %; skatter och bidrag 344 322 / 333 110 − 1 = 3,37 %.',
      plants: [
        {
          text: 'Den procentuella ökningen av nettokostnaderna på 4,5 procent var lägre än ökningen av skatte- och bidragsintäkterna, som ökade med 3,4 procent jämfört med 2018.',
          kind: 'percent',
          why: '4,5 ≠ 1,47',
        },
      ],
    },
    {
      id: 'gr19-5',
      text: 'Investeringsvolymen var 37,5 mkr netto.',
      label: 'right',
      why: 'Nettoinvesteringar mkr 2019 = 37,5.',
    },
    {
      id: 'gr19-6',
      text: 'Finansnettot var sämre än 2018 och belastade kommunens resultat med cirka 1,0 mkr.',
      label: 'right',
      why: 'Finansiella intäkter 794 + finansiella kostnader −1 778 = −984 tkr (2018: 1 035 − 1 541 = −506); no finansnetto row.',
    },
  ],
};
