import type { CorpusReport } from '../types';

/**
 * Tyresö kommun, "Bokslutet 2013 i korthet": the tables "Intäkter, miljoner kronor" and
 * "Kommunalskatt (%)" and the page's sentences.
 * Identities: 1847,2 + 137,2 + 67,2 + 19,2 + 492,8 = 2 563,6, printed Summa 2563,5 (rounding of the
 * parts); 19,48 + 12,10 = 31,58, printed Totalt 31,5 (cut, not rounded: 31,6).
 */
export const report: CorpusReport = {
  id: 'tyreso-2013',
  municipality: 'Tyresö',
  board: 'Kommunstyrelsen (Tyresö kommun)',
  report: 'Bokslutet 2013 i korthet',
  urls: ['http://www.tyreso.se/Kommun_demokrati/Ekonomi/Arsredovisningar/Bokslutet-2013-i-korthet/'],
  sheets: [
    {
      name: 'Bokslutet i korthet',
      rows: [
        ['Intäkter, miljoner kronor'],
        ['Skatteintäkter', '1847,2'],
        ['Utjämningssystem etc', '137,2'],
        ['Fastighetsavgift', '67,2'],
        ['Statsbidrag maxtaxa', '19,2'],
        ['Övriga intäkter', '492,8'],
        ['Summa', '2563,5'],
        [null],
        ['Kommunalskatt (%)'],
        ['Till kommunen', '19,48'],
        ['Till landstinget', '12,10'],
        ['Totalt', '31,5'],
      ],
    },
  ],
  sentences: [
    {
      id: 'ty13-1',
      text: 'Resultatet för 2013 uppgick till 27 miljoner kronor.',
      label: 'right',
      why: 'The result is not in these tables (only the revenues are): left alone.',
    },
    {
      id: 'ty13-2',
      text: 'För varje intjänad hundralapp betalar Tyresös invånare 19,48 kronor i kommunalskatt, vilket är den lägsta kommunalskatten bland Södertörnskommunerna – i diagrammet ser du vad pengarna går till.',
      label: 'right',
      why: 'Kommunalskatt, Till kommunen = 19,48 % = 19,48 kronor per hundralapp (kronor against a percentage row: left alone).',
    },
    {
      id: 'ty13-3',
      context: 'För varje intjänad hundralapp betalar Tyresös invånare 19,48 kronor i kommunalskatt, vilket är den lägsta kommunalskatten bland Södertörnskommunerna – i diagrammet ser du vad pengarna går till.',
      text: 'Invånarna betalar dessutom 12,10 kronor till landstinget.',
      label: 'right',
      why: 'Till landstinget = 12,10 % (per hundralapp).',
    },
  ],
};
