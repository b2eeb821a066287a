import type { CorpusReport } from '../types';

/**
 * Värmdö kommun, årsredovisning 2019: Resultaträkning (tkr) and the sentences of "Översikt över
 * verksamhetens utveckling".
 * Identities: kommunen 2019: 810 118 + 58 146 − 3 034 551 − 136 219 = −2 302 506;
 * −2 302 506 + 2 150 109 + 333 894 − 65 016 = 116 481; + 4 420 − 26 768 = 94 133.
 * Koncernen 2019: 100 168 − 1 390 = 98 778.
 */
export const report: CorpusReport = {
  id: 'varmdo-2019',
  municipality: 'Värmdö',
  board: 'Kommunstyrelsen (Värmdö kommun)',
  report: 'Årsredovisning 2019',
  urls: ['http://arsredovisning.varmdo.se/2019/ekonomisk-sammanstallning/resultatrakning/', 'http://arsredovisning.varmdo.se/2019/forvaltningsberattelse/oversikt-over-verksamhetens-utveckling/'],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Tkr', 'Not', 'Kommunen\n2019', 'Kommunen\n2018', 'Koncernen\n2019', 'Koncernen\n2018'],
        ['Verksamhetens intäkter', '1', '810 118', '775 001', '916 986', '877 293'],
        ['Jämförelsestörande intäktsposter', '2', '58 146', '4 922', '58 146', '4 922'],
        ['Verksamhetens kostnader', '3', '-3 034 551', '-2 908 846', '-3 117 955', '-2 985 674'],
        ['Jämförelsestörande kostnadsposter', '2', null, '-63 642', null, '-63 642'],
        ['Avskrivningar', '4', '-136 219', '-113 909', '-154 390', '-130 551'],
        ['Verksamhetens nettokostnader', null, '-2 302 506', '-2 306 474', '-2 297 213', '-2 297 652'],
        ['Skatteintäkter', '5', '2 150 109', '2 061 747', '2 150 109', '2 061 747'],
        ['Bidrag från utjämningssystemen och generella\nstatliga bidrag inklusive fastighetsavgift', '6', '333 894', '301 524', '333 894', '301 524'],
        ['Avgifter i utjämningssystemen', '7', '-65 016', '-43 735', '-65 016', '-43 735'],
        ['Verksamhetens resultat', null, '116 481', '13 062', '121 774', '21 884'],
        ['Finansiella intäkter', '8', '4 420', '5 659', '3 115', '3 732'],
        ['Finansiella kostnader', '9', '-26 768', '-24 740', '-24 721', '-20 749'],
        ['Resultat efter skatter och finansnetto', null, '94 133', '-6 019', '100 168', '4 867'],
        ['Uppskjuten skatt', null, null, null, '-1 390', '-256'],
        ['Årets resultat', '10', '94 133', '-6 019', '98 778', '4 611'],
      ],
    },
  ],
  sentences: [
    {
      id: 'v19-1',
      text: 'Den kommunala koncernen redovisar ett resultat på 99 mnkr för verksamhetsåret 2019.',
      label: 'right',
      why: 'Årets resultat, Koncernen 2019 = 98 778 tkr → 99 mnkr.',
      plants: [
        { text: 'Den kommunala koncernen redovisar ett resultat på 89 mnkr för verksamhetsåret 2019.', kind: 'amount', why: '89 ≠ 99' },
        { text: 'Den kommunala koncernen redovisar ett resultat på 99 tkr för verksamhetsåret 2019.', kind: 'unit', why: '99 tkr ≠ 98 778 tkr' },
      ],
    },
    {
      id: 'v19-2',
      text: 'Kommunens resultat uppgår till 94 mnkr vilket är en betydlig förbättring jämfört med 2018.',
      label: 'right',
      why: 'Årets resultat, Kommunen 2019 = 94 133 tkr → 94 mnkr.',
      place: 'beside',
      plants: [{ text: 'Kommunens resultat uppgår till 49 mnkr vilket är en betydlig förbättring jämfört med 2018.', kind: 'amount', why: '49 ≠ 94' }],
    },
  ],
};
