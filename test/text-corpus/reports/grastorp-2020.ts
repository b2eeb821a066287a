import type { CorpusReport } from '../types';

/**
 * Grästorps kommun, årsredovisning 2020: "Resultaträkning" (tkr; columns BUDGET 2020, 2020, 2019,
 * 2018) and "Ekonomin i sammandrag" (units in the row labels; the page is cut after "Totala
 * tillgångar/invånare"), sentences from "Översikt över verksamhetens utveckling".
 * Identities: verksamhetens resultat 2020 = −336 171 + 265 699 + 96 796 = 26 324; resultat efter
 * finansiella poster = 26 324 + 781 + 20 = 27 125; against budget 27 125 − 8 935 = 18 190;
 * against 2019 27 125 − 12 043 = 15 082; nettokostnader 336 171 / 331 295 − 1 = 1,47 %;
 * skatter och bidrag (265 699 + 96 796) / (257 770 + 86 552) − 1 = 5,28 %; finansnetto 781 + 20 = 801.
 */
export const report: CorpusReport = {
  id: 'grastorp-2020',
  municipality: 'Grästorp',
  board: 'Kommunstyrelsen (Grästorps kommun)',
  report: 'Årsredovisning 2020',
  urls: [
    'https://www.finansiellinfo.se/Grastorp_2020/Resultatrakning.html',
    'https://www.finansiellinfo.se/Grastorp_2020/Oversikt_over_verksamhetens_utveckling.html',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Belopp i tkr', 'Not', 'BUDGET\n2020', '2020', '2019', '2018'],
        ['Verksamhetens intäkter', '1', '97 668', '107 793', '101 282', '106 965'],
        ['Verksamhetens kostnader', '2', '– 429 783', '– 428 525', '– 417 698', '– 419 995'],
        ['Avskrivningar', '3', '– 16 095', '– 15 439', '– 14 879', '– 13 462'],
        ['VERKSAMHETENS NETTOKOSTNADER', null, '– 348 210', '– 336 171', '– 331 295', '– 326 492'],
        ['Skatteintäkter', '4', '269 757', '265 699', '257 770', '251 162'],
        ['Generella statsbidrag och utjämning', '5', '87 616', '96 796', '86 552', '81 948'],
        ['VERKSAMHETENS RESULTAT', null, '9 163', '26 324', '13 027', '6 618'],
        ['Finansiella intäkter', '6', '656', '781', '794', '1 035'],
        ['Finansiella kostnader', '7', '– 884', '20', '– 1 778', '– 1 541'],
        ['RESULTAT EFTER FINANSIELLA POSTER', null, '8 935', '27 125', '12 043', '6 112'],
        ['Extraordinära poster'],
        ['ÅRETS RESULTAT', null, '8 935', '27 125', '12 043', '6 112'],
      ],
    },
    {
      name: 'Ekonomin i sammandrag',
      rows: [
        ['NYCKELTAL'],
        [null, '2020', '2019', '2018', '2017', '2016'],
        ['Antal invånare 31 dec', '5 685', '5 693', '5 731', '5 750', '5 721'],
        ['förändring under året', '– 8', '– 38', '– 19', '29', '77'],
        ['Verksamhetens'],
        ['kostnader, inkl avskrivning mkr', '428,5', '417,7', '433,5', '433,9', '426,2'],
        ['intäkter mkr', '107,8', '101,3', '107,0', '123,4', '126,2'],
        ['nettokostnader mkr', '336,2', '331,3', '326,5', '310,5', '300,0'],
        ['nettokostnader/invånare kr', '59 133', '58 193', '56 966', '54 007', '52 438'],
        ['Nettoinvesteringar mkr', '78,6', '37,5', '29,2', '48,5', '17,4'],
        ['Nettoinvesteringar/invånare kr', '13 832', '6 594', '5 105', '8 428', '3 044'],
        ['Utdebitering %', '21,99', '21,57', '21,57', '21,57', '21,57'],
        ['Skatteintäkter mkr', '265,7', '258,0', '251,2', '243,4', '231,6'],
        ['Totala tillgångar mkr', '477,9', '406,4', '398,3', '361,2', '331,2'],
        ['Totala tillgångar/invånare kr', '84 013', '71 379', '69 506', '62 810', '57 890'],
      ],
    },
  ],
  sentences: [
    {
      id: 'gr20-1',
      text: 'Årets resultat blev 27,1 mkr, vilket motsvarade 4 771 kronor per invånare.',
      label: 'right',
      why: 'ÅRETS RESULTAT 2020 = 27 125 tkr; 27 125 000 / 5 685 invånare = 4 771 kr.',
      plants: [
        { text: 'Årets resultat blev 21,7 mkr, vilket motsvarade 4 771 kronor per invånare.', kind: 'amount', why: '21,7 ≠ 27,125' },
        { text: 'Årets resultat blev 27,1 tkr, vilket motsvarade 4 771 kronor per invånare.', kind: 'unit', why: '27,1 tkr ≠ 27 125 tkr' },
      ],
    },
    {
      id: 'gr20-2',
      context: 'Årets resultat blev 27,1 mkr, vilket motsvarade 4 771 kronor per invånare.',
      text: 'Resultatet var 18,2 mkr högre än budgeterat.',
      label: 'right',
      why: '27 125 − 8 935 = 18 190 tkr.',
      plants: [{ text: 'Resultatet var 12,8 mkr högre än budgeterat.', kind: 'amount', why: '12,8 ≠ 18,19' }],
    },
    {
      id: 'gr20-3',
      text: 'Jämfört med 2019 ökade resultatet med 15,1 mkr.',
      label: 'right',
      why: '27 125 − 12 043 = 15 082 tkr.',
      plants: [
        { text: 'Jämfört med 2019 ökade resultatet med 51,1 mkr.', kind: 'amount', why: '51,1 ≠ 15,082' },
        { text: 'Jämfört med 2019 minskade resultatet med 15,1 mkr.', kind: 'sign', why: 'the result rose' },
      ],
    },
    {
      id: 'gr20-4',
      text: 'Nettokostnadernas ökning på 1,5 procent var lägre än ökningen av skatte- och bidragsintäkterna, som ökade med 5,3 procent jämfört med 2019.',
      label: 'right',
      why: 'Nettokostnader 336 171 / 331 295 − 1 = 1,47 %; skatter och bidrag 362 495 / 344 322 − 1 = 5,28 %.',
    },
    {
      id: 'gr20-5',
      text: 'Investeringarna uppgick till 78,6 mkr netto.',
      label: 'right',
      why: 'Nettoinvesteringar mkr 2020 = 78,6.',
      plants: [{ text: 'Investeringarna uppgick till 87,6 mkr netto.', kind: 'amount', why: '87,6 ≠ 78,6' }],
    },
    {
      id: 'gr20-6',
      text: 'Finansnettot var positivt och bidrog med 0,8 mkr till kommunens resultat.',
      label: 'right',
      why: 'Finansiella intäkter 781 + finansiella kostnader 20 = 801 tkr (no finansnetto row).',
    },
  ],
};
