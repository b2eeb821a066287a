import fc from 'fast-check';
import { needlesOf, QUICK_PATTERNS } from './needles';
import './facts-check';

describe('needles', () => {
  it.each([
    ['(?<!\\p{L})(?:överskott\\p{L}*|plus)(?!\\p{L})', ['överskott', 'plus']],
    ['(?<!\\p{L})(?:budgeterade?|budgeten)(?!\\p{L})', ['budgeterad', 'budgeten']],
    ['(?<!\\p{L})(?:ökat|(?:högre|lägre) resultat med)(?!\\p{L})', ['ökat', 'högre', 'lägre']],
    ['(?:jämfört med|mot)\\s*$', ['jämfört med', 'mot']],
    ['(?<!\\p{L})intäkter\\p{L}*', ['intäkter']],
    ['(?:ca\\.?|c:a)', ['ca', 'c']],
  ])('reads the words of %s', (source, words) => {
    expect(needlesOf(source)).toEqual(words);
  });

  it.each([['^(?:den\\s+)?avvikelsen'], ['a|b'], ['(?:ab)?c'], ['(?:^|\\s)eller$'], ['^\\s*(?:föregående|förra)\\s+år'], ['(?=x)y']])('proves nothing from %s', (source) => {
    expect(needlesOf(source)).toBeUndefined();
  });

  it('every pattern of the text rule matches only texts holding one of its needles, and says what the pattern says', () => {
    expect(QUICK_PATTERNS.length).toBeGreaterThan(10);
    for (const p of QUICK_PATTERNS) {
      // Texts built of the pattern's own words, pieces of them and of other words.
      const pieces = [...(p.needles ?? []), ...(p.needles ?? []).map((n) => n.slice(1)), ...(p.needles ?? []).map((n) => n.slice(0, -1)), 'et', 'en', 'na', 'till', 'med', 'på', 'om', ' ', '  ', '-', '2024', 'a', 'budget', 'resultat', 'kommunen'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')), (text) => {
          expect(p.test(text)).toBe(p.re.test(text));
          expect(p.exec(text)?.[0] ?? null).toBe(p.re.exec(text)?.[0] ?? null);
          if (p.re.test(text) && p.needles) expect(p.needles.some((n) => text.includes(n))).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });
});
