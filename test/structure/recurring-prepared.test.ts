import fc from 'fast-check';
import { compatibleFacets, compatiblePrepared, headerQualifiers, recurringLabelKey, type RecurringFacets } from '../../src/structure/recurring';

/** inferRecurring compares headers through readings prepared once per column: the same answers as compatibleFacets. */

const facets: fc.Arbitrary<RecurringFacets | undefined> = fc.option(
  fc.record(
    {
      scenario: fc.constantFrom('actual', 'budget', 'forecast', 'variance'),
      span: fc.constantFrom('fullYear' as const, 'toDate' as const, 'month' as const),
      months: fc.constantFrom({ from: 1, to: 8 }, { from: 1, to: 12 }, { from: 8, to: 8 }),
      years: fc.array(fc.constantFrom(2019, 2020, 2021), { maxLength: 3 }),
      measure: fc.constantFrom('revenue' as const, 'costs' as const, 'net' as const),
      percent: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

describe('recurring: prepared header readings', () => {
  it('agree with compatibleFacets on any pair of facets', () => {
    fc.assert(
      fc.property(facets, facets, (a, b) => {
        expect(compatiblePrepared(a, b)).toBe(compatibleFacets(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it('memoised label keys and qualifiers read the same each time, and a caller may change its copy', () => {
    expect(recurringLabelKey('511 Vård o oms. ord. boend')).toBe(recurringLabelKey('511 Vård o oms. ord. boend'));
    expect(recurringLabelKey('Summa kostnader')).toBe('summa kostnader');
    const q = headerQualifiers('Koncernen 2024');
    q.push('x');
    expect(headerQualifiers('Koncernen 2024')).toEqual(['koncernen']);
  });
});
