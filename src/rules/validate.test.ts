import { validate } from './validate';
import { driftModel, driftRows, investmentModel, set, withGrid } from '../../test/rules/support/small';

const errors = (f: ReturnType<typeof validate>) => f.filter((x) => x.severity === 'error');

describe('validate', () => {
  test('a consistent table has no findings', () => {
    const { model, workbook } = withGrid(driftModel());
    expect(validate(model, workbook)).toEqual([]);
  });

  test('one wrong cell is reported once, at the cell, not as a cascade of broken identities', () => {
    // Personalkostnader, Utfall 2024: breaks the column sum and the row's difference.
    const { model, workbook } = withGrid(driftModel(set(driftRows(), 1, 3, -290)));
    const e = errors(validate(model, workbook));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ cell: 'E3', messageId: 'rootCause', expected: -200, actual: -290, data: { count: 2 } });
    expect(e[0].identity).toContain('summa kostnadsslag');
    expect(e[0].identity).toContain('Differens');
    expect(e[0].related?.map((r) => r.cell)).toEqual(expect.arrayContaining(['E5', 'F3', 'G3']));
  });

  test('a wrong total breaks its column sum, the net costs and its row: one finding at the total', () => {
    const { model, workbook } = withGrid(driftModel(set(driftRows(), 3, 0, -500)));
    const e = errors(validate(model, workbook));
    expect(e.map((x) => x.cell)).toEqual(['B5']);
    expect(e[0].data.count).toBe(3);
  });

  test('two wrong cells sharing a column sum are each pinned by their own row', () => {
    const rows = set(set(driftRows(), 1, 0, -390), 2, 0, -190);
    const { model, workbook } = withGrid(driftModel(rows));
    const e = errors(validate(model, workbook));
    expect(e.map((x) => [x.cell, x.expected])).toEqual([
      ['B3', -300],
      ['B4', -100],
    ]);
  });

  test('two independent wrong cells are each found at their cell', () => {
    const rows = set(set(driftRows(), 3, 3, -275), 0, 2, 5);
    const { model, workbook } = withGrid(driftModel(rows));
    expect(errors(validate(model, workbook)).map((x) => [x.cell, x.expected])).toEqual([
      ['D2', 0],
      ['E5', -270],
    ]);
  });

  test('a wrong variance of the result: found at its cell, speaking through the row identity', () => {
    const { model, workbook } = withGrid(driftModel(set(driftRows(), 7, 2, -12)));
    const e = errors(validate(model, workbook));
    expect(e.map((x) => [x.cell, x.rule])).toEqual([['D9', 'operating/variance']]);
  });

  test('a single broken identity is reported at its target with the other cells related', () => {
    const { model, workbook } = withGrid(investmentModel([
      ['category', 'Reinvestering', [750, 700]],
      ['item', 'Inventarier', [400, 400], 0],
      ['item', 'IT', [300, 300], 0],
    ]));
    const e = errors(validate(model, workbook));
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ cell: 'B2', rule: 'investments/sub-rows-sum', expected: 700, actual: 750 });
    expect(e[0].related?.map((r) => r.cell)).toEqual(['B3', 'B4']);
  });

  test('findings at one cell are merged; the most severe speaks', () => {
    // A cost entered positive: the identities and the sign rule point at the same cell.
    const { model, workbook } = withGrid(driftModel(set(driftRows(), 1, 3, 200)));
    const at = validate(model, workbook).filter((f) => f.cell === 'E3');
    expect(at).toHaveLength(1);
    expect(at[0].severity).toBe('error');
    expect(at[0].message).toContain('Även:');
    expect(at[0].message).toContain('motsatt tecken');
  });

  test('options: a rule off, a severity changed, rounding hidden, English first', () => {
    const { model, workbook } = withGrid(driftModel(set(driftRows(), 3, 0, -401)));
    expect(validate(model, workbook).map((f) => [f.cell, f.severity])).toEqual([['B5', 'info'], ['D5', 'info'], ['B6', 'info']]);
    expect(validate(model, workbook, { reportRounding: false })).toEqual([]);
    expect(validate(model, workbook, { rules: { 'operating/cost-groups-sum': 'off' } }).map((f) => f.cell)).toEqual(['D5', 'B6']);
    const broken = withGrid(driftModel(set(driftRows(), 0, 5, 99)));
    expect(validate(broken.model, broken.workbook, { rules: { 'operating/difference': 'warning' } })[0].severity).toBe('warning');
    expect(validate(broken.model, broken.workbook, { language: 'en' })[0].message).toMatch(/^Verksamhetens intäkter, Differens is 99 but/);
    expect(() => validate(model, workbook, { rules: { 'operating/result': { options: { nope: 1 } } } })).toThrow(/ingen inställning "nope"/);
    expect(() => validate(model, workbook, { rules: { 'cells/number-as-text': { options: { ignoreDifferenceColumns: 'ja' } } } })).toThrow(/ska vara av typen boolean/);
    const text = withGrid(driftModel(set(driftRows(), 0, 5, '+10')));
    expect(validate(text.model, text.workbook).map((f) => f.cell)).toEqual(['G2']);
    expect(validate(text.model, text.workbook, { rules: { 'cells/number-as-text': { options: { ignoreDifferenceColumns: true } } } })).toEqual([]);
  });

  test('findings come in sheet order, then row and column', () => {
    const { model, workbook } = withGrid(driftModel(set(set(driftRows(), 7, 5, 5), 0, 5, 99)));
    const cells = validate(model, workbook).map((f) => f.cell);
    expect(cells).toEqual([...cells].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b)));
  });
});
