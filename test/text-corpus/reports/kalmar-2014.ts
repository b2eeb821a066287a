import type { CorpusReport } from '../types';

/**
 * Kalmar kommun, årsredovisning 2014: the covering letter (tjänsteskrivelse) and the
 * "Femårsöversikt, kommunen" that opens the report (transcribed to the excerpt's end, Låneskuld
 * 2014). The letter says 11,7 where the overview prints 11,8 (within the rounding of two printed figures).
 */
export const report: CorpusReport = {
  id: 'kalmar-2014',
  municipality: 'Kalmar',
  board: 'Kommunstyrelsen (Kalmar kommun)',
  report: 'Årsredovisning 2014',
  urls: ['http://abcdocz.com/doc/4402948/09.-kalmar-kommuns-%C3%A5rsredovisning-2014'],
  sheets: [
    {
      name: 'Femårsöversikt',
      rows: [
        ['Femårsöversikt, kommunen'],
        ['Femårsöversikt', '2014', '2013', '2012', '2011', '2010'],
        ['Folkmängd, den 31/12', '64 676', '63 887', '63 671', '63 055', '62 815'],
        ['Utdebitering*', '32:68', '32:68', '32:68', '32:43', '32:43'],
        ['varav kommunen**', '21:81', '21:81', '21:81', '22:22', '22:22'],
        ['Skatteintäkter och kommunal utjämning i mnkr', '3 199,8', '3 134,0', '3 003,3', '2 989,3', '2 898,9'],
        ['Skatteintäkter och kommunal utjämning per invånare i kr', '49 474', '49 055', '47 169', '47 589', '46 466'],
        ['Verksamhetens nettokostnader per invånare i kr', '49 281', '48 204', '45 056', '48 600', '44 940'],
        ['Löpande kostnader i procent av skatteintäkter och\nkommunal utjämning (nettokostnadsandel)', '99,6', '98,2', '95,8', '102,9', '97,4'],
        ['Årets resultat i mnkr', '11,8', '57,3', '125,8', '-87,3', '75,6'],
        ['Investeringar i mnkr (netto)', '276,8', '343,5', '296,5', '339,4', '291,5'],
        ['Pensionsåtaganden i mnkr', '1 658,4', '1 625,4', '1 508,9', '1 491,7', '1 348,0'],
        ['Låneskuld i mnkr', '705,2'],
      ],
    },
  ],
  sentences: [
    {
      id: 'kal14-1',
      text: 'Årets resultat för kommunen uppgår till 11,7 miljoner kronor.',
      label: 'right',
      why: 'The overview prints 11,8 and the letter 11,7: both one-decimal roundings, consistent if the figure is 11,75 (two printed figures may differ by one unit of the last digit, the project’s rounding rule) — not an unambiguous mismatch.',
      plants: [
        { text: 'Årets resultat för kommunen uppgår till 17,1 miljoner kronor.', kind: 'amount', why: '17,1 ≠ 11,8' },
        { text: 'Årets resultat för kommunen uppgår till 11,8 tusen kronor.', kind: 'unit', why: '11,8 tkr ≠ 11,8 mnkr' },
      ],
    },
  ],
};
