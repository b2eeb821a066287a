import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { writeWorkbook } from '../../src/xlsx';
import { main, type CliIO } from '../../src/cli/main';
import { buildSheet } from '../boards/build';
import { table as vastervik2020 } from '../boards/vastervik-kommun-driftsredovisning-2020';
import { table as vastervik2021 } from '../boards/vastervik-kommun-driftsredovisning-2021';

function capture(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

/** Västervik's two reports as sheets "2020" and "2021" of one file, Kommunservice's Kostnader 2020 printed −193,2 in 2021. */
describe('map and validate on a file whose 2021 sheet repeats the 2020 sheet’s figures', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'recurring-cli-'));
  const file = path.join(dir, 'vastervik.xlsx');
  beforeAll(async () => {
    const rows = vastervik2021.rows.map((r) => [...r]);
    rows[6][3] = '-193,2';
    const a = buildSheet({ ...vastervik2020, sheet: '2020' }).workbook.sheets[0];
    const b = buildSheet({ ...vastervik2021, sheet: '2021', rows }).workbook.sheets[0];
    writeFileSync(file, await writeWorkbook({ sheets: [a, b] }));
  });

  it('map names the recurring columns per table and where they differ; the JSON lists them per table', async () => {
    const io = capture();
    expect(await main(['map', file], io)).toBe(0);
    expect(io.out).toContain('    D Kostnader 2020: återkommer i 2020!E Kostnader 2020 (samma på 14 av 15 rader; skiljer i D10 (2020!E10))');
    const json = capture();
    await main(['map', file, '--format', 'json'], json);
    const t = (JSON.parse(json.out).tables as { sheet: string; recurring: { column: string; support: number }[] }[]).find((x) => x.sheet === '2021');
    expect(t?.recurring.map((r) => [r.column, r.support])).toEqual(expect.arrayContaining([['B', 1], ['D', 0.93]]));
  });

  it('validate gives one error, at the 2021 cell', async () => {
    const io = capture();
    await main(['validate', file, '--format', 'json'], io);
    const findings = (JSON.parse(io.out).findings as { severity: string; sheet: string; cell: string; rule: string }[]).filter((f) => f.severity === 'error');
    expect(findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual(['structure/recurring-figures 2021!D10']);
  });
});
