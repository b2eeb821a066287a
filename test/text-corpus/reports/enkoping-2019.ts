import type { CorpusReport } from '../types';

/**
 * Enköpings kommun, politisk plan för 2019, Tekniska nämnden: "Driftbudget" (tkr) per avdelning.
 * The printed page runs two rows together ("70 989Stab"); split here at the row boundary. "Summa"
 * after Samhällsbetalda resor sums Stab and Samhällsbetalda resor (8 462 + 12 850 = 21 312;
 * 22 425 + 9 614 = 32 039). Identities: nettokostnad = kostnader − intäkter (96 601 − 25 612 =
 * 70 989); Summa förvaltningen, budget 2019: 785 + 70 989 + 22 425 + 9 614 + 9 287 + 0 + 0 + 0 + 0
 * = 113 100; intäkter 25 612 + 25 156 + 8 726 + 351 531 + 75 485 + 43 402 + 97 486 = 627 398.
 */
export const report: CorpusReport = {
  id: 'enkoping-2019',
  municipality: 'Enköping',
  board: 'Tekniska nämnden (Enköpings kommun)',
  report: 'Politisk plan för 2019, samhällsbyggnad, ekonomi',
  urls: ['https://enkoping.se/underwebbar/politisk-plan-for-2019/verksamheternas-politiska-mal/samhallsbyggnad/ekonomi.html'],
  sheets: [
    {
      name: 'Driftbudget',
      rows: [
        ['Driftbudget', 'Bokslut\n2017', 'Budget\n2018', 'Budget\n2019', 'Budget\n2019', 'Budget\n2019'],
        [null, 'Nettokostnad', 'Nettokostnad', 'Intäkter', 'Kostnader', 'Nettokostnad'],
        ['Teknisk nämnd', '659', '694', '0', '785', '785'],
        ['Park- och gatuavdelningen', '54 388', '59 895', '25 612', '96 601', '70 989'],
        ['Stab', '8 462', '17 101', '25 156', '47 581', '22 425'],
        ['Samhällsbetalda reseor', '12 850', '13 300', '0', '9 614', '9 614'],
        ['Summa', '21 312', '30 401', '25 156', '57 195', '32 039'],
        ['Plan och exploatering', '3 641', '7 410', '8 726', '18 013', '9 287'],
        ['Fastighet', '-5 723', '0', '351 531', '351 531', '0'],
        ['Måltidsservice', '-744', '0', '75 485', '75 485', '0'],
        ['Städservice', '-21', '0', '43 402', '43 402', '0'],
        ['Vatten och avlopp', '-90', '0', '97 486', '97 486', '0'],
        ['Summa förvaltningen', '73 422', '98 400', '627 398', '740 498', '113 100'],
      ],
    },
  ],
  sentences: [
    {
      id: 'en19-1',
      text: 'Tekniska nämndens driftram för budget 2019 uppgår till 113,1 miljoner kronor.',
      label: 'right',
      why: 'Summa förvaltningen, budget 2019 nettokostnad 113 100 tkr = 113,1 miljoner.',
      plants: [{ text: 'Tekniska nämndens driftram för budget 2019 uppgår till 131,1 miljoner kronor.', kind: 'amount', why: '131,1 ≠ 113,1' }],
    },
    {
      id: 'en19-2',
      context: 'Tekniska nämndens driftram för budget 2019 uppgår till 113,1 miljoner kronor.',
      text: 'Denna fördelas på tekniska nämnden 0,8 miljoner kronor, park- och gatuavdelningen 71,0 miljoner kronor, stab 22,4 miljoner kronor, samhällsbetalda resor 9,6 miljoner kronor, plan- och exploatering 9,3 miljoner kronor.',
      label: 'right',
      why: 'Budget 2019 nettokostnad: 785, 70 989, 22 425, 9 614, 9 287 tkr, each rounded to 0,1 miljoner.',
      plants: [
        { text: 'Denna fördelas på tekniska nämnden 0,8 miljoner kronor, park- och gatuavdelningen 17,0 miljoner kronor, stab 22,4 miljoner kronor, samhällsbetalda resor 9,6 miljoner kronor, plan- och exploatering 9,3 miljoner kronor.', kind: 'amount', why: 'park- och gatuavdelningen 17,0 ≠ 70,989' },
        { text: 'Denna fördelas på tekniska nämnden 0,8 miljoner kronor, park- och gatuavdelningen 71,0 miljoner kronor, stab 24,2 miljoner kronor, samhällsbetalda resor 9,6 miljoner kronor, plan- och exploatering 9,3 miljoner kronor.', kind: 'amount', why: 'stab 24,2 ≠ 22,425' },
      ],
    },
  ],
};
