import type { CorpusReport } from '../types';

/**
 * Sjöbo kommun, årsredovisning 2016: "Resultaträkning" (mnkr; kommunen bokslut 2015, bokslut 2016,
 * budget 2016; sammanställd redovisning bokslut 2015, 2016; transcribed down to Årets resultat, the
 * balance-requirement lines below it left out) and the companies' table of "Ekonomi", sentences
 * from "Ekonomi". Identities: 274,7 − 1 151,2 − 28,2 = −904,7; −904,7 + 729,3 + 188,7 + 10,1 − 0,4
 * = 23,0; companies and federations 2016: 12,2 + 12,8 + 0,0 + 1,3 = 26,3. SÖRF (footnote 1) is
 * Sydöstra Skånes Räddningstjänstförbund.
 */
export const report: CorpusReport = {
  id: 'sjobo-2016',
  municipality: 'Sjöbo',
  board: 'Kommunstyrelsen (Sjöbo kommun)',
  report: 'Årsredovisning 2016',
  urls: ['http://finansiellinformation.se/Sjobo_2016/resultatrakning.html', 'http://finansiellinformation.se/Sjobo_2016/Ekonomi.html', 'http://finansiellinformation.se/Sjobo_2016/Hush.html'],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['(mnkr)', 'Not', 'Kommunen', null, null, 'Sammanställd redovisning'],
        [null, null, 'Bokslut\n2015', 'Bokslut\n2016', 'Budget\n2016', 'Bokslut\n2015', 'Bokslut\n2016'],
        ['Verksamhetens intäkter', '1', '202,2', '274,7', '230,3', '337,0', '364,7'],
        ['varav jämförelsestörande poster', '1A', '0,0', '1,1', '0,0', '1,8', '2,2'],
        ['Verksamhetens kostnader', '2', '–1 036,6', '–1 151,2', '–1 124,7', '–1 091,1', '–1 150,5'],
        ['varav jämförelsestörande poster', null, '0,0', '0,0', '0,0', '0,0', '0,0'],
        ['Av- och nedskrivningar', '3', '–20,1', '–28,2', '–24,4', '–56,4', '–71,4'],
        [null],
        ['Verksamhetens nettokostnader', null, '–854,5', '–904,7', '–918,8', '–810,5', '–857,2'],
        [null],
        ['Skatteintäkter', '4', '694,8', '729,3', '735,1', '694,8', '729,3'],
        ['Generella statsbidrag och utjämning', '5', '180,1', '188,7', '185,0', '180,1', '188,7'],
        ['Finansiella intäkter', '6', '9,1', '10,1', '8,2', '0,7', '1,6'],
        ['Finansiella kostnader', '7', '–0,5', '–0,4', '–0,4', '–18,5', '–17,6'],
        [null],
        ['Resultat före extraordinära poster', null, '29,0', '23,0', '9,1', '46,6', '44,8'],
        [null],
        ['Extraordinära intäkter', null, '0,0', '0,0', '0,0', '0,0', '0,0'],
        ['Extraordinära kostnader', null, '0,0', '0,0', '0,0', '0,0', '0,0'],
        [null],
        ['Årets resultat', null, '29,0', '23,0', '9,1', '46,6', '44,8'],
      ],
    },
    {
      name: 'Bolagen',
      rows: [
        ['Bolagen och förbundens resultat'],
        ['(mnkr)', '2014', '2015', '2016'],
        ['Resultat efter finansiella poster'],
        ['AB Sjöbohem', '10,7', '10,3', '12,2'],
        ['Sjöbo Elnät AB', '9,6', '12,6', '12,8'],
        ['Sydskånska gymnasieförbundet', '–2,6', '–12,8', '0,0'],
        ['SÖRF1', '0,2', '0,7', '1,3'],
      ],
    },
    {
      // "Kommunens kvalitet i korthet", Tillgänglighet; the stored page is cut before the Medel figure.
      name: 'Kommunens kvalitet',
      rows: [
        ['(%)', '2015', '2016', 'Medel'],
        ['Hur stor andel av medborgarna som skickar in en enkel fråga via e-post får svar inom två arbetsdagar?', '72', '85'],
      ],
    },
  ],
  sentences: [
    {
      id: 'sj16-1',
      text: 'För den samlade verksamheten redovisas ett överskott på 44,8 miljoner kronor och för Sjöbo kommuns del har året inneburit ett överskott med 23,0 miljoner kronor.',
      label: 'right',
      why: 'Sammanställd redovisning 2016 = 44,8; kommunen bokslut 2016 = 23,0.',
      plants: [
        { text: 'För den samlade verksamheten redovisas ett överskott på 44,8 miljoner kronor och för Sjöbo kommuns del har året inneburit ett överskott med 32,0 miljoner kronor.', kind: 'amount', why: '32,0 ≠ 23,0' },
        { text: 'För den samlade verksamheten redovisas ett överskott på 44,8 miljoner kronor och för Sjöbo kommuns del har året inneburit ett underskott med 23,0 miljoner kronor.', kind: 'sign', why: 'the result is +23,0' },
      ],
    },
    {
      id: 'sj16-2',
      text: 'Sammantaget redovisar bolagen och förbunden 26,3 mnkr i resultat efter finansiella poster.',
      label: 'right',
      why: '12,2 + 12,8 + 0,0 + 1,3 = 26,3.',
      plants: [{ text: 'Sammantaget redovisar bolagen och förbunden 23,6 mnkr i resultat efter finansiella poster.', kind: 'amount', why: '23,6 ≠ 26,3' }],
    },
    {
      id: 'sj16-3',
      text: 'AB Sjöbohems resultat är något bättre än 2015, och 3,5 mnkr bättre än budget.',
      label: 'right',
      why: '12,2 > 10,3; the budget is not in the table.',
    },
    {
      id: 'sj16-4',
      text: 'Årets resultat för Sydöstra Skånes Räddningstjänstförbund blev ett överskott på 1,3 mnkr.',
      label: 'right',
      why: 'SÖRF 2016 = 1,3.',
    },
    {
      id: 'sj16-5',
      text: 'Mest markant är att andel av medborgarna som skickar en enkel fråga via e-post och får svar inom två arbetsdagar har ökat från 72 procent till 85 procent.',
      label: 'right',
      why: 'KKiK e-post within two working days: 2015 = 72 %, 2016 = 85 %.',
    },
  ],
};
