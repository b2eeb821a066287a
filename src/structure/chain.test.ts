import { inferRunningChain } from './chain';
import type { BodyCell } from './rows';

const body = (rows: (number | null)[][]): BodyCell[][] => rows.map((r) => r.map((v) => ({ value: v, decimals: 0 })));

// Malmö stad 2013's resultaträkning (city 2013 | city 2012 | group 2013 | group 2012), as printed.
const malmo = [
  [3243, 3429, 6535, 6463],
  [-17225, -16479, -19445, -18654],
  [-745, -697, -1198, -1131],
  [-14548, 13747, -14108, -13322], // 3: nettokostnader, printed wrong in both city columns
  [10406, 9942, 10406, 9942],
  [4314, 3924, 4314, 3924],
  [176, 157, 92, 155],
  [-194, -83, -332, -309],
  [154, 193, 372, 390], // 8: resultat före extraordinära poster
  [null, null, -49, -25],
  [null, null, 4, 5], // 10: resultatandelar, in no sum
  [154, 193, 323, 365], // 11: periodens resultat
];

describe('inferRunningChain: a break the next link confirms', () => {
  it('closes a link that holds in two of four columns when the next subtotal follows it there', () => {
    const links = inferRunningChain(body(malmo));
    expect(links.map((l) => [l.total, l.parts])).toEqual([
      [3, [0, 1, 2]],
      [8, [3, 4, 5, 6, 7]],
      [11, [8, 9]],
    ]);
    // Holds and breaks as printed: the first link breaks in both city columns, the second in 2012 only
    // (13 747 without its minus), the last holds everywhere with Resultatandelar left out.
    expect(links.map((l) => l.breaks)).toEqual([[0, 1], [1], []]);
  });

  it('does not close it when the next subtotal follows neither the printed figure nor its parts', () => {
    const rows = malmo.map((r) => [...r]);
    rows[8][0] = 999; // the city's 2013 resultat före follows nothing above it
    rows[8][1] = 888;
    rows[11][0] = 999;
    rows[11][1] = 888;
    const links = inferRunningChain(body(rows));
    expect(links.map((l) => l.total)).not.toContain(3);
  });

  it('leaves a row out of a link only when it is missing from the subtotal in every column where it is printed', () => {
    const rows = malmo.map((r) => [...r]);
    rows[11][3] = 370; // the group's 2012 includes Resultatandelar: a part, and 2013's 323 a break
    const links = inferRunningChain(body(rows));
    const last = links.find((l) => l.total === 11);
    expect(last?.parts).toEqual([8, 9, 10]);
    expect(last?.breaks).toEqual([2]);
  });
});
