import type { CorpusReport } from '../types';

/**
 * Kalix kommun, årsredovisning 2020 (sammanfattning), Utbildningsnämnden: "Årets resultat (tkr)".
 * Identity: årsbudget + kapitalkostnader − helårskostnader = budgetavvikelse
 * (362 606 + 12 591 − 367 638 = 7 559).
 */
export const report: CorpusReport = {
  id: 'kalix-2020',
  municipality: 'Kalix',
  board: 'Utbildningsnämnden (Kalix kommun)',
  report: 'Årsredovisning 2020, sammanfattning',
  urls: ['https://www.finansiellinfo.se/Kalix_2020/new_site/utbildningsnämnden.html'],
  sheets: [
    {
      name: 'Utbildningsnämnden',
      rows: [
        ['Årets resultat (tkr)'],
        ['Årsbudget', '362 606'],
        ['Kapitalkostnader', '12 591'],
        ['Helårskostnader', '367 638'],
        ['Budgetavvikelse *', '7 559'],
      ],
    },
  ],
  sentences: [
    {
      id: 'kx20-1',
      text: 'Utbildningsnämnden redovisade ett överskott på 7,6 miljoner mot budget.',
      label: 'right',
      why: 'Budgetavvikelse 7 559 tkr = 7,6 miljoner, positive (överskott).',
      place: 'below',
      plants: [
        { text: 'Utbildningsnämnden redovisade ett överskott på 6,7 miljoner mot budget.', kind: 'amount', why: '6,7 ≠ 7,559' },
        { text: 'Utbildningsnämnden redovisade ett underskott på 7,6 miljoner mot budget.', kind: 'sign', why: 'the variance is +7 559' },
      ],
    },
  ],
};
