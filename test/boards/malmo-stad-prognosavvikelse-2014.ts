import type { PrintedTable } from './types';

/**
 * Forecast accuracy per board, the city's result printed first. The stored page runs each row's
 * cells together ("Servicenämnd38731"); each row is split into its three printed figures, the
 * only split where the printed Avvikelse is Bokslut − Delårsrapport (the raw line is kept beside
 * each row).
 */
export const table: PrintedTable = {
  url: 'http://redovisningar.malmo.se/2014/arsredovisning-2014/forvaltningsberattelse-2/prognossakerhet/',
  source: 'Malmö stad, Årsredovisning 2014, Förvaltningsberättelse, Prognossäkerhet',
  sheet: 'Prognossäkerhet',
  title: ['Prognosavvikelse, Mkr'],
  header: [[null, 'Bokslut', 'Delårsrapport jan-aug', 'Avvikelse']],
  rows: [
    ['Årets resultat', '-70', '80', '-150'], // Årets resultat-7080-150
    ['Servicenämnd', '38', '7', '31'], // Servicenämnd38731
    ['Kommunstyrelse', '-18', '44', '-62'], // Kommunstyrelse-1844-62
    ['Stadsbyggnadsnämnd', '13', '5', '8'], // Stadsbyggnadsnämnd1358
    ['Teknisk nämnd', '-12', '-33', '21'], // Teknisk nämnd-12-3321
    ['Rea-/exploateringsvinster', '88', '60', '28'], // Rea-/exploateringsvinster886028
    ['Gymnasie- & vuxenutbildningsnämnd', '22', '19', '3'], // Gymnasie- & vuxenutbildningsnämnd22193
    ['Grundskolenämnd', '-14', '0', '-14'], // Grundskolenämnd-140-14
    ['Förskolenämnd', '-6', '-10', '4'], // Förskolenämnd-6-104
    ['Social resursnämnd', '-15', '-17', '2'], // Social resursnämnd-15-172
    ['Statsbidrag flyktingar', '40', '36', '4'], // Statsbidrag flyktingar40364
    ['Stadsområdesnämnder', '-120', '-69', '-51'], // Stadsområdesnämnder-120-69-51
    ['Hemlöshet (75%)', '-84', '-68', '-16'], // Hemlöshet (75%)-84-68-16
    ['Ekonomiskt bistånd', '-122', '-122', '0'], // Ekonomiskt bistånd-122-1220
    ['Övriga nämnder', '3', '-1', '4'], // Övriga nämnder3-14
    ['Finansiering', '117', '229', '-112'], // Finansiering 117229-112
  ],
};
