import { parseTarget, parseOutcome, parseLevelLabel, splitLegendText, scaleFromLevels, levelRules } from '../../src/assessment';
import type { Target, TargetContext, ParsedOutcome, LegendLevel } from '../../src/assessment';
import type { CellValue } from '../../src/grid/types';

/**
 * Targets, outcomes and legends as real reports write them, table-driven. Sources (stored public
 * pages): H = Helsingborgs stad, årsredovisning 2016, "Uppföljning av nämndens mål" (six boards,
 * test/boards/goals/helsingborg-2016.ts) and "Stadens mål"; V = Vara kommun, nämndernas
 * indikatorer 2024 (vara.se/…/namndernasmal.1108.html); E = Enköpings kommun, vård- och
 * omsorgsnämndens effektmål (yh.enkoping.se/…/vara-effektmal.html) and kultur- och fritidsnämndens
 * verksamhetsresultat (enkoping.se/underwebbar/politisk-plan-for-2019/…); U = Samordningsförbundet
 * Umeåregionen, social redovisning 2022; L = Luleå kommun, mål 2040, indikatorer per förvaltning;
 * VG = Vårgårda kommun, årsredovisning 2023, måluppföljning; VÄ = Västerås stad, Västeråsbarometern,
 * teckenförklaring; J = Jönköpings kommun, Hållbarometern, teckenförklaring; P = PostNord,
 * finansiella mål; G = Green Cargo, finansiella mål; S = SSC, finansiell information;
 * I = forms named in the issue (as boards write them).
 */

/** A target in a few words: ">= 60 %", "range 80..90", "prev keep 2023", "yes", "unreadable text". */
function summary(t: Target): string {
  const unit = (u?: string) => (u === 'percent' ? ' %' : u ? ` ${u}` : '');
  switch (t.kind) {
    case 'compare':
      return `${t.op} ${t.value}${unit(t.unit)}${t.note ? ` [${t.note}]` : ''}`;
    case 'range':
      return `range ${t.min}..${t.max}${unit(t.unit)}`;
    case 'previous':
      return `prev ${t.direction}${t.year ? ` ${t.year}` : ''}`;
    case 'yesno':
      return t.expected ? 'yes' : 'no';
    case 'unreadable':
      return `unreadable ${t.reason}`;
  }
}

