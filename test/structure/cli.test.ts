import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { sheetFromValues } from '../../src/grid/sheet';
import { writeWorkbook } from '../../src/xlsx';
import { main, type CliIO } from '../../src/cli/main';

function capture(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/** A Drift with a row no total explains and a planted error: map shows it, report warns before it writes. */
describe('map and report on a table with rows left out and an open error', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'structure-cli-'));
  const file = path.join(dir, 'drift.xlsx');
  beforeAll(async () => {
    const s = sheetFromValues('Drift', [
      ['Belopp i tkr', 'Budget 2024', 'Prognos 2024', 'Avvikelse'],
      ['Verksamhetens intäkter', 100, 100, 0],
      ['Personalkostnader', -300, -310, -10],
      ['Övriga kostnader', -100, -100, 0],
      ['Verksamhetens kostnader', -400, -410, -10],
      ['Verksamhetens nettokostnader', -300, -310, -10],
      ['Antal platser', 42, 42, 0],
      ['Kommunbidrag', 300, 300, 90],
    ]);
    writeFileSync(file, await writeWorkbook({ sheets: [s] }));
  });

  it('map prints the sums the numbers show and what was left out, in text and JSON', async () => {
    const io = capture();
    await main(['map', file], io);
    expect(io.out).toMatch(/Summor enligt siffrorna:\n {4}rad 5 = rad 3 \+ 4 \(gäller i B, C, D\)/);
    expect(io.out).toMatch(/Utanför kontrollerna:\n {4}Drift!A7:D7: Raden "Antal platser"/);
    const json = capture();
    await main(['map', file, '--format', 'json'], json);
    const t = JSON.parse(json.out).tables[0];
    expect(t.structure.rowSums).toContainEqual(expect.objectContaining({ total: 5, parts: [3, 4], placement: 'after' }));
    expect(t.structure.leftOut).toEqual([expect.objectContaining({ range: 'A7:D7' })]);
  });

  it('report says before writing that rows are left out and an error is open', async () => {
    const io = capture();
    const code = await main(['report', file, '-o', path.join(dir, 'ut.xlsx')], io);
    expect(code).toBe(0);
    const lines = io.out.split('\n');
    const first = lines.findIndex((l) => /→ .*: \d+ rapportblad/.test(l));
    const warn = lines.findIndex((l) => l.startsWith('OBS: Drift') && l.includes('inte förstår'));
    const err = lines.findIndex((l) => l.startsWith('OBS: Drift') && l.includes('öppet fel'));
    expect(warn).toBeGreaterThanOrEqual(0);
    expect(err).toBeGreaterThanOrEqual(0);
    expect(warn).toBeLessThan(first);
    expect(err).toBeLessThan(first);
    // Every report sheet is named in Swedish, the draft text sheet too (never an internal key).
    const sheetLines = lines.slice(first + 1).filter((l) => /^ {2}Rapport /.test(l));
    expect(sheetLines.length).toBeGreaterThan(0);
    for (const l of sheetLines) expect(l).not.toMatch(/\((text|operating|activities|investments)\)/);
  });
});
