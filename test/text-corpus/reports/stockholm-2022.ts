import type { CorpusReport } from '../types';

/**
 * Stockholms stad, årsredovisning 2022: the table on the page Balanskravsresultat (Mnkr) and the
 * two sentences above it. Identities: 2 568 − 318 = 2 250; 2 115 − 257 = 1 858; 4 953 − 89 = 4 864,
 * printed 4 865 (rounding of the printed millions).
 */
export const report: CorpusReport = {
  id: 'stockholm-2022',
  municipality: 'Stockholm',
  board: 'Kommunstyrelsen (Stockholms stad)',
  report: 'Årsredovisning 2022',
  urls: ['https://arsredovisning.stockholm/forvaltningsberattelse/balanskravsresultat/'],
  sheets: [
    {
      name: 'Balanskravsresultat',
      rows: [
        ['Mnkr', '2022', '2021', '2020'],
        ['Årets resultat', '2 568', '2 115', '4 953'],
        ['Avgår realisationsvinster', '-318', '-257', '-89'],
        ['Årets balanskravsresultat', '2 250', '1 858', '4 865'],
      ],
    },
  ],
  sentences: [
    {
      id: 'st22-1',
      text: 'Intäkter från försäljning av exploateringsfastigheter räknas med i balanskravsutredningen och ingår med 1 694 mnkr i årets resultat 2022.',
      label: 'right',
      why: 'The 1 694 is the part of Årets resultat 2022 (2 568) that comes from selling land for development; it is not a row of the table, so the sentence is left alone.',
    },
    {
      id: 'st22-2',
      text: 'Stadens resultat justerat enligt kommunallagens krav visar att staden uppfyller såväl kravet på en ekonomi i balans som stadens finansiella resultatmål då balanskravsresultatet är positivt med 2 250 mnkr (1 858 mnkr).',
      label: 'right',
      why: 'Årets balanskravsresultat 2022 = 2 250, 2021 (the figure in parentheses) = 1 858.',
      place: 'below',
      plants: [
        { text: 'Stadens resultat justerat enligt kommunallagens krav visar att staden uppfyller såväl kravet på en ekonomi i balans som stadens finansiella resultatmål då balanskravsresultatet är positivt med 2 520 mnkr (1 858 mnkr).', kind: 'amount', why: '2 520 ≠ 2 250' },
        { text: 'Stadens resultat justerat enligt kommunallagens krav visar att staden uppfyller såväl kravet på en ekonomi i balans som stadens finansiella resultatmål då balanskravsresultatet är negativt med 2 250 mnkr (1 858 mnkr).', kind: 'sign', why: 'the balanskravsresultat is +2 250' },
        { text: 'Stadens resultat justerat enligt kommunallagens krav visar att staden uppfyller såväl kravet på en ekonomi i balans som stadens finansiella resultatmål då balanskravsresultatet är positivt med 2 250 mnkr (1 588 mnkr).', kind: 'amount', why: '2021 was 1 858, not 1 588' },
      ],
    },
  ],
};
