import type { CorpusReport } from '../types';

/**
 * Gnesta kommun, årsredovisning 2013: Driftredovisning (tkr) and Resultaträkning jämfört med
 * budget; sentences from "Gnestas ekonomi". The driftredovisning is transcribed up to the page
 * excerpt's end (Vuxenutbildning); the boards after it are not, so "Nämndernas underskott blev
 * 15 mkr" cannot be summed.
 * Identities: Budget-avvikelse = Utfall − Budget (Kommunstyrelsen −37 264 − (−37 500) = 236,
 * Kommunchefen −4 614 − (−4 257) = −357); Förändring % = Förändring / |Utfall 2012|
 * (1 578 / 35 686 = 4,4 %). Resultaträkning: avvikelse = utfall − budget on every row
 * (1 469 − 2 000 = −531), −524 025 + 430 105 + 91 262 + 4 499 − 372 = 1 469.
 */
export const report: CorpusReport = {
  id: 'gnesta-2013',
  municipality: 'Gnesta',
  board: 'Kommunstyrelsen (Gnesta kommun)',
  report: 'Årsredovisning 2013',
  urls: [
    'https://www.gnesta.se/webdav/files/Sorteras/arsredovisning2013%20webb/driftredovisning.html',
    'https://www.gnesta.se/webdav/files/Sorteras/arsredovisning2013%20webb/budget.html',
    'https://www.gnesta.se/webdav/files/Sorteras/arsredovisning2013%20webb/ekonomi.html',
  ],
  sheets: [
    {
      name: 'Driftredovisning',
      rows: [
        ['Driftredovisning'],
        ['(tkr)', 'Utfall2013', 'Förändring 2012/2013', 'Förändring 2012/2013', 'Budget 2013', 'Budget-avvikelse'],
        ['Kommungemensamma poster', '519 802', '18 738', '3,7 %', '505 200', '14 602'],
        ['Revision', '– 614', '– 9', '1,6 %', '– 620', '6'],
        ['Överförmyndare', '– 819', '50', '– 5,7 %', '– 847', '28'],
        ['Övriga förtroendevalda', '– 4 646', '– 76', '1,7 %', '– 4 937', '291'],
        ['Pensioner', '– 8 311', '5 108', '– 38,1 %', '– 11 593', '3 282'],
        ['Skatter/statsbidrag', '521 366', '14 595', '2,9 %', '522 597', '– 1 231'],
        ['Räntenetto/borgensavgift', '4 454', '– 5 498', '– 55,2 %', '4 901', '– 447'],
        ['Övrigt kommungemensamt', '8 372', '4 569', '120,1 %', '– 4 301', '12 673'],
        ['Kommunstyrelsen', '– 37 264', '– 1 578', '4,4 %', '– 37 500', '236'],
        ['Kommunchefen', '– 4 614', '191', '– 4,0 %', '– 4 257', '– 357'],
        ['Kansli- och nämndserviceenheten', '– 4 823', '– 563', '13,2 %', '– 4 799', '– 24'],
        ['It-enheten', '– 5 585', '– 376', '7,2 %', '– 5 313', '– 272'],
        ['Ekonomienheten', '– 4 008', '– 100', '2,6 %', '– 4 626', '618'],
        ['Mark och fastigheter', '141', '50', '55,4 %', '– 14', '155'],
        ['Personalenheten', '– 4 980', '– 20', '0,4 %', '– 5 229', '249'],
        ['Samhällsunderstödda resor', '– 13 395', '– 761', '6,0 %', '– 13 263', '– 132'],
        ['Miljö- och byggnämnden', '– 11 705', '– 2 205', '23,2 %', '– 11 800', '95'],
        ['Samhällsbyggnad administration', '– 1 460', '– 555', '61,3 %', '– 1 507', '47'],
        ['Plan- och byggenheten', '– 1 695', '– 35', '2,1 %', '– 1 903', '208'],
        ['Planeringsenheten', '– 1 274', '– 851', '201,1 %', '– 1 197', '– 77'],
        ['Räddningsenheten', '– 6 426', '– 811', '14,4 %', '– 6 416', '– 10'],
        ['Miljöenheten', '– 849', '46', '– 5,2 %', '– 777', '– 72'],
        ['Barn- och utbildningsnämnden', '– 251 589', '– 13 642', '5,7 %', '– 242 858', '– 8 731'],
        ['BoU administration', '– 5 517', '– 64', '1,2 %', '– 6 612', '1 095'],
        ['Förskoleverksamhet', '– 62 318', '– 5 076', '8,9 %', '– 58 877', '– 3 442'],
        ['Grundskola', '– 112 206', '– 6 823', '6,5 %', '– 104 271', '– 7 935'],
        ['Särskola', '– 10 807', '7', '– 0,1 %', '– 11 527', '720'],
        ['Elevhälsa', '– 11 800', '– 656', '5,9 %', '– 13 470', '1 670'],
        ['Kulturskola', '– 2 186', '– 258', '13,4 %', '– 2 192', '6'],
        ['Gymnasieskola', '– 42 566', '1 037', '– 2,4 %', '– 41 640', '– 926'],
        ['Vuxenutbildning', '– 4 188', '– 1 808', '76,0 %', '– 4 269', '8'],
      ],
    },
    {
      name: 'Resultaträkning',
      rows: [
        ['Resultaträkning'],
        ['Jämfört med budget 2013'],
        ['Tkr', 'Utfall 2013', 'Budget 2013', 'Avvikelse Budget-Utfall'],
        ['Verksamhetens intäkter', '93 712', '85 611', '8 101'],
        ['Verksamhetens kostnader', '– 615 649', '– 600 875', '– 14 774'],
        ['Jämförelsestörande intäkter och kostnader', '6 966', '0', '6 966'],
        ['Avskrivningar', '– 9 054', '– 10 160', '1 106'],
        ['Verksamhetens nettokostnader', '– 524 025', '– 525 424', '1 399'],
        ['Skatteintäkter', '430 105', '426 927', '3 178'],
        ['Generella statsbidrag och utjämning', '91 262', '95 670', '– 4 408'],
        ['Finansiella intäkter', '4 499', '4 901', '– 402'],
        ['Finansiella kostnader', '– 372', '– 74', '– 298'],
        ['Resultat före extraordinära poster', '1 469', '2 000', '– 531'],
        ['Extraordinära intäkter', '0', '0', '0'],
        ['Extraordinära kostnader', '0', '0', '0'],
        ['ÅRETS RESULTAT', '1 469', '2 000', '– 531'],
      ],
    },
  ],
  sentences: [
    {
      id: 'g13-1',
      text: 'Gnesta kommun redovisade ett överskott på 1,5 mkr 2013.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Utfall 2013 = 1 469 tkr = 1,5 mkr.',
      plants: [
        { text: 'Gnesta kommun redovisade ett underskott på 1,5 mkr 2013.', kind: 'sign', why: 'the result is +1 469' },
        { text: 'Gnesta kommun redovisade ett överskott på 2,5 mkr 2013.', kind: 'amount', why: '2,5 ≠ 1,5' },
      ],
    },
    {
      id: 'g13-2',
      context: 'Gnesta kommun redovisade ett överskott på 1,5 mkr 2013.',
      text: 'Resultatet var lägre än budgeterade 2 mkr.',
      label: 'right',
      why: 'ÅRETS RESULTAT, Budget 2013 = 2 000 tkr = 2 mkr.',
      plants: [{ text: 'Resultatet var lägre än budgeterade 3 mkr.', kind: 'amount', why: 'the budget was 2 000 tkr' }],
    },
    {
      id: 'g13-3',
      text: 'Nämndernas underskott blev 15 mkr, men detta kompenserades av totala överskott på i stort sett samma summa (14,5 mkr) inom kommungemensamma verksamheter.',
      label: 'wrong',
      why: 'Kommungemensamma poster, Budget-avvikelse = 14 602 tkr = 14,6 mkr, not 14,5 (the boards’ 15 mkr cannot be summed from the excerpt).',
    },
    {
      id: 'g13-4',
      text: 'Totalt blev kommunstyrelsens nettokostnader 37,3 mkr, vilket var en ökning med 1,6 mkr (4,4 procent) från 2012.',
      label: 'right',
      why: 'Kommunstyrelsen: Utfall −37 264 tkr → 37,3 mkr; Förändring −1 578 → 1,6 mkr; 4,4 %.',
      place: 'beside',
      plants: [
        { text: 'Totalt blev kommunstyrelsens nettokostnader 73,3 mkr, vilket var en ökning med 1,6 mkr (4,4 procent) från 2012.', kind: 'amount', why: '73,3 ≠ 37,3' },
        { text: 'Totalt blev kommunstyrelsens nettokostnader 37,3 mkr, vilket var en ökning med 1,6 mkr (5,4 procent) från 2012.', kind: 'percent', why: '5,4 ≠ 4,4' },
        { text: 'Totalt blev kommunstyrelsens nettokostnader 37,3 mkr, vilket var en ökning med 1,6 tkr (4,4 procent) från 2012.', kind: 'unit', why: '1,6 tkr ≠ 1 578 tkr' },
      ],
    },
    {
      id: 'g13-5',
      text: 'Kommunstyrelsen redovisade ett överskott på 0,2 mkr.',
      label: 'right',
      why: 'Kommunstyrelsen, Budget-avvikelse = 236 tkr = 0,2 mkr.',
      plants: [
        { text: 'Kommunstyrelsen redovisade ett underskott på 0,2 mkr.', kind: 'sign', why: 'the deviation is +236' },
        { text: 'Kommunstyrelsen redovisade ett överskott på 0,3 mkr.', kind: 'amount', why: '0,236 rounds to 0,2' },
      ],
    },
    {
      id: 'g13-6',
      text: 'Underskottet på 0,4 mkr inom verksamhetsområdet kommunchef beror framför allt på kostnader för en utredning av konsekvenser av ett länsbyte och kostnader för kommunens julfest.',
      label: 'right',
      why: 'Kommunchefen, Budget-avvikelse = −357 tkr, an underskott of 0,4 mkr.',
      place: 'below',
      plants: [
        { text: 'Överskottet på 0,4 mkr inom verksamhetsområdet kommunchef beror framför allt på kostnader för en utredning av konsekvenser av ett länsbyte och kostnader för kommunens julfest.', kind: 'sign', why: 'Kommunchefen is −357' },
        { text: 'Underskottet på 0,6 mkr inom verksamhetsområdet kommunchef beror framför allt på kostnader för en utredning av konsekvenser av ett länsbyte och kostnader för kommunens julfest.', kind: 'amount', why: '0,6 ≠ 0,357' },
      ],
    },
  ],
};