const targets: [string, string, string, TargetContext?][] = [
  // Helsingborg 2016, the boards' tables
  ['H', 'Minst 60 %', '>= 60 %'],
  ['H', '100 %', '>= 100 %'],
  ['H', 'Minst 55 %', '>= 55 %'],
  ['H', 'Minst NKI 75', '>= 75 [NKI]'],
  ['H', 'Minst 75 %', '>= 75 %'],
  ['H', 'Minst index\n41', '>= 41 [index]'],
  ['H', 'Minst 72,3', '>= 72.3'],
  ['H', 'Minst 69 000', '>= 69000'],
  ['H', 'Minst 42 %', '>= 42 %'],
  ['H', 'Minst index\n76', '>= 76 [index]'],
  ['H', 'Minst 90 %', '>= 90 %'],
  ['H', 'Max 13,2 %', '<= 13.2 %'],
  ['H', 'Minst 70', '>= 70'],
  ['H', 'Högst 40 %', '<= 40 %'],
  ['H', 'Minst 25 st', '>= 25 count'],
  ['H', '94 %', '>= 94 %'],
  ['H', '83 %', '>= 83 %'],
  ['H', 'Minst 52 %', '>= 52 %'],
  ['H', 'Minst 4,5', '>= 4.5'],
  ['H', 'Minst 94 %', '>= 94 %'],
  // Helsingborg 2016, "Stadens mål": bare numbers, read by the goal's and indicator's words
  ['H', '41', '>= 41', { indicator: 'Nöjd-Inflytande-Index', goal: 'Alla i Helsingborg ska ha möjlighet att påverka sina liv' }],
  ['H', '72,3', '>= 72.3', { indicator: 'Andel förvärvsarbetande invånare 20-64 år 1)' }],
  ['H', '69 000', '>= 69000', { indicator: 'Antal arbetstillfällen i Helsingborg 1)' }],
  ['H', '86', '>= 86', { indicator: 'Andel elever i årskurs 9 med behörighet till gymnasieskolans yrkesprogram (efter sommarskola)' }],
  // Vara 2024, Bildningsnämndens indikatorer
  ['V', 'Minst 90 %', '>= 90 %'],
  ['V', '8', '>= 8', { indicator: 'Medelvärde elever åk 5 som upplever att de är trygga i skolan.' }],
  ['V', '7', '>= 7', { indicator: 'Medelvärde elever i åk 8 som upplever att de har studiero på lektionerna.' }],
  // Enköping: the target written after the figure
  ['E', '90 procent eller högre', '>= 90 %'],
  ['E', '80 procent eller högre', '>= 80 %'],
  ['E', '100 procent', '>= 100 %'],
  // Others
  ['U', '80 %', '>= 80 %'],
  ['U', 'Åtta av tio (8/10)', 'unreadable text'],
  ['P', '10 - 50 %', 'range 10..50 %'],
  ['P', '10,5%', '>= 10.5 %'],
  ['G', 'mellan 0,6 och 0,9', 'range 0.6..0.9'],
  ['S', 'minst 6 procent', '>= 6 %'],
  // The issue's forms
  ['I', '<166', '< 166'],
  ['I', '>75', '> 75'],
  ['I', '≥ 90', '>= 90'],
  ['I', '≤ 5 %', '<= 5 %'],
  ['I', 'Lägst 80', '>= 80'],
  ['I', 'Mer än 50 %', '> 50 %'],
  ['I', 'Färre än 10', '< 10'],
  ['I', '80–90', 'range 80..90'],
  ['I', '80 – 90 %', 'range 80..90 %'],
  ['I', 'Öka', 'prev higher'],
  ['I', 'Minska', 'prev lower'],
  ['I', 'Bibehålla', 'prev keep'],
  ['I', 'Ja', 'yes'],
  ['I', 'Nej', 'no'],
  ['I', 'Ej mätbart', 'unreadable not-measurable'],
  ['I', 'Se kommentar', 'unreadable text'],
  ['I', '<166 personer', '< 166 count'],
  ['I', 'Minst index 65', '>= 65 [index]'],
  // Further forms of the same families
  ['I', 'Max. 3', '<= 3'],
  ['I', 'Minimum 85 %', '>= 85 %'],
  ['I', 'Under 10 %', '< 10 %'],
  ['I', 'Över 95 %', '> 95 %'],
  ['I', 'Högst 12 veckor', '<= 12 [veckor]'],
  ['I', '≤ 10 dagar', '<= 10 [dagar]'],
  ['I', 'Minst 3 000 tkr', '>= 3000 tkr'],
  ['I', '> 2 mnkr', '> 2 mnkr'],
  ['I', 'Mer än 4 000 besök', '> 4000 [besök]'],
  ['I', 'Minst 90 % av eleverna', '>= 90 % [av eleverna]'],
  ['I', 'Mål: minst 80 %', '>= 80 %'],
  ['I', '90 % eller mer', '>= 90 %'],
  ['I', '5 eller färre', '<= 5'],
  ['I', '90-95 %', 'range 90..95 %'],
  ['I', 'Mellan 40 och 60 %', 'range 40..60 %'],
  ['I', 'Öka jämfört med 2023', 'prev higher 2023'],
  ['I', 'Lägre än 2023', 'prev lower 2023'],
  ['I', 'Bibehållen nivå', 'prev keep'],
  ['I', 'Oförändrat', 'prev keep'],
  ['I', 'Minst samma som föregående år', 'prev keep'],
  ['I', 'Ska öka', 'prev higher'],
  ['I', 'Minskning', 'prev lower'],
  ['I', 'Ja.', 'yes'],
  ['I', 'Mäts ej', 'unreadable not-measurable'],
  ['I', 'Ej mätbar 2024', 'unreadable not-measurable'],
  ['I', 'Se analys', 'unreadable text'],
  ['I', 'Bättre än riket', 'unreadable text'],
  ['I', 'Lägre än riket', 'unreadable text'],
  ['I', 'ca 75', 'unreadable text'],
  ['I', '75 eller 80', 'unreadable text'],
  ['I', '2 av 3', 'unreadable text'],
  ['I', 'Nollmätning', 'unreadable text'],
  ['I', '0', '<= 0'],
  ['I', '-', 'unreadable empty'],
];

describe('targets as real reports write them', () => {
  it('covers at least 60 texts', () => expect(targets.length).toBeGreaterThanOrEqual(60));
  // Every row with four values: a test function taking more arguments than a row gives is run as a "done" callback.
  it.each(targets.map(([src, text, expected, context]) => [src, text, expected, context] as const))('[%s] %j → %s', (_src, text, expected, context) => {
    expect(summary(parseTarget(text, context))).toBe(expected);
  });
});

