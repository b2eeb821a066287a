import { parseTarget, describeTarget, lowerIsBetter } from '../../src/assessment';
import type { Target, TargetContext } from '../../src/assessment';

/** The expected parse without `raw` (always the input as given); distributive over the union. */
type Expect = Target extends infer T ? (T extends Target ? Omit<T, 'raw'> : never) : never;

const NBSP = '\u00A0';
const MINUS = '\u2212';

// One line per form: text, context, expected (raw is always the input as given).
const cases: [string, TargetContext | undefined, Expect][] = [
  ['<166', undefined, { kind: 'compare', op: '<', value: 166, source: 'symbol' }],
  ['>75', undefined, { kind: 'compare', op: '>', value: 75, source: 'symbol' }],
  ['> 20', undefined, { kind: 'compare', op: '>', value: 20, source: 'symbol' }],
  ['≥ 90', undefined, { kind: 'compare', op: '>=', value: 90, source: 'symbol' }],
  ['>= 90', undefined, { kind: 'compare', op: '>=', value: 90, source: 'symbol' }],
  ['≤ 5', undefined, { kind: 'compare', op: '<=', value: 5, source: 'symbol' }],
  ['<=5', undefined, { kind: 'compare', op: '<=', value: 5, source: 'symbol' }],
  ['=< 5', undefined, { kind: 'compare', op: '<=', value: 5, source: 'symbol' }],
  ['= 3', undefined, { kind: 'compare', op: '=', value: 3, source: 'symbol' }],
  ['<315', undefined, { kind: 'compare', op: '<', value: 315, source: 'symbol' }],
  ['>60 %', undefined, { kind: 'compare', op: '>', value: 60, unit: 'percent', source: 'symbol' }],
  [`<1${NBSP}000`, undefined, { kind: 'compare', op: '<', value: 1000, source: 'symbol' }],
  [`<${MINUS}5`, undefined, { kind: 'compare', op: '<', value: -5, source: 'symbol' }],
  ['>7,5', undefined, { kind: 'compare', op: '>', value: 7.5, source: 'symbol' }],
  ['minst 75', undefined, { kind: 'compare', op: '>=', value: 75, source: 'word' }],
  ['högst 10 st', undefined, { kind: 'compare', op: '<=', value: 10, unit: 'count', source: 'word' }],
  ['under 166', undefined, { kind: 'compare', op: '<', value: 166, source: 'word' }],
  ['över 20', undefined, { kind: 'compare', op: '>', value: 20, source: 'word' }],
  // Bare numbers: "at least", unless the wording says less is better.
  ['75', undefined, { kind: 'compare', op: '>=', value: 75, source: 'bare' }],
  ['1', { indicator: 'Genomförd informationskampanj' }, { kind: 'compare', op: '>=', value: 1, source: 'bare' }],
  ['100 %', undefined, { kind: 'compare', op: '>=', value: 100, unit: 'percent', source: 'bare' }],
  [`100${NBSP}%`, undefined, { kind: 'compare', op: '>=', value: 100, unit: 'percent', source: 'bare' }],
  ['100%', undefined, { kind: 'compare', op: '>=', value: 100, unit: 'percent', source: 'bare' }],
  ['8 st', undefined, { kind: 'compare', op: '>=', value: 8, unit: 'count', source: 'bare' }],
  [
    '150',
    { indicator: 'Antal placeringar', goal: 'Kostnaderna för köpt vård ska minska' },
    { kind: 'compare', op: '<=', value: 150, source: 'bare', lowerIsBetterBecause: 'ska minska' },
  ],
  ['12', { indicator: 'Antal avbrott, färre än i fjol' }, { kind: 'compare', op: '<=', value: 12, source: 'bare', lowerIsBetterBecause: 'färre' }],
  ['4,5', { indicator: 'Sjukfrånvaro, lägre än riket (%)' }, { kind: 'compare', op: '<=', value: 4.5, source: 'bare', lowerIsBetterBecause: 'lägre' }],
  // The indicator's own "öka" wins over the goal's "minska".
  ['20', { indicator: 'Antal våldsutövare som får stöd ska öka', goal: 'Våldet i nära relationer ska minska' }, { kind: 'compare', op: '>=', value: 20, source: 'bare' }],
  // Target 0: "at least 0" is always met, so a bare 0 means "none".
  ['0', undefined, { kind: 'compare', op: '<=', value: 0, source: 'bare', lowerIsBetterBecause: 'målvärdet 0' }],
  ['0 %', undefined, { kind: 'compare', op: '<=', value: 0, unit: 'percent', source: 'bare', lowerIsBetterBecause: 'målvärdet 0' }],
  // Ranges.
  ['70–80', undefined, { kind: 'range', min: 70, max: 80 }],
  ['70-80 %', undefined, { kind: 'range', min: 70, max: 80, unit: 'percent' }],
  ['70 % – 80 %', undefined, { kind: 'range', min: 70, max: 80, unit: 'percent' }],
  ['mellan 70 och 80', undefined, { kind: 'range', min: 70, max: 80 }],
  ['Mellan 70 och 80 %', undefined, { kind: 'range', min: 70, max: 80, unit: 'percent' }],
  ['80 - 70', undefined, { kind: 'range', min: 70, max: 80 }],
  ['5 till 10', undefined, { kind: 'range', min: 5, max: 10 }],
  // Relative to the previous outcome.
  ['lägre än föregående år', undefined, { kind: 'previous', direction: 'lower' }],
  ['Högre än föregående år', undefined, { kind: 'previous', direction: 'higher' }],
  ['ska vara lägre än förra året', undefined, { kind: 'previous', direction: 'lower' }],
  ['färre än 2023', undefined, { kind: 'previous', direction: 'lower', year: 2023 }],
  ['Minska', undefined, { kind: 'previous', direction: 'lower' }],
  ['ska öka jämfört med föregående år', undefined, { kind: 'previous', direction: 'higher' }],
  // Not a target: never guessed.
  ['Se kommentar', undefined, { kind: 'unreadable', reason: 'text' }],
  ['-', undefined, { kind: 'unreadable', reason: 'empty' }],
  ['–', undefined, { kind: 'unreadable', reason: 'empty' }],
  ['', undefined, { kind: 'unreadable', reason: 'empty' }],
  [`  ${NBSP} `, undefined, { kind: 'unreadable', reason: 'empty' }],
  ['Ej aktuellt', undefined, { kind: 'unreadable', reason: 'text' }],
  ['bättre än föregående år', undefined, { kind: 'unreadable', reason: 'text' }],
  ['ca 75', undefined, { kind: 'unreadable', reason: 'text' }],
  ['75 eller 80', undefined, { kind: 'unreadable', reason: 'text' }],
  ['<', undefined, { kind: 'unreadable', reason: 'text' }],
  ['#REF!', undefined, { kind: 'unreadable', reason: 'text' }],
];

