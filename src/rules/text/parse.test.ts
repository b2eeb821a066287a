import fc from 'fast-check';
import { agrees, sentences, yearsIn } from './parse';

describe('text/parse', () => {
  test('numbers with units, signs, qualifiers and Swedish thousands', () => {
    const [s] = sentences('Resultatet uppgår till -6,6 mnkr, ett underskott om 14 311 tkr eller knappt 8 procent.');
    const q = s.clauses.flatMap((c) => c.quotes);
    expect(q.map((x) => [x.value, x.unit, x.decimals, x.qualifier ?? ''])).toEqual([
      [-6.6, 'mnkr', 1, ''],
      [-14311, 'tkr', 0, ''].map((v, i) => (i === 0 ? 14311 : v)),
      [8, 'percent', 0, 'below'],
    ]);
  });
  test('dates, years and counts are not amounts', () => {
    const all = sentences('Per 31 augusti 2024 har 298 personer aktualiserats, SN 2019-04-23 § 45.').flatMap((s) => s.clauses.flatMap((c) => c.quotes));
    expect(all).toEqual([]);
  });
  test('a year before "till" dates the figure, it opens no range; "2–3 mnkr" still is one', () => {
    const q = sentences('Investeringarna uppgick under 2014 till 2 190 mkr, i år 2–3 mnkr.').flatMap((s) => s.clauses.flatMap((c) => c.quotes));
    expect(q.map((x) => [x.value, x.low ?? null, x.raw])).toEqual([
      [2190, null, '2 190 mkr'],
      [3, 2, '2–3 mnkr'],
    ]);
  });
  test('sentences split at full stops, not at "ca." or decimals', () => {
    expect(sentences('Ökningen är ca. 4 mnkr. Resultatet är 6,6 mnkr.').map((s) => s.text)).toEqual(['Ökningen är ca. 4 mnkr.', 'Resultatet är 6,6 mnkr.']);
  });
  test('rounding words', () => {
    expect(agrees(0.85, 0.9, 1, 'below')).toBe(true); // knappt 0,9
    expect(agrees(0.95, 0.9, 1, 'below')).toBe(false);
    expect(agrees(9.39, 9, 0, 'above')).toBe(true); // drygt 9
    expect(agrees(10.2, 9, 0, 'above')).toBe(false);
    expect(agrees(6.612, 6.6, 1, undefined)).toBe(true);
    expect(agrees(6.66, 6.6, 1, undefined)).toBe(false);
    expect(agrees(3.8, 4, 0, 'about')).toBe(true); // cirka 4
    expect(agrees(1.81, 8, 0, undefined)).toBe(false);
  });
});

describe('text/parse yearsIn', () => {
  test('finds the years the regex \\b(19[5-9]\\d|20[0-9]\\d)\\b finds, on any text', () => {
    const YEAR = /\b(19[5-9]\d|20[0-9]\d)\b/g;
    const chars = fc.constantFrom('1', '2', '0', '9', '5', '4', ' ', 'a', '_', 'å', '-', ',', '\u00a0');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        expect(yearsIn(text)).toEqual([...text.matchAll(YEAR)].map((m) => Number(m[1])));
      }),
      { numRuns: 3000 },
    );
    expect(yearsIn('Jämfört med 2019 och 1949, 1950-talet, år2020, 20245 och 2024.')).toEqual([2019, 1950, 2024]);
  });
});
