import type { PrintedTable } from './types';

/**
 * The same city's table a year later, the result printed last (ÅRETS RESULTAT). The stored
 * page runs each row's cells together; each row is split into its three printed figures, the
 * only split where Avvikelse is Bokslut − Delårsrapp jan-aug (the raw line beside each row).
 */
export const table: PrintedTable = {
  url: 'http://redovisningar.malmo.se/2015/arsredovisning-2015/forvaltningsberattelse/prognossakerhet/',
  source: 'Malmö stad, Årsredovisning 2015, Förvaltningsberättelse, Prognossäkerhet',
  sheet: 'Prognossäkerhet',
  title: ['PROGNOSAVVIKELSE, MKR'],
  header: [[null, 'Bokslut', 'Delårsrapp jan-aug', 'Avvikelse']],
  rows: [
    ['Servicenämnd', '67', '32', '35'], // Servicenämnd673235
    ['Kommunstyrelse', '96', '65', '31'], // Kommunstyrelse966531
    ['Ekonomiskt bistånd', '-11', '-10', '-1'], // Ekonomiskt bistånd-11-10-1
    ['Stadsbyggnadsnämnd', '15', '6', '9'], // Stadsbyggnadsnämnd1569
    ['Teknisk nämnd', '13', '8', '5'], // Teknisk nämnd1385
    ['Rea-/exploateringsvinster', '176', '151', '25'], // Rea-/exploateringsvinster17615125
    ['Arb.markn. gymn o vux utb.nämnd', '11', '4', '7'], // Arb.markn. gymn o vux utb.nämnd1147
    ['Grundskolenämnd', '10', '0', '10'], // Grundskolenämnd10010
    ['Förskolenämnd', '6', '0', '6'], // Förskolenämnd606
    ['Social resursnämnd, inkl pers ass', '-18', '-4', '-14'], // Social resursnämnd, inkl pers ass-18-4-14
    ['Statsbidrag flyktingar', '0', '-6', '6'], // Statsbidrag flyktingar0-66
    ['Stadsområdesnämnder', '-42', '-41', '-1'], // Stadsområdesnämnder-42-41-1
    ['Hemlöshet (75 %)', '-51', '-40', '-11'], // Hemlöshet (75 %)-51-40-11
    ['Övriga nämnder', '12', '8', '4'], // Övriga nämnder1284
    ['Finansiering', '279', '143', '136'], // Finansiering279143136
    ['ÅRETS RESULTAT', '563', '316', '247'], // ÅRETS RESULTAT563316247
  ],
};
