import type { PrintedTable } from './types';

/** Resultaträkning in mnkr with a Not column, budget and variance beside the outcome, and the group's figures. */
export const table: PrintedTable = {
  url: 'https://www.finansiellinfo.se/Hallsberg_2019/Resultatrakning.html',
  source: 'Hallsbergs kommun, Årsredovisning 2019, Resultaträkning',
  sheet: 'Resultaträkning',
  title: ['Resultaträkning'],
  header: [['Belopp i mnkr', 'Not', 'Utfall\n2019', 'Utfall\n2018', 'Budget\n2019', 'Avvikelse', 'Koncern\n2019', 'Koncern\n2018']],
  rows: [
    ['Verksamhetens intäkter', '1', '269', '522', '300', '− 31', '475', '732'],
    ['Verksamhetens kostnader', '2', '− 1 116', '− 1 344', '− 1 149', '33', '− 1 303', '− 1 535'],
    ['Avskrivningar', '3', '− 25', '− 31', '− 35', '10', '− 47', '− 50'],
    ['Verksamhetens nettokostnader', null, '− 872', '− 853', '− 884', '12', '− 875', '− 853'],
    ['Skatteintäkter', '4', '705', '683', '705', '0', '705', '683'],
    ['Generella statsbidrag och utjämning', '5', '212', '203', '204', '8', '212', '203'],
    ['Verksamhetens resultat', null, '45', '33', '25', '20', '42', '33'],
    ['Finansiella intäkter', '6', '3', '4', '1', '2', '3', '4'],
    ['Finansiella kostnader', '7', '− 6', '− 8', '− 11', '5', '− 10', '− 9'],
    ['Resultat efter finansiella poster', null, '42', '29', '15', '27', '35', '28'],
    ['Extraordinära poster (netto)', null, null, null, null, null, null, null],
    ['Årets resultat', null, '42', '29', '15', '27', '35', '28'],
  ],
};
