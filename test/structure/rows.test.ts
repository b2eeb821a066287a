import { inferRowHierarchy, readRowLabel, type BodyCell } from '../../src/structure/rows';

const body = (rows: (number | null)[][], decimals = 0): BodyCell[][] => rows.map((r) => r.map((value) => ({ value, decimals })));

describe('row labels', () => {
  test('account codes, totals, varav', () => {
    expect(readRowLabel('511 Vård o oms. ord. boend')).toMatchObject({ code: '511', name: 'Vård o oms. ord. boend', total: false });
    expect(readRowLabel('Summa kostnader')).toMatchObject({ total: true, name: 'kostnader' });
    expect(readRowLabel('Kommunstyrelsen totalt')).toMatchObject({ total: true, name: 'Kommunstyrelsen' });
    expect(readRowLabel('- varav exploatering')).toMatchObject({ partOf: true, name: 'exploatering' });
    expect(readRowLabel('2024 års resultat').code).toBeUndefined();
  });
});

describe('row hierarchy from the numbers', () => {
  test('totals after their parts, nested (Drift)', () => {
    const h = inferRowHierarchy(
      body([
        [100, 100, 60], // revenue
        [-300, -310, -200], // personnel
        [-7, -5, -3], // an unknown cost row
        [-93, -95, -67], // other costs
        [-400, -410, -270], // total costs
        [-300, -310, -210], // net costs
      ]),
    );
    expect(h.sums.map((s) => [s.total, s.parts])).toEqual([
      [4, [1, 2, 3]],
      [5, [0, 4]],
    ]);
    expect(h.placement).toBe('after');
    expect(h.parent[2]).toBe(4);
  });

  test('a board total printed first, blocks below', () => {
    const h = inferRowHierarchy(
      body([
        [-37264, -37500],
        [-4614, -4257],
        [-4823, -4799],
        [-27827, -28444],
        [-11705, -11800],
        [-1460, -1507],
        [-10245, -10293],
      ]),
    );
    expect(h.sums.map((s) => [s.total, s.parts])).toEqual([
      [0, [1, 2, 3]],
      [4, [5, 6]],
    ]);
    expect(h.placement).toBe('before');
  });

  test('one broken column still gives the sum, with the break named', () => {
    const h = inferRowHierarchy(
      body([
        [10, 20, 30, 40],
        [5, 5, 5, 5],
        [15, 25, 35, 99],
      ]),
    );
    expect(h.sums).toHaveLength(1);
    expect(h.sums[0]).toMatchObject({ total: 2, parts: [0, 1], breaks: [3], support: 0.75 });
  });

  test('rounding of printed decimals is tolerated', () => {
    const h = inferRowHierarchy(body([[1.2, 2.3], [3.4, 4.4], [4.7, 6.7]], 1));
    expect(h.sums[0]).toMatchObject({ total: 2, holds: [0, 1], rounding: [0] });
  });

  test('zeros prove nothing', () => {
    expect(inferRowHierarchy(body([[0, 0], [0, 0], [0, 0]])).sums).toEqual([]);
  });
});
