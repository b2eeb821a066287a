import type { CorpusReport } from '../types';

/**
 * Luleå kommun, årsredovisning 2016: Resultaträkning (kommunen and kommunkoncernen, mkr, 2016 and
 * 2015) and the municipality's summary of the annual report as published (norrbotten.com, "Källa:
 * Luleå kommun").
 * Identities: kommunen 2016: 1 214,1 − 5 005,5 − 310,5 = −4 101,9; −4 101,9 + 3 772,8 + 435,7 +
 * 43,3 − 6,9 = 143,0. Koncernen 2016: 589,7 − 20,9 = 568,8. Skatter och statsbidrag 3 772,8 +
 * 435,7 = 4 208,5 (4,2 miljarder); resultatandel 143,0 / 4 208,5 = 3,40 %.
 */
export const report: CorpusReport = {
  id: 'lulea-2016',
  municipality: 'Luleå',
  board: 'Kommunstyrelsen (Luleå kommun)',
  report: 'Årsredovisning 2016',
  urls: [
    'https://www.lulea.se/kommun--politik/fakta-och-statistik/ekonomi-och-budget/arsredovisning-2016/finansiella-rapporter/resultatrakning.html',
    'http://norrbotten.com/orter/lulea/lulea-kommun-redovisar-en-vinst-pa-143-miljoner/',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        [null, null, 'Kommunen', null, 'Kommunkoncernen', null],
        ['Belopp, mkr', 'NOT', '2016', '2015', '2016', '2015'],
        ['Verksamhetens intäkter', '1', '1 214,1', '1 248,3', '2 696,8', '2 807,7'],
        ['Verksamhetens kostnader', '2', '-5 005,5', '-4 694,2', '-6 159,5', '-5 865,1'],
        ['Avskrivningar', '3', '-310,5', '-308,8', '-536,9', '-552,5'],
        ['Verksamhetens nettokostnader', null, '-4 101,9', '-3 754,7', '-3 999,7', '-3 609,9'],
        ['Skatteintäkter', '4', '3 772,8', '3 587,4', '3 772,8', '3 587,4'],
        ['Generella statsbidrag och utjämning', '5', '435,7', '426,8', '435,7', '426,8'],
        ['Finansiella intäkter', '6', '43,3', '42,3', '483,8', '864,5'],
        ['Finansiella kostnader', '7', '-6,9', '-10,6', '-103,0', '-114,6'],
        ['Resultat efter finansiella poster', null, '143,0', '291,2', '589,7', '1154,2'],
        ['Skatt', '8', null, null, '-20,9', '-39,1'],
        ['Årets resultat', null, '143,0', '291,2', '568,8', '1 115,1'],
      ],
    },
  ],
  sentences: [
    {
      id: 'l16-1',
      text: 'Kommunens resultat visar ett överskott på 143 miljoner kronor.',
      label: 'right',
      why: 'Årets resultat, kommunen 2016 = 143,0.',
      plants: [
        { text: 'Kommunens resultat visar ett överskott på 134 miljoner kronor.', kind: 'amount', why: '134 ≠ 143,0' },
        { text: 'Kommunens resultat visar ett underskott på 143 miljoner kronor.', kind: 'sign', why: 'the result is +143,0' },
        { text: 'Kommunens resultat visar ett överskott på 143 tusen kronor.', kind: 'unit', why: '143 tkr ≠ 143 mkr' },
      ],
    },
    {
      id: 'l16-2',
      context: 'Kommunens resultat visar ett överskott på 143 miljoner kronor.',
      text: '111 miljoner kronor är reavinster från tomträttsförsäljning.',
      label: 'right',
      why: 'A part of the income (note 1: resultat försäljning omsättningstillgångar 111,3); not a row of this table.',
    },
    {
      id: 'l16-3',
      text: '4,2 miljarder kronor var inkomster av kommunalskatt och statsbidrag.',
      label: 'right',
      why: 'Skatteintäkter 3 772,8 + generella statsbidrag och utjämning 435,7 = 4 208,5 mkr.',
    },
    {
      id: 'l16-4',
      text: 'Årets resultat är positivt också tack vare att nämnderna levererade ett samlat överskott på 58 miljoner kronor.',
      label: 'right',
      why: 'The boards’ deviation from budget; not in the resultaträkning (the 58 is not Årets resultat).',
    },
    {
      id: 'l16-5',
      text: 'Att årets resultatandel av skatteintäkter och statsbidrag uppgår till 3,4 procent (mål 2 %).',
      label: 'right',
      why: '143,0 / (3 772,8 + 435,7) = 3,40 %.',
    },
  ],
};
