import * as path from 'path';
import { main, type CliIO } from '../../src/cli/main';

const seed = path.join(__dirname, '..', '..', 'seeds', 'delarsrapport-2024.xlsx');

function capture(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

interface JsonRelation {
  sheet: string;
  total: string;
  terms: { cell: string; sign: number }[];
  holds: string;
  support: number;
}

describe('map --format json: relations', () => {
  it('lists the relations of every sheet, with the printed break of the 2024 sample at its cell', async () => {
    const io = capture();
    expect(await main(['map', seed, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as { relations: JsonRelation[] };
    expect(Array.isArray(json.relations)).toBe(true);
    for (const r of json.relations) {
      expect(Object.keys(r)).toEqual(expect.arrayContaining(['sheet', 'total', 'terms', 'holds', 'support']));
      expect(['yes', 'rounding', 'no']).toContain(r.holds);
      expect(r.support).toBeGreaterThan(0);
      expect(r.support).toBeLessThanOrEqual(1);
    }
    // Drift: "Diff. utfall 2023/2024" on Verksamhetens kostnader is printed −32 296, while E12 − F12 =
    // −33 296 and G7 + … + G10 = −33 297: both its row and its column break there, and nowhere else
    // (not Nettokostnad G13, which only follows from it, nor the header row of years).
    const broken = json.relations.filter((r) => r.holds === 'no');
    expect(broken.map((r) => `${r.sheet}!${r.total}`)).toEqual(['Drift!G12', 'Drift!G12']);
    expect(broken.map((r) => r.terms)).toContainEqual([{ cell: 'E12', sign: 1 }, { cell: 'F12', sign: -1 }]);
    expect(broken.map((r) => r.terms.map((t) => t.cell))).toContainEqual(['G7', 'G8', 'G9', 'G10']);
    // The column sums of the cost block hold in every column.
    expect(json.relations.find((r) => r.sheet === 'Drift' && r.total === 'B12')?.terms.map((t) => t.cell)).toEqual(['B7', 'B8', 'B9', 'B10']);
  });

  it('names the break in the text of map', async () => {
    const io = capture();
    expect(await main(['map', seed], io)).toBe(0);
    expect(io.out).toContain('Samband i siffrorna:');
    expect(io.out).toContain('G12 ≠ E12 − F12');
  });
});