/** An outcome in a few words: "58 %", "71.9", "yes", "missing", "unreadable". */
function outcome(p: ParsedOutcome): string {
  switch (p.kind) {
    case 'number':
      return `${p.value}${p.percent ? ' %' : ''}`;
    case 'yesno':
      return p.value ? 'yes' : 'no';
    default:
      return p.kind;
  }
}

const outcomes: [string, CellValue, string | undefined, string][] = [
  // Stored numbers: a fraction shown as percent by its format is read in percent
  ['H', 0.58, '0 %', '58 %'],
  ['H', 0.58, '0%', '58 %'],
  ['H', 0.585, '0.0\\ %', '58.5 %'],
  ['H', 71.9, '0.0', '71.9'],
  ['H', 67044, '#,##0', '67044'],
  ['H', 36, undefined, '36'],
  // Text as printed
  ['H', '58 %', undefined, '58 %'],
  ['H', '59 %', undefined, '59 %'],
  ['H', '71,9', undefined, '71.9'],
  ['H', '67 044', undefined, '67044'],
  ['H', '69 001', undefined, '69001'],
  ['H', '4,3', undefined, '4.3'],
  ['H', '72 ', undefined, '72'],
  ['H', '-', undefined, 'missing'],
  ['L', '84,5 %', undefined, '84.5 %'],
  ['L', '4 st./inv', undefined, '4'],
  ['L', '40,8 %', undefined, '40.8 %'],
  ['U', '88 % (117 av 133)', undefined, '88 %'],
  ['U', '95 % (127 av 133)', undefined, '95 %'],
  ['I', '87 procent', undefined, '87 %'],
  ['I', '87%', undefined, '87 %'],
  ['I', '87,5 %', undefined, '87.5 %'],
  ['I', '79 kr/inv', undefined, '79'],
  ['I', '12 st', undefined, '12'],
  ['I', '12 personer', undefined, '12'],
  ['I', '4,3 dagar', undefined, '4.3'],
  ['I', 'NKI 79', undefined, '79'],
  ['I', 'Index 72', undefined, '72'],
  ['I', '87 % (2023)', undefined, '87 %'],
  ['I', '12 (15)', undefined, '12'],
  ['I', '\u22123 %', undefined, '-3 %'],
  ['I', '+2 %', undefined, '2 %'],
  ['I', `1${'\u00A0'}234`, undefined, '1234'],
  ['I', 'Ja', undefined, 'yes'],
  ['I', 'Nej', undefined, 'no'],
  ['I', true, undefined, 'yes'],
  // Missing figures: the board's "ej bedömd" level, or empty — never a number
  ['I', '–', undefined, 'missing'],
  ['I', '', undefined, 'missing'],
  ['I', null, undefined, 'missing'],
  ['I', 'Ej mätt', undefined, 'missing'],
  ['I', 'Ej mätt 2016', undefined, 'missing'],
  ['I', 'Mätning ej genomförd', undefined, 'missing'],
  ['I', 'Data saknas', undefined, 'missing'],
  ['I', 'Uppgift saknas', undefined, 'missing'],
  ['I', 'Redovisas senare', undefined, 'missing'],
  // Not read: never guessed
  ['I', 'ca 87 %', undefined, 'unreadable'],
  ['I', '2 av 3', undefined, 'unreadable'],
  ['I', '87 eller 88', undefined, 'unreadable'],
  ['I', 'Se bilaga', undefined, 'unreadable'],
  ['I', { error: '#N/A' }, undefined, 'unreadable'],
  ['I', new Date(Date.UTC(2024, 7, 31)), undefined, 'unreadable'],
];

describe('outcomes as stored', () => {
  it('covers at least 30 forms', () => expect(outcomes.length).toBeGreaterThanOrEqual(30));
  it.each(outcomes)('[%s] %j (%s) → %s', (_src, value, numFmt, expected) => {
    expect(outcome(parseOutcome(value, numFmt))).toBe(expected);
  });
});

