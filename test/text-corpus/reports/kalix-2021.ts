import type { CorpusReport } from '../types';

/**
 * Kalix kommun, årsredovisning 2021 (sammanfattning), Samhällsbyggnadsnämnden: "Resultat 2021,
 * belopp i tkr". Identity: årsbudget + kapitalkostnader − helårskostnader = budgetavvikelse
 * (58 027 + 868 − 58 373 = 522).
 */
export const report: CorpusReport = {
  id: 'kalix-2021',
  municipality: 'Kalix',
  board: 'Samhällsbyggnadsnämnden (Kalix kommun)',
  report: 'Årsredovisning 2021, sammanfattning',
  urls: ['http://3.142.237.50/samhallsbyggnadsnamnden'],
  sheets: [
    {
      name: 'Samhällsbyggnadsnämnden',
      rows: [
        ['Resultat 2021'],
        ['Belopp i tkr'],
        ['Årsbudget', '58 027'],
        ['Kapitalkostnader', '868'],
        ['Helårskostnader', '58 373'],
        ['Budgetavvikelse*', '522'],
      ],
    },
  ],
  sentences: [
    {
      id: 'kx21-1',
      text: 'Samhällsbyggnadsnämnden redovisade ett överskott på drygt 0,5 miljoner mot budget.',
      label: 'right',
      why: 'Budgetavvikelse 522 tkr = 0,522 miljoner: drygt 0,5, positive.',
      place: 'below',
      plants: [
        { text: 'Samhällsbyggnadsnämnden redovisade ett överskott på drygt 1,5 miljoner mot budget.', kind: 'amount', why: '1,5 ≠ 0,522' },
        { text: 'Samhällsbyggnadsnämnden redovisade ett underskott på drygt 0,5 miljoner mot budget.', kind: 'sign', why: 'the variance is +522' },
      ],
    },
  ],
};
