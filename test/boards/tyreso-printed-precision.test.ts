import { validate } from '../../src/rules';
import { buildModel, mapWorkbook } from '../../src/mapping';
import { workbookRelations } from '../../src/format';
import { classify, roundingTolerance } from '../../src/rules/tolerance';
import { buildSheet, sum } from './build';
import { table } from './tyreso-kommun-bokslut-2013';

/**
 * Tyresö 2013, "Bokslutet 2013 i korthet": a Summa that is off by rounding and a Totalt that is
 * off by more than its printed precision allows (see the fixture). Rows: Summa is data row 5,
 * Totalt data row 9.
 */
describe('Tyresö 2013: Summa 2563,5 is rounding, Totalt 31,5 is a printed error — by the printed precision', () => {
  const b = buildSheet(table);

  it('by hand: 1 847,2 + 137,2 + 67,2 + 19,2 + 492,8 = 2 563,6; 19,48 + 12,10 = 31,58', () => {
    expect(sum([0, 1, 2, 3, 4].map((i) => b.values[i][0]))).toBe(2563.6);
    expect(b.values[5][0]).toBe(2563.5);
    expect(sum([7, 8].map((i) => b.values[i][0]))).toBe(31.58);
    expect(b.values[9][0]).toBe(31.5);
  });

  it('the decision, by the tolerance the rules use: six one-decimal figures explain 0,1, a one-decimal total over two two-decimal rates does not explain 0,08', () => {
    expect(classify(2563.6 - 2563.5, roundingTolerance([1, 1, 1, 1, 1, 1]))).toBe('rounding');
    expect(roundingTolerance([1, 2, 2])).toBeCloseTo(0.06, 10);
    expect(classify(31.58 - 31.5, roundingTolerance([1, 2, 2]))).toBe('broken');
    // 31,58 printed to one decimal would be 31,6, within the tolerance: the rule is not too strict.
    expect(classify(31.58 - 31.6, roundingTolerance([1, 2, 2]))).toBe('rounding');
  });

  it('the relations read from the sheet: Summa = the five rows above it, within rounding, never a break', () => {
    const rels = workbookRelations(b.workbook);
    const summa = rels.find((r) => r.total === `B${b.rowOf[5]}`);
    expect(summa?.holds).toBe('rounding');
    expect(summa?.terms.map((t) => t.cell)).toEqual([0, 1, 2, 3, 4].map((i) => `B${b.rowOf[i]}`));
    expect(rels.filter((r) => r.holds === 'no')).toEqual([]);
  });

  it('no false alarm: validate reports no error on the lists as printed', () => {
    const { model } = buildModel(b.workbook, mapWorkbook(b.workbook));
    expect(validate(model, b.workbook).filter((f) => f.severity === 'error')).toEqual([]);
  });

  // Known miss (not asserted): Totalt 31,5 is not reported. A sum of two rows in a sheet's only
  // figure column is too little evidence for src/structure to establish it (one line, score
  // log10(1 + 31,5 / 0,1) ≈ 2,5 where an adjacent block needs 4; the row hierarchy wants two
  // columns), and the lists are no table kind any rule checks; words ("Totalt") never decide.
});
