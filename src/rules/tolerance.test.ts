import { classify, roundingTolerance, unitOf } from './tolerance';
import { formatNumber } from './format';

describe('tolerance', () => {
  test('n rounded figures may be off by n/2 units of the last digit', () => {
    expect(roundingTolerance([0, 0, 0])).toBe(1.5);
    expect(roundingTolerance([1, 1, 1])).toBeCloseTo(0.15);
    expect(unitOf(2)).toBeCloseTo(0.01);
  });
  test('a difference of two rounded figures may be off by 1, not 2', () => {
    const tol = roundingTolerance([0, 0, 0]);
    expect(classify(0, tol)).toBe('exact');
    expect(classify(1, tol)).toBe('rounding');
    expect(classify(-2, tol)).toBe('broken');
  });
  test('a sum of four cost groups and its total may be off by 2', () => {
    const tol = roundingTolerance([0, 0, 0, 0, 0]);
    expect(classify(2, tol)).toBe('rounding');
    expect(classify(1000, tol)).toBe('broken');
  });
  test('one-decimal rates: 5,2 − 7,6 = -2,4 printed as -2,5 is rounding', () => {
    expect(classify(5.2 - 7.6 - -2.5, roundingTolerance([1, 1, 1]))).toBe('rounding');
    expect(classify(0.3, roundingTolerance([1, 1, 1]))).toBe('broken');
  });
});

describe('Swedish number style', () => {
  test.each([
    [-33296, 0, '-33 296'],
    [6.6, 1, '6,6'],
    [1450, 0, '1 450'],
    [-0.04, 1, '0,0'],
    [1234567.891, 2, '1 234 567,89'],
    [-158.695, 2, '-158,70'],
    [0.05, 1, '0,1'],
  ])('%p → %p', (v, d, s) => expect(formatNumber(v, d)).toBe(s));
});
