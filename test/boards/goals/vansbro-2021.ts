import type { BoardTable } from './helsingborg-2016';

/**
 * Vansbro kommun, "Hur gick det med Vansbros mål?" in the short version of the annual report 2021,
 * transcribed exactly as the stored page prints it:
 * https://finansiellinfo.se/Vansbrokort-2021/mal.html
 *
 * The page prints, under the strategic goal of the perspective "Medborgare och kunder", the
 * header "Indikatorer 2021 Mål Trend" and per indicator its outcome 2021, its target and a trend
 * sign ("+"), followed by a comment. The trend column and the comments are left out (the workbook
 * keeps outcome and target); the first three indicators are the ones the stored text holds whole.
 *
 * The page states its assessments in words in its summary: "uppfyllde kommunen 7 av 12 mål,
 * bland annat låg brottslighet, låg arbetslöshet, …". The short version prints no legend; the
 * legend is the municipality's own from its annual report 2019
 * (https://finansiellinfo.se/Vansbro_2019/Maluppfyllelse.html), printed there as
 * "Målet uppnått, förväntad målnivå eller bättre" / "Målet delvis uppnått, minst 80 procent
 * måluppfyllelse" / "Målet ej uppnått, lägre än 80 procent måluppfyllelse".
 *
 * The page's summary also states one indicator of another perspective with its figures and its
 * assessment in one sentence: "Målet för bredbandstillgång uppfylldes med råge, 87 % mot målet på
 * 70 %." The table row of that indicator is not in the stored text, so its name here is the
 * summary's own word ("bredbandstillgång"), under the perspective the summary names ("framtidstro
 * och utveckling"); outcome 87 % and target 70 % are as printed. By the rule, 87 ≥ 70 is
 * "Målet uppnått", which is what the page says ("uppfylldes").
 *
 * Expected levels, by my reading of that rule: "Låg brottslighet" 632 against 700 and
 * "Låg arbetslöshet" 2,7 % against 3 % — the measure's own word "Låg" says lower is better, both
 * are at or below target, and the page says both were met: "Målet uppnått". The third indicator
 * is not named in the page's words; by the rule it is met too (77,6 % against 72,4 %, a share
 * of young people in work or studies, where more is better): "Målet uppnått", worked by hand.
 */
export const VANSBRO_URL = 'https://finansiellinfo.se/Vansbrokort-2021/mal.html';
export const VANSBRO_LEGEND_URL = 'https://finansiellinfo.se/Vansbro_2019/Maluppfyllelse.html';

/** The measures whose level the page states in words ("uppfyllde kommunen … låg brottslighet, låg arbetslöshet", "Målet för bredbandstillgång uppfylldes"). */
export const VANSBRO_PRINTED = ['Låg brottslighet (antal anmälda våldsbrott per 100 000 invånare)', 'Låg arbetslöshet', 'Bredbandstillgång'];

export const VANSBRO_LEGEND = [
  'Målet uppnått, förväntad målnivå eller bättre',
  'Målet delvis uppnått, minst 80 procent måluppfyllelse',
  'Målet ej uppnått, lägre än 80 procent måluppfyllelse',
];

export const VANSBRO_2021: BoardTable = {
  municipality: 'Vansbro',
  board: 'Kommunfullmäktige (strategiska mål)',
  title: 'Hur gick det med Vansbros mål?',
  url: VANSBRO_URL,
  legend: VANSBRO_LEGEND,
  store: 'numbers',
  sections: [
    {
      heading: 'Medborgare och kunder',
      header: ['Indikatorer', '2021', 'Mål'],
      rows: [
        { goal: 'Vansbro kommun är en attraktiv och trygg kommun, där medborgare och kunder är nöjda med kommunens verksamhet.' },
        { measure: 'Låg brottslighet (antal anmälda våldsbrott per 100 000 invånare)', outcomes: ['632'], target: '700', expected: VANSBRO_LEGEND[0] },
        { measure: 'Låg arbetslöshet', outcomes: ['2,7 %'], target: '3 %', expected: VANSBRO_LEGEND[0] },
        { measure: 'Andel ungdomar som är etablerade på arbetsmarknaden eller studerar 1 år efter fullföljd gymnasieutbildning, hemkommun', outcomes: ['77,6 %'], target: '72,4 %', expected: VANSBRO_LEGEND[0] },
      ],
    },
    {
      heading: 'Framtidstro och utveckling',
      header: ['Indikatorer', '2021', 'Mål'],
      rows: [
        // "Målet för bredbandstillgång uppfylldes med råge, 87 % mot målet på 70 %": 87 ≥ 70.
        { measure: 'Bredbandstillgång', outcomes: ['87 %'], target: '70 %', expected: VANSBRO_LEGEND[0] },
      ],
    },
  ],
};
