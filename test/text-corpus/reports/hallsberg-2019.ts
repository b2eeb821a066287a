import type { CorpusReport } from '../types';

/**
 * Hallsbergs kommun, årsredovisning 2019: Resultaträkning and Balanskravsutredning (page
 * Resultaträkning) and the sentences of "Resultat och kapacitet".
 * Identities: Avvikelse = Utfall 2019 − Budget 2019 on every row (42 − 15 = 27);
 * −872 + 705 + 212 = 45; 45 + 3 − 6 = 42. Balanskrav 2019: 42 − 0 = 42; 42 − 15 = 27.
 * (As printed, 2018: 29 − 0 ≠ 28.)
 */
export const report: CorpusReport = {
  id: 'hallsberg-2019',
  municipality: 'Hallsberg',
  board: 'Kommunstyrelsen (Hallsbergs kommun)',
  report: 'Årsredovisning 2019',
  urls: ['https://www.finansiellinfo.se/Hallsberg_2019/Resultatrakning.html', 'https://finansiellinfo.se/Hallsberg_2019/Resultat_och_kapacitet.html'],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Belopp i mnkr', 'Not', 'Utfall\n2019', 'Utfall\n2018', 'Budget\n2019', 'Avvikelse', 'Koncern\n2019', 'Koncern\n2018'],
        ['Verksamhetens intäkter', '1', '269', '522', '300', '− 31', '475', '732'],
        ['Verksamhetens kostnader', '2', '− 1 116', '− 1 344', '− 1 149', '33', '− 1 303', '− 1 535'],
        ['Avskrivningar', '3', '− 25', '− 31', '− 35', '10', '− 47', '− 50'],
        ['Verksamhetens nettokostnader', null, '− 872', '− 853', '− 884', '12', '− 875', '− 853'],
        [null],
        ['Skatteintäkter', '4', '705', '683', '705', '0', '705', '683'],
        ['Generella statsbidrag och utjämning', '5', '212', '203', '204', '8', '212', '203'],
        ['Verksamhetens resultat', null, '45', '33', '25', '20', '42', '33'],
        [null],
        ['Finansiella intäkter', '6', '3', '4', '1', '2', '3', '4'],
        ['Finansiella kostnader', '7', '− 6', '− 8', '− 11', '5', '− 10', '− 9'],
        ['Resultat efter finansiella poster', null, '42', '29', '15', '27', '35', '28'],
        ['Extraordinära poster (netto)'],
        ['Årets resultat', null, '42', '29', '15', '27', '35', '28'],
        [null],
        [null],
        ['BALANSKRAVSUTREDNING'],
        ['Belopp i mnkr', 'Utfall\n2019', 'Utfall\n2018'],
        ['Årets resultat enligt resultaträkningen', '42', '29'],
        ['Avgår: realisationsvinster, mark, byggnader och tekniska anläggningar', '0', '0'],
        ['Avgår: realisationsvinster, maskiner och inventarier', '0', '0'],
        ['Avgår: realisationsvinster, aktier och andelar', '0', '0'],
        ['Årets resultat efter balanskravsjusteringar', '42', '28'],
        ['Reservering till resultatutjämningsreserv (RUR)', '− 15', '− 5'],
        ['Balanskravsresultat', '27', '23'],
      ],
    },
  ],
  sentences: [
    {
      id: 'h19-1',
      text: 'Årets resultat för kommunen uppgick till 42 mnkr, vilket var 27 mnkr bättre än budgeterat.',
      label: 'right',
      why: 'Årets resultat, Utfall 2019 = 42; Avvikelse = 27 (42 − 15).',
      plants: [
        { text: 'Årets resultat för kommunen uppgick till 24 mnkr, vilket var 27 mnkr bättre än budgeterat.', kind: 'amount', why: '24 ≠ 42' },
        { text: 'Årets resultat för kommunen uppgick till 42 mnkr, vilket var 27 mnkr sämre än budgeterat.', kind: 'sign', why: 'the result beat the budget by 27' },
      ],
    },
    {
      id: 'h19-2',
      text: 'För kommunkoncernen var resultatet 35 mnkr.',
      label: 'right',
      why: 'Årets resultat, Koncern 2019 = 35.',
      plants: [{ text: 'För kommunkoncernen var resultatet 53 mnkr.', kind: 'amount', why: '53 ≠ 35' }],
    },
    {
      id: 'h19-3',
      text: 'Kommunens resultat blev ett överskott på 42 mnkr jämfört med det budgeterade resultatet på 15 mnkr.',
      label: 'right',
      why: 'Årets resultat: Utfall 2019 = 42, Budget 2019 = 15.',
      place: 'beside',
      plants: [
        { text: 'Kommunens resultat blev ett överskott på 42 mnkr jämfört med det budgeterade resultatet på 51 mnkr.', kind: 'amount', why: 'the budget was 15' },
        { text: 'Kommunens resultat blev ett underskott på 42 mnkr jämfört med det budgeterade resultatet på 15 mnkr.', kind: 'sign', why: 'the result is +42' },
      ],
    },
    {
      id: 'h19-4',
      text: 'Årets resultat för kommunkoncernen uppgick till 35 mnkr, vilket var 7 mnkr bättre än 2018.',
      label: 'right',
      why: 'Koncern 2019 = 35; 35 − 28 = 7.',
      plants: [{ text: 'Årets resultat för kommunkoncernen uppgick till 35 mnkr, vilket var 17 mnkr bättre än 2018.', kind: 'amount', why: '35 − 28 = 7' }],
    },
    {
      id: 'h19-5',
      text: 'Årets resultat efter balanskravsjusteringar uppgick till 42,4 mnkr.',
      label: 'right',
      why: 'Printed 42 (no decimals): 42,4 rounds to it.',
      place: 'below',
      plants: [{ text: 'Årets resultat efter balanskravsjusteringar uppgick till 44,4 mnkr.', kind: 'amount', why: '44,4 does not round to 42' }],
    },
    {
      id: 'h19-6',
      text: 'Efter årets reservering till resultatutjämningsreserven, RUR, uppgick årets resultat till 36,4 mnkr.',
      label: 'wrong',
      why: 'The table reserves 15 mnkr: 42 − 15 = 27 = Balanskravsresultat, not 36,4 (and Årets resultat is 42).',
    },
    {
      id: 'h19-7',
      text: 'Resultatet påverkades av realisationsvinster med 0,1 mnkr.',
      label: 'right',
      why: 'The realisationsvinster rows print 0; 0,1 mnkr rounds to that.',
    },
  ],
};