describe('parseTarget', () => {
  it.each(cases)('%j (%j)', (text, context, expected) => {
    expect(parseTarget(text, context)).toEqual({ ...expected, raw: text });
  });

  it('reads null and undefined as a missing target', () => {
    expect(parseTarget(null)).toEqual({ kind: 'unreadable', raw: '', reason: 'empty' });
    expect(parseTarget(undefined)).toEqual({ kind: 'unreadable', raw: '', reason: 'empty' });
  });

  it('reads a number cell value as a bare number', () => {
    expect(parseTarget(75)).toEqual({ kind: 'compare', op: '>=', value: 75, source: 'bare', raw: '75' });
  });
});

describe('lowerIsBetter', () => {
  it.each([
    [{ indicator: 'Andel (%)' }, undefined],
    [{ goal: 'Våldet i nära relationer ska minska' }, 'ska minska'],
    [{ goal: 'Alingsåsare ska vara självförsörjande i högre utsträckning' }, undefined],
    [{ indicator: 'Minskad sjukfrånvaro' }, 'minska'],
    [{ indicator: 'Antal ska öka', goal: 'Kostnader ska minska' }, undefined],
    // "öka" must start a word: "Söka" is not "öka".
    [{ indicator: 'Antal som söker stöd', goal: 'färre i utanförskap' }, 'färre'],
    // A measure named as the state wanted: its first word decides, over the goal's words.
    [{ indicator: 'Låg brottslighet (antal anmälda våldsbrott per 100 000 invånare)' }, 'låg'],
    [{ indicator: 'Hög andel nöjda', goal: 'Kostnaderna ska minska' }, undefined],
    // Inside the name "låg" is what is counted: more of those is better.
    [{ indicator: 'Andel elever med låg frånvaro' }, undefined],
  ] as [TargetContext, string | undefined][])('%j → %s', (ctx, word) => {
    expect(lowerIsBetter(ctx)).toBe(word);
  });
});

describe('describeTarget', () => {
  it.each([
    ['<166', '<166'],
    ['≥ 90', '≥90'],
    ['75', 'minst 75'],
    ['100 %', 'minst 100 %'],
    ['70-80 %', '70–80 %'],
    ['lägre än föregående år', 'lägre än föregående år'],
    ['Se kommentar', 'Se kommentar'],
  ])('%s → %s', (text, words) => {
    expect(describeTarget(parseTarget(text))).toBe(words);
  });
});
