import type { PrintedTable } from './types';

/**
 * A note to the balansräkning in tkr: the year's movements from the opening to the closing book
 * value, then the closing value as cost less accumulated depreciation; the city and the group for
 * two years. One movement is printed but left out of its total.
 *
 * Checked by hand on the printed figures:
 * - Bokfört värde = Ingående värde + the movements below it:
 *   Kommunen 2019: 3 235 190 + 619 147 + 3 − 102 424 + 2 330 − 12 211 − 22 085 = 3 719 950 ✓;
 *   Kommunen 2018: 2 707 958 + 617 117 + 3 012 − 91 131 − 1 766 = 3 235 190 ✓;
 *   Koncernen 2019: 3 766 489 + 623 255 + 3 553 − 118 684 + 2 330 − 12 318 − 22 085 = 4 242 540 ✓;
 *   Koncernen 2018: 3 270 752 + 636 720 + 10 238 − 107 814 + 2 288 − 41 544 − 1 863 = 3 768 777,
 *   printed 3 766 489: the 2 288 of "Årets återföring av nedskrivning" is printed in the column
 *   but not in its total (a printed error of 2 288 tkr).
 * - Bokfört värde = Anskaffningsvärde + Ackumulerade avskrivningar: 4 554 215 − 834 265 = 3 719 950 ✓;
 *   3 985 864 − 750 674 = 3 235 190 ✓; 5 300 761 − 1 058 221 = 4 242 540 ✓; 4 724 861 − 958 372 = 3 766 489 ✓.
 * - Each year's Ingående värde is the year before's Bokfört värde (3 235 190, 3 766 489) ✓.
 */
export const table: PrintedTable = {
  url: 'http://arsredovisning.varmdo.se/2019/ekonomisk-sammanstallning/noter-kommun-och-koncern/not-12/',
  source: 'Värmdö kommun, Årsredovisning 2019, Not 12 Mark, fastigheter och anläggningar',
  extent:
    'The note from its header to the second "Bokfört värde"; the rows below it (Avskrivningstid "25 år", a sentence, Taxeringsvärden) and the empty spacer rows are left out.',
  sheet: 'Not 12',
  title: ['Not 12 Mark, fastigheter och anläggningar'],
  header: [['Tkr', 'Kommunen 2019', 'Kommunen 2018', 'Koncernen 2019', 'Koncernen 2018']],
  rows: [
    ['Ingående värde', '3 235 190', '2 707 958', '3 766 489', '3 270 752'],
    ['Överföring från pågående nyanläggningar', '619 147', '617 117', '623 255', '636 720'],
    ['Årets inköp av fastigheter', '3', '3 012', '3 553', '10 238'],
    ['Årets avskrivning', '-102 424', '-91 131', '-118 684', '-107 814'],
    ['Årets återföring av nedskrivning', null, null, null, '2 288'],
    ['Omrubricering', '2 330', null, '2 330', '-41 544'],
    ['Årets utrangering', '-12 211', '-1 766', '-12 318', '-1 863'],
    ['Årets reavinst', '-22 085', null, '-22 085', null],
    ['Årets försäljningsinkomster', null, null, null, null],
    ['Bokfört värde', '3 719 950', '3 235 190', '4 242 540', '3 766 489'],
    ['Mark, fastigheter och anläggningar', null, null, null, null],
    ['Anskaffningsvärde', '4 554 215', '3 985 864', '5 300 761', '4 724 861'],
    ['Ackumulerade avskrivningar', '-834 265', '-750 674', '-1 058 221', '-958 372'],
    ['Ackumulerade nedskrivningar', null, null, null, null],
    ['Bokfört värde', '3 719 950', '3 235 190', '4 242 540', '3 766 489'],
  ],
  printedErrors: ['Not 12!E13'],
};
