import type { PrintedTable } from './types';

/**
 * Two short lists under "Bokslutet 2013 i korthet", one after the other as printed: the
 * revenues in miljoner kronor with their Summa, and the tax rate (%) with its Totalt.
 *
 * Checked by hand in tyreso-printed-precision.test.ts:
 * - Summa 2563,5 against 1 847,2 + 137,2 + 67,2 + 19,2 + 492,8 = 2 563,6: six figures printed to
 *   one decimal may be 6 × 0,05 = 0,3 apart — rounding, no error.
 * - Totalt 31,5 against 19,48 + 12,10 = 31,58: the rates are printed to two decimals (tax rates
 *   are decided to the öre, so they are exact), and 31,58 to one decimal is 31,6. Printed one
 *   decimal coarser, the total may be off by half its unit plus the parts' rounding, 0,05 + 2 ×
 *   0,005 = 0,06; it is 0,08 off: a printed error (a digit dropped — the same page for 2015 prints
 *   the same rates with "Totalt 31,58").
 */
export const table: PrintedTable = {
  url: 'http://www.tyreso.se/Kommun_demokrati/Ekonomi/Arsredovisningar/Bokslutet-2013-i-korthet/',
  source: 'Tyresö kommun, Bokslutet 2013 i korthet',
  extent: 'The two lists as printed, one under the other; the page text around them is left out.',
  sheet: 'Bokslut 2013',
  title: ['Bokslutet 2013 i korthet'],
  header: [['Intäkter, miljoner kronor', null]],
  rows: [
    ['Skatteintäkter', '1847,2'],
    ['Utjämningssystem etc', '137,2'],
    ['Fastighetsavgift', '67,2'],
    ['Statsbidrag maxtaxa', '19,2'],
    ['Övriga intäkter', '492,8'],
    ['Summa', '2563,5'],
    ['Kommunalskatt (%)', null],
    ['Till kommunen', '19,48'],
    ['Till landstinget', '12,10'],
    ['Totalt', '31,5'],
  ],
};
