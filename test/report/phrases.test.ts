import { phrases } from '../../src/report';

const {
  formatNumber, tkr, mnkr, aboutMnkr, aboutPercent, qualifier, numberWord, ofTotal, countPair,
  changeVerb, listJoin, possessive, lowerFirst, capitalize, longDate, roundHalfAway, changePercent, percentOf, toTkr, ratePercent,
} = phrases;

describe('Swedish numbers', () => {
  it.each([
    [-14311, 0, '-14 311'],
    [245082, 0, '245 082'],
    [6.6, 1, '6,6'],
    [227.1, 1, '227,1'],
    [-0.04, 1, '0,0'],
    [1234567.891, 2, '1 234 567,89'],
    [0, 0, '0'],
  ])('formatNumber(%p, %p) = %p', (v, d, out) => expect(formatNumber(v, d)).toBe(out));

  it('tkr and mnkr with a decimal comma and hyphen-minus', () => {
    expect(tkr(-14311)).toBe('-14 311 tkr');
    expect(mnkr(-6612)).toBe('-6,6 mnkr');
    expect(mnkr(-5000)).toBe('-5,0 mnkr');
    expect(mnkr(14311)).toBe('14,3 mnkr');
    // Half away from zero on both sides, computed without binary noise.
    expect(mnkr(-6050)).toBe('-6,1 mnkr');
    expect(mnkr(6050)).toBe('6,1 mnkr');
    expect(mnkr(850)).toBe('0,9 mnkr');
    expect(roundHalfAway(-60.5)).toBe(-61);
  });

  it('converts money units to tkr', () => {
    expect(toTkr(6600000, 'kr')).toBe(6600);
    expect(toTkr(6.6, 'mnkr')).toBe(6600);
    expect(toTkr(6600, 'tkr')).toBe(6600);
  });
});

describe('drygt / knappt / cirka as the seed reports use them', () => {
  it.each([
    // per cent, from the 2024 report and the brief
    [9.388, 'drygt 9 procent'], // kommunbidraget 163 388 / 149 365
    [16.395, '16 procent'], // nettokostnaderna 169 998 / 146 052
    [1.89, '2 procent'], // personalkostnader 3 000 / 158 695
    [30.2, '30 procent'], // investeringar 453 / 1 500
    [9.62, 'knappt 10 procent'], // köp av tjänster 6 000 / 62 376
    [79.6, '80 procent'],
    [-9.388, 'drygt 9 procent'],
  ])('aboutPercent(%p) = %p', (v, out) => expect(aboutPercent(v)).toBe(out));

  it.each([
    [850, 'knappt 0,9 mnkr'], // investeringsprognos
    [650, 'knappt 0,7 mnkr'], // understiger investeringsutrymmet
    [81, 'knappt 0,1 mnkr'], // skillnaden i utfallet 2023/2024
    [-6612, '6,6 mnkr'],
    [3000, '3,0 mnkr'],
    [14311, '14,3 mnkr'],
    [1040, 'drygt 1,0 mnkr'],
  ])('aboutMnkr(%p) = %p', (v, out) => expect(aboutMnkr(v)).toBe(out));

  it('offers a neutral "cirka"', () => {
    expect(qualifier(0.85, 1, 'cirka')).toBe('cirka');
    expect(aboutPercent(9.388, 'cirka')).toBe('cirka 9 procent');
    expect(qualifier(3.0, 1, 'cirka')).toBe('');
  });

  it('rates keep their printed decimals', () => {
    expect(ratePercent(6.6)).toBe('6,6 procent');
    expect(ratePercent(10)).toBe('10,0 procent');
  });

  it('shares and changes in size', () => {
    expect(percentOf(-3000, -158695)).toBeCloseTo(1.89, 2);
    expect(percentOf(1, 0)).toBeNull();
    expect(percentOf(null, 5)).toBeNull();
    expect(changePercent(-169998, -146052)).toBeCloseTo(16.3955, 3);
    expect(changePercent(203903, 222209)).toBeCloseTo(-8.238, 3);
    expect(changePercent(5, 0)).toBeNull();
  });
});

describe('small numbers as words', () => {
  it.each([
    [0, 'common', 'noll'],
    [1, 'common', 'en'],
    [1, 'neuter', 'ett'],
    [2, 'common', 'två'],
    [3, 'common', 'tre'],
    [4, 'common', 'fyra'],
    [8, 'common', 'åtta'],
    [12, 'common', 'tolv'],
    [13, 'common', '13'],
    [1535, 'common', '1 535'],
  ] as const)('numberWord(%p, %p) = %p', (n, g, out) => expect(numberWord(n, g)).toBe(out));

  it('writes "tre av totalt fyra" and pairs alike', () => {
    expect(capitalize(ofTotal(3, 4))).toBe('Tre av totalt fyra');
    expect(ofTotal(1, 4, 'neuter')).toBe('ett av totalt fyra');
    expect(countPair(7, 13)).toEqual(['7', '13']);
    expect(countPair(7, 12)).toEqual(['sju', 'tolv']);
  });
});

describe('words around the numbers', () => {
  it('ökat / minskat', () => {
    expect(changeVerb(1)).toBe('ökat');
    expect(changeVerb(-0.1)).toBe('minskat');
    expect(changeVerb(0)).toBeNull();
  });

  it('lists, possessives, case', () => {
    expect(listJoin(['a'])).toBe('a');
    expect(listJoin(['a', 'b'])).toBe('a och b');
    expect(listJoin(['a', 'b', 'c'])).toBe('a, b och c');
    expect(possessive('Socialnämnden')).toBe('Socialnämndens');
    expect(possessive('Kultur- och fritidsnämnden')).toBe('Kultur- och fritidsnämndens');
    expect(possessive('Kommunstyrelsens')).toBe('Kommunstyrelsens');
    expect(lowerFirst('Köp av tjänster')).toBe('köp av tjänster');
    expect(lowerFirst('IT-utrustning')).toBe('IT-utrustning');
    expect(capitalize('övriga kostnader')).toBe('Övriga kostnader');
    expect(longDate('2024-08-31')).toBe('31 augusti 2024');
    expect(longDate('2024-13-01')).toBeNull();
  });
});
