import type { CorpusReport } from '../types';

/**
 * Sjöbo kommun, årsredovisning 2017: "Fem år i sammandrag" (units in the row labels) and the
 * companies' table of "Ekonomi"; sentences from "Årsredovisningen i korthet" and "Ekonomi".
 * Identities: the companies and federations together 2017: 12,9 + 12,7 + 0,0 − 0,9 = 24,7.
 * SÖRF (footnote 1) is Sydöstra Skånes Räddningstjänstförbund.
 */
export const report: CorpusReport = {
  id: 'sjobo-2017',
  municipality: 'Sjöbo',
  board: 'Kommunstyrelsen (Sjöbo kommun)',
  report: 'Årsredovisning 2017',
  urls: ['http://finansiellinformation.se/Sjobo_2017/Fem.html', 'http://finansiellinformation.se/Sjobo_2017/index.html', 'http://finansiellinformation.se/Sjobo_2017/Ekonomi.html'],
  sheets: [
    {
      name: 'Fem år i sammandrag',
      rows: [
        ['Fem år i sammandrag'],
        [null, '2013', '2014', '2015', '2016', '2017'],
        ['Allmänt'],
        ['Antal invånare 31 december', '18 401', '18 415', '18 514', '18 742', '19 071'],
        ['Skattekraft (taxeringsår), %', '87,3', '87,9', '88,5', '88,8', '88,5'],
        ['Skattesats (kommunen)', '20,92', '20,92', '20,92', '20,92', '20,92'],
        [null],
        ['Personal'],
        ['Antal tillsvidareanställda', '988', '979', '1 044', '1 102', '1 138'],
        ['Total sjukfrånvaro av ordinarie arbetstid , %', '4,95', '5,17', '5,59', '5,75', '6,03'],
        [null],
        ['Resultaträkning'],
        ['Verksamhetens nettokostnader, mnkr', '796,7', '832,6', '854,5', '904,7', '954,4'],
        ['Skatteintäkter, generella statsbidrag och utjämning, mnkr', '811,7', '846,6', '874,9', '918,0', '969,3'],
        ['Årets resultat, mnkr', '26,9', '23,5', '29,0', '23,0', '23,9'],
        ['Årets balansresultats andel av skatteintäkter och generella statsbidrag (kommunen), %', '3,3', '2,8', '3,3', '2,4', '2,4'],
        ['Årets resultat koncernen, mnkr', '41,4', '48,9', '46,6', '44,8', '44,6'],
        [null],
        ['Balansräkning'],
        ['Nettoinvesteringar, mnkr', '47,2', '39,4', '42,5', '64,5', '28,7'],
        ['Låneskuld, mnkr', '90,0', '1,1', '0,1', '0,0', '0,0'],
        ['Soliditet, %', '51', '62', '67', '65', '62'],
      ],
    },
    {
      name: 'Bolagen',
      rows: [
        ['Resultat efterfinansiella poster'],
        ['(mnkr)', '2015', '2016', '2017'],
        ['AB Sjöbohem', '10,3', '12,2', '12,9'],
        ['Sjöbo Elnät AB', '12,6', '12,8', '12,7'],
        ['Sydskånska gymnasieförbundet', '– 12,8', '0,0', '0,0'],
        ['SÖRF1', '0,7', '1,3', '– 0,9'],
      ],
    },
  ],
  sentences: [
    {
      id: 'sj17-8',
      context: 'Sjöbo Elnät AB redovisar ett något sämre resultat för 2017 än för 2016.',
      text: 'Resultatet är dock 0,4 mnkr bättre än budget.',
      label: 'right',
      why: 'Sjöbo Elnät AB 2017 12,7 < 2016 12,8 (något sämre); its budget is not in the table, so the 0,4 mnkr is left alone.',
    },
    {
      id: 'sj17-1',
      text: 'Ett plusresultat på knappt 24 mnkr, vilket var knappt 14 mnkr mer än det budgeterade resultatet.',
      label: 'right',
      why: 'Årets resultat 2017 = 23,9, knappt 24; the budget is not in the table.',
    },
    {
      id: 'sj17-2',
      text: 'Beaktas även bolagens och Sydöstra Skånes Räddningstjänstförbund blir plusresultatet istället knappt 45 mnkr.',
      label: 'right',
      why: 'Årets resultat koncernen 2017 = 44,6, knappt 45.',
    },
    {
      id: 'sj17-3',
      text: 'För den samlade verksamheten redovisas ett överskott på 44,6 miljoner kronor och för Sjöbo kommuns del har året inneburit ett överskott med 23,9 miljoner kronor.',
      label: 'right',
      why: 'Koncernen 2017 = 44,6; Årets resultat 2017 = 23,9.',
      plants: [
        { text: 'För den samlade verksamheten redovisas ett överskott på 44,6 miljoner kronor och för Sjöbo kommuns del har året inneburit ett överskott med 32,9 miljoner kronor.', kind: 'amount', why: '32,9 ≠ 23,9' },
        { text: 'För den samlade verksamheten redovisas ett överskott på 44,6 miljoner kronor och för Sjöbo kommuns del har året inneburit ett underskott med 23,9 miljoner kronor.', kind: 'sign', why: 'the result is +23,9' },
      ],
    },
    {
      id: 'sj17-4',
      text: 'Sammantaget redovisar bolagen och förbunden 24,7 mnkr i resultat efter finansiella poster.',
      label: 'right',
      why: '12,9 + 12,7 + 0,0 − 0,9 = 24,7.',
      place: 'below',
    },
    {
      id: 'sj17-5',
      text: 'Årets resultat för Sydöstra Skånes Räddningstjänstförbund blev ett underskott på 0,9 mnkr.',
      label: 'right',
      why: 'SÖRF 2017 = −0,9 (the five-year table’s Årets resultat is the municipality’s, not the subject).',
    },
    {
      id: 'sj17-6',
      text: 'AB Sjöbohems resultat är något bättre än 2016, och 2,8 mnkr bättre än budget.',
      label: 'right',
      why: '12,9 > 12,2; the budget is not in the table.',
      place: 'beside',
    },
  ],
};
