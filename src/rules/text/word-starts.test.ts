import fc from 'fast-check';
import { wordStarts } from './facts-check';
import { forEachWord } from './words';

/** What wordStarts stands in for: every word of every text, walked, its first four units looked up. */
function walked(texts: string[], wanted: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const lower = t.toLowerCase();
    forEachWord(lower, (s, e) => {
      const start = lower.slice(s, s + Math.min(e - s, 4));
      if (wanted.has(start)) out.add(start);
    });
  }
  return out;
}

describe('wordStarts', () => {
  it('finds a start only where a word starts with it', () => {
    expect([...wordStarts(['Barn- och utbildningsnämnden', 'nettokostnaderna'], new Set(['barn', 'och', 'utbi', 'kost', 'nett', 'ning']))].sort()).toEqual(['barn', 'nett', 'och', 'utbi']);
    // A compound's part after its hyphen is no word of its own; a text's end ends a word.
    expect([...wordStarts(['a-bc', 'ab-', 'x'], new Set(['bc', 'ab', 'ab-', 'x']))].sort()).toEqual(['ab', 'x']);
  });

  it('finds what a walk of the words finds, on any texts', () => {
    const pieces = fc.constantFrom('a', 'b', 'ab', 'Ab', 'abcd', 'å', 'Ö', 'ΑΣ', 'σ', 'İ', 'i', '5', '-', ' ', '\u00a0', '\n', ',', '\u0000', '\u{1d400}', '\ud800', '\u0301', 'ß');
    const text = fc.array(pieces, { maxLength: 14 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.array(text, { maxLength: 6 }), (texts, words) => {
        const wanted = new Set<string>();
        for (const w of words) {
          const lower = w.toLowerCase();
          wanted.add(lower.slice(0, 4));
          forEachWord(lower, (s, e) => wanted.add(lower.slice(s, e).slice(0, 4)));
        }
        wanted.delete('');
        expect([...wordStarts(texts, wanted)].sort()).toEqual([...walked(texts, wanted)].sort());
      }),
      { numRuns: 2000 },
    );
  });
});