describe('legends as boards print them', () => {
  const levels = (texts: string[]) => texts.map((t) => parseLevelLabel(t));

  it('[H] bands in percent of the target, and a no-value level', () => {
    const ls = levels(['Uppfyllelse 100 procent', 'Uppfyllelse 91–99 procent', 'Uppfyllelse 90 procent eller lägre', 'Uppföljning är inte genomförd']);
    expect(ls.map((l) => l?.band ?? (l?.noValue ? 'none' : undefined))).toEqual([{ min: 100, max: 100 }, { min: 91, max: 99 }, { max: 90 }, 'none']);
    const r = scaleFromLevels(ls as LegendLevel[], 'board', 'x');
    expect(r.thresholds).toBe('legend');
    expect(levelRules(r.scale!).map((l) => `${l.name}: ${l.rule}`)).toEqual([
      'Uppfyllelse 90 procent eller lägre: högst 90 % av målet',
      'Uppfyllelse 91–99 procent: 91–99 % av målet',
      'Uppfyllelse 100 procent: målet nått',
      'Uppföljning är inte genomförd: utfall saknas',
    ]);
  });

  it('[E] a colour key with bands: the board writes the colour word, with its colour', () => {
    const ls = levels(['Grönt = ≥ 75 procent måluppfyllelse', 'Gult =60-74 procent', 'Rött = ≤ 60 procent']) as LegendLevel[];
    expect(ls.map((l) => [l.name, l.fill, l.band])).toEqual([
      ['Grönt', '00B050', { min: 75 }],
      ['Gult', 'FFFF00', { min: 60, max: 74 }],
      ['Rött', 'FF0000', { max: 60 }],
    ]);
    const { scale } = scaleFromLevels(ls, 'board', 'x');
    expect(scale?.levels.map((l) => l.name)).toEqual(['Rött', 'Gult', 'Grönt']);
  });

  it('[VG] symbols with words: ordered by the words', () => {
    const ls = levels(['😊= Delmålet bedöms bli uppfyllt under året.', '😐= Delmålet bedöms bli delvis uppfyllt under året eller kan inte mätas/bedömas.', '😒= Delmålet bedöms inte bli uppfyllt under året']) as LegendLevel[];
    const r = scaleFromLevels(ls, 'board', 'x');
    expect(r.scale?.levels.map((l) => l.name)).toEqual(['😒', '😐', '😊']);
    // No limits in the legend: the documented default, said so.
    expect(r.thresholds).toBe('default');
    expect(r.scale?.levels[1].maxShortfallPercent).toBe(25);
  });

  it('[VÄ] four levels in words, one of them "Bedömning saknas"', () => {
    const ls = levels(['Målet kan uppnås', 'Målet kan delvis uppnås', 'Målet blir svårt att uppnå', 'Bedömning saknas']) as LegendLevel[];
    const r = scaleFromLevels(ls, 'board', 'x');
    expect(r.scale?.levels.map((l) => [l.name, !!l.noValue])).toEqual([
      ['Målet blir svårt att uppnå', false],
      ['Målet kan delvis uppnås', false],
      ['Målet kan uppnås', false],
      ['Bedömning saknas', true],
    ]);
  });

  it('[J] five levels whose order the words do not give: not used, and why', () => {
    const ls = levels(['Målet är uppnått', 'Målet bedöms kunna uppnås', 'Osäkert om målet kan uppnås', 'Målet bedöms inte kunna uppnås', 'Målet har inte uppnåtts']) as LegendLevel[];
    const r = scaleFromLevels(ls, 'board', 'x');
    expect(r.scale).toBeUndefined();
    expect(r.problem).toMatch(/rang|ordning/);
  });

  it.each([
    ['Bedömning av nyckeltal: Värde uppnått | Nära värde | Ej accepterat värde', ['Värde uppnått', 'Nära värde', 'Ej accepterat värde']],
    ['Uppfyllelse 100 procent   Uppfyllelse 91–99 procent   Uppfyllelse 90 procent eller lägre', ['Uppfyllelse 100 procent', 'Uppfyllelse 91–99 procent', 'Uppfyllelse 90 procent eller lägre']],
    // [H] exactly as the page prints it: one space before the last label
    [
      'Uppfyllelse 100 procent   Uppfyllelse 91–99 procent   Uppfyllelse 90 procent eller lägre Uppföljning är inte genomförd',
      ['Uppfyllelse 100 procent', 'Uppfyllelse 91–99 procent', 'Uppfyllelse 90 procent eller lägre', 'Uppföljning är inte genomförd'],
    ],
    ['Helt uppfyllt; Delvis uppfyllt; Ej uppfyllt', ['Helt uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt']],
    ['Ett ensamt stycke text utan nivåer', []],
  ])('one-cell legend %j', (text, parts) => {
    expect(splitLegendText(text)).toEqual(parts);
  });

  it.each(['Socialnämndens mål', 'Invånare – nämndens mål och mätetal', 'Utfall 2016', 'Källa: årsredovisningen'])('%j is no level', (text) => {
    expect(parseLevelLabel(text)).toBeUndefined();
  });
});
