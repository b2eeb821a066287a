import fc from 'fast-check';
import { cleanText, matchKey, needsCleaning } from '../../src/mapping/normalize';
import { formatDecimals, parseNumber } from '../../src/mapping/numbers';
import { columnFacets, headerWords, readColumnHeader, readHeader } from '../../src/structure/headers';

/**
 * The speed work replaced a regex by a character loop and memoised readings of short strings;
 * these compare each with the plain reading it stands for.
 */

/** The regex needsCleaning replaces. */
const NEEDS_CLEANING = /[\u00AD\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]| {2}|^ | $/;

const cellChars = fc.constantFrom(' ', ' ', 'a', 'Ö', '-', '\n', '\r', '\t', '\u00AD', '\u00A0', '\u2000', '\u2007', '\u200B', '\u200C', '\u202F', '\u205F', '\u3000', '1', '.', '\u2028');

describe('needsCleaning', () => {
  it('agrees with the regex it replaces on any text of cell characters', () => {
    fc.assert(
      fc.property(fc.array(cellChars, { maxLength: 12 }).map((a) => a.join('')), (t) => {
        expect(needsCleaning(t)).toBe(NEEDS_CLEANING.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves clean text as it is and cleans the rest', () => {
    expect(cleanText('Budget 2024')).toBe('Budget 2024');
    expect(cleanText(' Delårs-\nbokslut  2024 ')).toBe('Delårsbokslut 2024');
    expect(cleanText('a\u00A0b')).toBe('a b');
  });
});

describe('memoised readings', () => {
  it('give the same answer on a second call, and a copy the caller may change', () => {
    const first = readHeader('Avv. prognos/ budget jan–aug 2024');
    first.years.push(1999);
    first.rest.push('x');
    first.against?.push('plan');
    const second = readHeader('Avv. prognos/ budget jan–aug 2024');
    expect(second).toEqual({ scenario: 'variance', against: ['forecast', 'budget'], years: [2024], rest: [], months: { from: 1, to: 8 }, span: 'toDate' });
    const words = headerWords('Budget-\navvikelse');
    words.push('extra');
    expect(headerWords('Budget-\navvikelse')).toEqual(['budgetavvikelse']);
  });

  it('read several rows as before: each row adds facets to the same reading', () => {
    expect(readColumnHeader(['Intäkter', 'Budget', '2024'])).toEqual({ measure: 'revenue', scenario: 'budget', years: [2024], rest: [] });
    expect(readColumnHeader(['  '])).toEqual({ years: [], rest: [] });
    expect(columnFacets('Prognos helår 2024')).toEqual({ scenario: 'forecast', span: 'fullYear', years: [2024] });
  });

  it('number formats: decimals and percent per format string', () => {
    expect(formatDecimals('#,##0.0')).toBe(1);
    expect(formatDecimals('#,##0.0')).toBe(1);
    expect(formatDecimals('General')).toBeUndefined();
    expect(formatDecimals('General')).toBeUndefined();
    expect(parseNumber(0.125, '0.0%')).toEqual({ value: 12.5, decimals: 1, fromText: false, percent: true });
    expect(parseNumber(0.125, '0.0%')).toEqual({ value: 12.5, decimals: 1, fromText: false, percent: true });
    expect(parseNumber(12, '0')).toEqual({ value: 12, decimals: 0, fromText: false });
  });

  it('matchKey keys a text the same each time', () => {
    expect(matchKey('Avv. prognos/ budget')).toBe('avvprognosbudget');
    expect(matchKey('Avv. prognos/ budget')).toBe('avvprognosbudget');
  });
});
