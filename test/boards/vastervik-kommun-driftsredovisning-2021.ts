import type { PrintedTable } from './types';

/** Amounts in mnkr, a measure per column (Intäkter, Kostnader, Nettokostnad), the board's total first. */
export const table: PrintedTable = {
  url: 'https://www.vastervik.se/Kommun-och-politik/Kommunfakta/Ekonomi-och-budget/Arsredovisning/arsredovisning-2021/finansiella-rapporter/driftsredovisning/',
  source: 'Västerviks kommun, Årsredovisning 2021, Driftsredovisning, kommunen',
  extent: 'The blocks Kommunstyrelse and Barn- och utbildningsnämnd of the printed table, as printed.',
  sheet: 'Driftsredovisning',
  title: ['Driftsredovisning, kommunen'],
  header: [['mnkr', 'Intäkter 2020', 'Intäkter 2021', 'Kostnader 2020', 'Kostnader 2021', 'Nettokostnad 2021', 'Budget 2021', 'Avvikelse mot budget 2021']],
  rows: [
    ['Kommunstyrelse', '281,9', '283,1', '-697,8', '-693,8', '-410,7', '-415,1', '4,4'],
    ['Politisk verksamhet', '0,0', '0,0', '-11,9', '-12,6', '-12,6', '-13,0', '0,4'],
    ['Ledning', '12,5', '18,3', '-84,4', '-79,4', '-61,1', '-64,4', '3,4'],
    ['Samhällsbyggnad', '48,0', '48,3', '-165,3', '-173,1', '-124,9', '-111,6', '-13,2'],
    ['Kultur', '6,5', '6,6', '-59,3', '-60,1', '-53,5', '-55,1', '1,6'],
    ['Arbete och kompetens', '40,8', '41,0', '-115,5', '-114,2', '-73,1', '-81,9', '8,8'],
    ['Kommunservice', '164,3', '158,1', '-189,2', '-182,8', '-24,7', '-27,5', '2,9'],
    ['Räddningstjänst', '9,0', '10,3', '-55,5', '-58,9', '-48,6', '-48,4', '-0,2'],
    ['Prioriterade områden', '0,8', '0,5', '-16,8', '-12,7', '-12,2', '-13,1', '0,9'],
    ['Barn- och utbildningsnämnd', '134,6', '126,0', '-991,9', '-1004,4', '-878,4', '-877,1', '-1,3'],
    ['Gemensam verksamhet', '8,8', '7,0', '-58,6', '-55,0', '-47,9', '-47,5', '-0,4'],
    ['Förskola och familjedaghem', '36,3', '33,7', '-235,9', '-235,9', '-202,2', '-204,4', '2,2'],
    ['Obligatorisk skola och fritidshem', '69,2', '64,6', '-496,4', '-505,4', '-440,8', '-436,6', '-4,2'],
    ['Gymnasieskola, gymnasiesärskola', '15,2', '14,9', '-177,4', '-182,3', '-167,4', '-164,9', '-2,5'],
    ['Komvux och SFI', '5,1', '5,7', '-23,7', '-25,7', '-20,0', '-23,7', '3,7'],
  ],
};
