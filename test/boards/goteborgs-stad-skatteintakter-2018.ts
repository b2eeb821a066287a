import type { PrintedTable } from './types';

/**
 * A note to the resultaträkning in mnkr: the city and the group side by side, three blocks with
 * their own "Summa" rows and a grand total of the two sums, and one sign printed wrong.
 *
 * Checked by hand on the printed figures:
 * - Summa skatteintäkter = the three rows above it: Kommunen 2017: 26 656 − 113 + 29 = 26 572 ✓;
 *   2018: 27 705 − 34 − 81 = 27 590 ✓; Sammanställd 2018: 27 705 − 34 − 81 = 27 590 ✓;
 *   Sammanställd 2017: 26 656 − 113 − 29 = 26 514, printed 26 572 (off by 58 mnkr): a printed error.
 *   The group's figures are the city's on every other row and 26 572 is what +29 gives, so the slip
 *   is most likely the minus of "Slutavräkning föregående år"; the one relation it breaks cannot
 *   tell a wrong part from a wrong total, so the finding is expected at the total (D8), naming the
 *   relation and its parts.
 * - Summa kommunalekonomisk utjämning mm = the six rows above it (Strukturbidrag "-"):
 *   2017: 2 827 − 314 − 5 + 150 + 376 + 793 = 3 827 ✓; 2018: 2 690 − 460 + 89 + 151 + 422 + 813 = 3 705 ✓
 *   (the same in both column pairs).
 * - The grand total = the two sums: 26 572 + 3 827 = 30 399 ✓; 27 590 + 3 705 = 31 295 ✓.
 */
export const table: PrintedTable = {
  url: 'http://arsredovisning.goteborg.se/2018/block-5-rakenskaper-for-kommunen-och-sammanstalld-redovisning/noter/not-6-skatteintakter-kommunalekonomisk-utjamning-med-mera/',
  source: 'Göteborgs Stad, Årsredovisning 2018, Not 6 Skatteintäkter, kommunalekonomisk utjämning med mera',
  extent: 'The whole note as printed; its empty spacer rows are left out.',
  sheet: 'Not 6',
  title: ['Not 6 Skatteintäkter, kommunalekonomisk utjämning med mera'],
  header: [
    [null, 'Kommunen', null, 'Sammanställd redovisning', null],
    ['Belopp i mnkr', '2017', '2018', '2017', '2018'],
  ],
  rows: [
    ['Preliminära skatteintäkter innevarande år', '26 656', '27 705', '26 656', '27 705'],
    ['Preliminär slutavräkning innevarande år', '-113', '-34', '-113', '-34'],
    ['Slutavräkning föregående år', '29', '-81', '-29', '-81'],
    ['Summa skatteintäkter', '26 572', '27 590', '26 572', '27 590'],
    ['Inkomstutjämning', '2 827', '2 690', '2 827', '2 690'],
    ['Strukturbidrag', '-', '-', '-', '-'],
    ['Kostnadsutjämning', '-314', '-460', '-314', '-460'],
    ['Regleringsbidrag/avgift', '-5', '89', '-5', '89'],
    ['LSS-utjämning', '150', '151', '150', '151'],
    ['Generella bidrag', '376', '422', '376', '422'],
    ['Kommunal fastighetsavgift', '793', '813', '793', '813'],
    ['Summa kommunalekonomisk utjämning mm', '3 827', '3 705', '3 827', '3 705'],
    ['Summa skatteintäkter och kommunalekonomisk utjämning med mera', '30 399', '31 295', '30 399', '31 295'],
  ],
  printedErrors: ['Not 6!D8'],
};
