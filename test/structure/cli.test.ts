import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { sheetFromValues } from '../../src/grid/sheet';
import { writeWorkbook } from '../../src/xlsx';
import { main, type CliIO } from '../../src/cli/main';
import { buildSheet } from '../boards/build';
import { table as sjobo2021 } from '../boards/sjobo-kommun-resultatrakning-2021';
import { table as malmo2014 } from '../boards/malmo-stad-prognosavvikelse-2014';

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

/** The new kinds in the command line: named in Swedish, in JSON by their kind, reported under their own sheets. */
describe('map and report on a resultaträkning and a prognossäkerhet per nämnd', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'structure-kinds-'));
  const rr = path.join(dir, 'rr.xlsx');
  const ps = path.join(dir, 'ps.xlsx');
  beforeAll(async () => {
    writeFileSync(rr, await writeWorkbook(buildSheet(sjobo2021).workbook));
    writeFileSync(ps, await writeWorkbook(buildSheet(malmo2014).workbook));
  });

  it('map names the kinds, their chain of subtotals and the deviation the numbers show', async () => {
    const io = capture();
    await main(['map', rr], io);
    expect(io.out).toMatch(/Resultaträkning!A3:G22: Resultaträkning/);
    expect(io.out).toMatch(/rad 10 = rad 5 \+ 7 \+ 9 \(gäller i C, D, E, F, G\)/);
    expect(io.out).toMatch(/rad 22: Balanskravsresultat → Balanskravsresultat \(ur siffrorna\)/);
    expect(io.out).toMatch(/Kolumn B \(Not\) hänvisar till noter/);
    const json = capture();
    await main(['map', ps, '--format', 'json'], json);
    const t = JSON.parse(json.out).tables[0];
    expect(t.kind).toBe('forecastReview');
    expect(t.structure.columnRelations).toEqual([{ total: 'D', terms: [{ col: 'B', sign: 1 }, { col: 'C', sign: -1 }], holds: 16, checked: 16 }]);
    const text = capture();
    await main(['map', ps], text);
    expect(text.out).toMatch(/Prognossäkerhet!A3:D19: Prognossäkerhet/);
    expect(text.out).toMatch(/D = B − C \(gäller på 16 av 16 rader\)/);
  });

  it('report writes each under its own sheet, never as Drift', async () => {
    for (const [file, name] of [
      [rr, 'Rapport Resultaträkning'],
      [ps, 'Rapport Prognosavvikelse'],
    ] as const) {
      const io = capture();
      const code = await main(['report', file, '-o', path.join(dir, `ut-${path.basename(file)}`), '--format', 'json'], io);
      expect(code).toBe(0);
      const out = JSON.stringify(JSON.parse(io.out));
      expect(out).toContain(name);
      expect(out).not.toContain('Rapport Drift');
    }
  });
});
