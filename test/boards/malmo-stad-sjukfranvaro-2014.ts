import type { PrintedTable } from './types';

/**
 * Sick leave in percent for all monthly-paid staff, 2010–2014, as printed in the 2014 annual
 * report (the first of its two tables; the second, the statutory one, is left out). The next
 * year's report prints no table of these years among the stored pages; it says
 * MALMO_2015_SENTENCE, which makes 2014 6,85 − 0,57 = 6,28 %, not 6,12 %. The same happens a year
 * earlier: the 2013 report gives 2013 as 5,54 %, this table 5,67 % — the city's figures for a year
 * are revised in the next year's report (checked by hand in malmo-sick-leave.test.ts).
 */
export const table: PrintedTable = {
  url: 'http://redovisningar.malmo.se/2014/arsredovisning-2014/medarbetarna-2/sjukfranvaro/',
  source: 'Malmö stad, Årsredovisning 2014, Medarbetarna, Sjukfrånvaro',
  extent: 'The table "Sjukfrånvaro i procent" of 2010–2014; the statutory table under it is left out.',
  sheet: 'Sjukfrånvaro 2014',
  title: ['Sjukfrånvaro i procent'],
  header: [[null, '2014', '2013', '2012', '2011', '2010']],
  rows: [['Sjukfrånvaro', '6,12', '5,67', '5,18', '4,59', '4,47']],
};

export const MALMO_2015_URL = 'http://redovisningar.malmo.se/2015/personalredovisning-2015/halsa-och-arbetsmiljo/sjukfranvaro/';
export const MALMO_2015_SENTENCE =
  'Sjukfrånvaron 2015 motsvarade 6,85 %, vilket var en ökning motsvarande 0,57 procentenheter i förhållande till föregående år.';
/** The 2014 report's own sentence above the table: 6,12 − 0,45 = 5,67, as the table prints. */
export const MALMO_2014_SENTENCE =
  'Sjukfrånvaron 2014 motsvarade 6,12 %, vilket var en ökning motsvarande 0,45 procentenheter i förhållande till föregående år.';
