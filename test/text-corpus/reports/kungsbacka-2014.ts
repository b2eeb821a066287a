import type { CorpusReport } from '../types';

/**
 * Kungsbacka kommun, årsredovisning 2014: "Resultaträkning" (miljoner kronor; kommunen with Budget
 * 2014, Utfall 2013, Utfall 2014; koncernen Utfall 2013, Utfall 2014), sentences from "Ekonomisk
 * översikt och analys".
 * Identities: kommunen 2014: 790 + 55 − 4 314 − 229 − 0 = −3 698; −3 698 + 3 723 + 169 + 18 − 33
 * = 179. Budget 2014: 805 − 4 412 − 231 = −3 838; −3 838 + 3 721 + 168 + 15 − 53 = 13.
 * Koncernen 2014: 983 + 56 − 4 374 − 293 = −3 628; −3 628 + 3 723 + 169 + 17 − 118 = 163;
 * 163 − 2 = 161. 2013: kommunen 243 − 147 = 96, koncernen 252 − 147 = 105, 105 − 1 = 104.
 * The page prints "Jämförelsestörande kostnader 3 -147 -147 0" and "Uppskjuten skatt 0 0 -1 -2"
 * without showing their columns; placed where the sums close (the zeros change no sum).
 * Against budget: 179 − 13 = 166, so "167 miljoner bättre" is within the rounding of the two
 * printed whole millions.
 */
export const report: CorpusReport = {
  id: 'kungsbacka-2014',
  municipality: 'Kungsbacka',
  board: 'Kommunstyrelsen (Kungsbacka kommun)',
  report: 'Årsredovisning 2014',
  urls: [
    'http://arsredovisningkba.se/2014/ekonomisk-redovisning/finansiella-rapporter/resultatrakning-3/',
    'http://arsredovisningkba.se/2014/category/ekonomisk-redovisning/ekonomisk-oversikt-och-analys/',
  ],
  sheets: [
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Miljoner kronor', null, 'Kommunen', null, null, 'Koncernen'],
        [null, 'Not', 'Budget 2014', 'Utfall 2013', 'Utfall 2014', 'Utfall 2013', 'Utfall 2014'],
        ['Verksamhetens intäkter', '1', '805', '733', '790', '921', '983'],
        ['Jämförelsestörande intäkter', '3', '0', '149', '55', '153', '56'],
        ['Verksamhetens kostnader', '2', '-4 412', '-4 203', '-4 314', '-4 264', '-4 374'],
        ['Avskrivningar', '4', '-231', '-199', '-229', '-241', '-293'],
        ['Jämförelsestörande nedskrivningar mm', '3', '0', '-18', '0', '-18', '0'],
        ['Verksamhetens nettokostnader', null, '-3 838', '-3 538', '-3 698', '-3 449', '-3 628'],
        ['Kommunalskatt', '5', '3 721', '3 609', '3 723', '3 609', '3 723'],
        ['Generella statsbidrag och utjämning', '6', '168', '201', '169', '201', '169'],
        ['Finansiella intäkter', '7', '15', '10', '18', '10', '17'],
        ['Finansiella kostnader', '8', '-53', '-39', '-33', '-119', '-118'],
        ['Jämförelsestörande kostnader', '3', null, '-147', null, '-147', '0'],
        ['Resultat efter skatteintäkter och finansnetto', null, '13', '96', '179', '105', '163'],
        ['Uppskjuten skatt', null, null, '0', '0', '-1', '-2'],
        ['Årets resultat', null, '13', '96', '179', '104', '161'],
      ],
    },
  ],
  sentences: [
    {
      id: 'kb14-1',
      text: 'Årets resultat för kommunen visar ett överskott på 179 miljoner.',
      label: 'right',
      why: 'Årets resultat, kommunen utfall 2014 = 179.',
      plants: [
        { text: 'Årets resultat för kommunen visar ett överskott på 197 miljoner.', kind: 'amount', why: '197 ≠ 179' },
        { text: 'Årets resultat för kommunen visar ett underskott på 179 miljoner.', kind: 'sign', why: 'the result is +179' },
      ],
    },
    {
      id: 'kb14-2',
      context: 'Årets resultat för kommunen visar ett överskott på 179 miljoner.',
      text: 'Det är 167 miljoner bättre än vad vi budgeterat.',
      label: 'right',
      why: '179 − 13 = 166; 167 is within the rounding of the two printed whole millions.',
      plants: [
        { text: 'Det är 176 miljoner bättre än vad vi budgeterat.', kind: 'amount', why: '176 ≠ 166' },
        { text: 'Det är 167 miljoner sämre än vad vi budgeterat.', kind: 'sign', why: 'the result is above its budget' },
      ],
    },
    {
      id: 'kb14-3',
      text: 'Koncernresultatet 2014 är 161 miljoner.',
      label: 'right',
      why: 'Årets resultat, koncernen utfall 2014 = 161.',
      plants: [{ text: 'Koncernresultatet 2014 är 116 miljoner.', kind: 'amount', why: '116 ≠ 161' }],
    },
    {
      id: 'kb14-4',
      text: 'Eksta har ett resultat på 5 miljoner efter skatt.',
      label: 'right',
      why: 'The bolag Eksta’s own result; not in this table (left alone).',
    },
    {
      id: 'kb14-5',
      text: 'I budgeten hade vi räknat med att låna och eftersom vi inte gjorde det och ränteläget sjönk blev det ett överskott mot budget på 16 miljoner.',
      label: 'right',
      why: 'The interest costs’ deviation; not a row of this table (left alone).',
    },
    {
      id: 'kb14-6',
      text: 'Utöver detta har nämnderna tillsammans gjort ett överskott på mindre än en (1) procent eller 32 miljoner.',
      label: 'right',
      why: 'The boards’ deviation per the budgetutfall per nämnd; not in the resultaträkning (left alone).',
    },
    {
      id: 'kb14-7',
      text: 'Vi har budgeterade medel kvar för nya lokaler inklusive verksamhet på 23 miljoner.',
      label: 'right',
      why: 'A part of the budget deviation; not a row of the resultaträkning (left alone).',
    },
    {
      id: 'kb14-8',
      text: 'Investeringarna uppgick till 614 miljoner netto.',
      label: 'right',
      why: 'Nettoinvesteringar (investeringsredovisning); not in the resultaträkning (left alone).',
    },
    {
      id: 'kb14-9',
      text: 'Eksta har under året gjort några fastighetsförsäljningar som genererat en vinst på nästan 25 miljoner.',
      label: 'right',
      why: 'The bolag Eksta’s gains; not in this table (left alone).',
    },
  ],
};
