import type { CorpusReport } from '../types';

/**
 * Nynäshamns kommun, årsredovisning 2020: "Driftredovisning" (tkr, per nämnd, with the finance
 * administration and the reconciliation to the resultaträkning) on "Drift- och
 * investeringsredovisning", and the sentence on the board under it.
 * Identities: resultat = nämndbidrag + intäkter + kostnader (Kommunstyrelsen 206 097 + 35 359 −
 * 230 105 = 11 351, printed 11 350); avvikelse = resultat − budgeterat resultat (Miljö- och
 * samhällsbyggnadsnämnden −17 572 − (−4 491) = −13 081, printed −13 082); the boards sum to
 * −11 788 (11 350 − 17 572 + 529 − 6 628 + 533 = −11 788); Nynäshamns kommun −11 788 + 108 559 =
 * 96 771, printed 96 770. (The printed last digits differ by one from our sums: rounding of tkr.)
 */
export const report: CorpusReport = {
  id: 'nynashamn-2020',
  municipality: 'Nynäshamn',
  board: 'Kommunstyrelsen (Nynäshamns kommun)',
  report: 'Årsredovisning 2020',
  urls: ['https://www.finansiellinfo.se/Nynashamn-2020/Drift-och-investeringsredovisning.html'],
  sheets: [
    {
      name: 'Driftredovisning',
      rows: [
        ['Driftredovisning'],
        [
          'tkr Nämnd eller förvaltning',
          'Skatteintäkter och generella bidrag (nämndbidrag)',
          'Verksamhetens intäkter (övriga intäkter och bidrag)',
          'Verksamhetens kostnader',
          'Resultat',
          'Budgeterat resultat',
          'Avvikelse mot budget (resultat)',
        ],
        ['Kommunstyrelsen', '206 097', '35 359', '– 230 105', '11 350', '0', '11 350'],
        ['varav mark och exploatering', '11 737', '14 807', '– 25 138', '1 406', '0', '1 405'],
        ['Miljö- och samhällsbyggnadsnämnden', '69 947', '324 212', '– 411 732', '– 17 572', '– 4 491', '– 13 082'],
        ['varav vatten och avlopp', null, '76 590', '– 85 092', '– 8 502', '– 4 499', '– 4 003'],
        ['Kultur- och fritidsnämnden', '51 510', '3 992', '– 54 973', '529', '0', '529'],
        ['Barn- och utbildningsnämnden', '682 150', '146 975', '– 835 753', '– 6 628', '0', '– 6 628'],
        ['Socialnämnden', '537 800', '84 749', '– 622 016', '533', '0', '533'],
        ['Summa nämnder', '1 547 504', '595 287', '– 2 154 579', '– 11 788', '– 4 491', '– 7 298'],
        ['Finansförvaltningen (kommungemensamma poster)'],
        ['Intäkter'],
        ['Skatteintäkter och generella bidrag', '1 607 580'],
        ['Övriga intäkter', null, '137 196'],
        ['Kostnader'],
        ['Intern nämndbidragsfördelning', '– 1 547 504'],
        ['Kommungemensamma, räntor, pension m m', null, null, '– 88 714'],
        ['Summa finansförvaltningen', '60 076', '137 196', '– 88 714', '108 559', '32 000', '76 559'],
        ['Justeringar kommuninterna transaktioner', null, '– 288 371', '288 371'],
        ['Nynäshamns kommun (resultaträkning)', '1 607 580', '444 112', '– 1 954 922', '96 770', '27 509', '69 261'],
      ],
    },
  ],
  sentences: [
    {
      id: 'ny20-1',
      text: 'Kommunstyrelsen redovisade ett positivt resultat på 11,3 mkr.',
      label: 'right',
      why: 'Kommunstyrelsen, Resultat = 11 350 tkr = 11,35 mkr, printed 11,3 (the budget is 0, so the deviation is the same).',
      place: 'below',
      plants: [
        { text: 'Kommunstyrelsen redovisade ett negativt resultat på 11,3 mkr.', kind: 'sign', why: 'the result is +11 350 tkr' },
        { text: 'Kommunstyrelsen redovisade ett positivt resultat på 13,1 mkr.', kind: 'amount', why: '13,1 ≠ 11,35' },
        { text: 'Kommunstyrelsen redovisade ett positivt resultat på 11,3 tkr.', kind: 'unit', why: '11,3 tkr ≠ 11 350 tkr' },
      ],
    },
  ],
};
