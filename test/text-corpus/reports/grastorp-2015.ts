import type { CorpusReport } from '../types';

/**
 * Grästorps kommun, årsredovisning 2015: "Driftredovisning" per verksamhet (mnkr; one printed
 * variance has a full stop for the decimal comma, "– 0.20", kept as printed). The verksamheter's
 * variances without Finansförvaltning: −0,20 + 0,11 + 1,48 + 1,16 + 0,72 = 3,27.
 */
export const report: CorpusReport = {
  id: 'grastorp-2015',
  municipality: 'Grästorp',
  board: 'Kommunstyrelsen (Grästorps kommun)',
  report: 'Årsredovisning 2015',
  urls: ['http://www.fernemo.se/Grastorp_2015/drift.html'],
  sheets: [
    {
      name: 'Driftredovisning',
      rows: [
        ['Driftredovisning'],
        ['VERKSAMHET', 'Nettokostnad', 'Avvikelse'],
        ['Allmän verksamhet', '36,18', '– 0.20'],
        ['Teknisk verksamhet', '29,43', '+0,11'],
        ['Bildningsverksamhet', '117,27', '+1,48'],
        ['Social verksamhet', '103,98', '+1,16'],
        ['Miljö- och bygg', '0,11', '+0,72'],
        ['Finansförvaltning', '– 19,04', '+5,31'],
      ],
    },
  ],
  sentences: [
    {
      id: 'gr15-1',
      text: 'För verksamheterna slutade 2015 års resultat på + 3,3 miljoner kronor.',
      label: 'right',
      why: 'The five verksamheter without Finansförvaltning: −0,20 + 0,11 + 1,48 + 1,16 + 0,72 = 3,27 ≈ 3,3.',
      place: 'below',
    },
  ],
};
