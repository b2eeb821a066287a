import fc from 'fast-check';
import { forEachWord, isWordChar, isWordStart, wordEnd, wordsOf } from './words';

/** The regex the scanner stands in for. */
const WORD = /[\p{L}\d]+(?:-(?=\s)|-[\p{L}\d]+)*/gu;

const offsets = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  forEachWord(text, (s, e) => out.push([s, e]));
  return out;
};

describe('words', () => {
  it.each([
    ['Barn- och utbildningsnämndens resultat', ['Barn-', 'och', 'utbildningsnämndens', 'resultat']],
    ['-6,6 mnkr (2024)', ['6', '6', 'mnkr', '2024']],
    ['a--b c-d-e f-', ['a', 'b', 'c-d-e', 'f']],
    ['Ökning\u00a0med 5 %', ['Ökning', 'med', '5']],
    ['x-\u00a0y', ['x-', 'y']],
  ])('reads %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
    expect(wordsOf(text)).toEqual(text.match(WORD) ?? []);
  });

  it('finds the words and offsets the regex finds, on any text', () => {
    const chars = fc.constantFrom('a', 'Z', 'å', 'Ö', 'é', '5', '-', ' ', '\u00a0', '\u202f', '\n', ',', '(', '\u2013', '\u00ad', '\u{1d400}', '\ud800', '\u0301', 'ß', 'İ', '\ufb01', '\uff21', '\udc00');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const expected = [...text.matchAll(WORD)].map((m): [number, number] => [m.index as number, (m.index as number) + m[0].length]);
        expect(offsets(text)).toEqual(expected);
        for (let i = 0; i <= text.length; i++) expect(isWordChar(text, i)).toBe(/[\p{L}\d]/u.test(text[i] ?? ''));
        // Asked at one offset, the same starts and ends as the walk.
        const starts = new Map(expected);
        for (let i = 0; i <= text.length; i++) expect(isWordStart(text, i)).toBe(starts.has(i));
        for (const [s, e] of expected) expect(wordEnd(text, s)).toBe(e);
      }),
      { numRuns: 1000 },
    );
  });
});
