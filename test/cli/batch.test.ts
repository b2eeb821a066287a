import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main, type CliIO } from '../../src/cli/main';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');

function capture(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('validate with several workbooks or a folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'nr-batch-'));
    copyFileSync(path.join(SEEDS, 'delarsrapport-2024.xlsx'), path.join(dir, 'socialnamnden-delar.xlsx'));
    copyFileSync(path.join(SEEDS, 'arsbokslut-2019.xlsx'), path.join(dir, 'socialnamnden-ar.xlsx'));
    writeFileSync(path.join(dir, 'trasig.xlsx'), 'Belopp;Budget\n');
    // Excel's lock file of an open workbook is skipped.
    writeFileSync(path.join(dir, '~$socialnamnden-ar.xlsx'), 'lock');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints each workbook as one validate would, then a summary table; exit 1 when any has errors', async () => {
    const io = capture();
    const code = await main(['validate', dir], io);
    expect(code).toBe(1);
    expect(io.out).toContain(`${path.join(dir, 'socialnamnden-delar.xlsx')}: 2 fel`);
    expect(io.out).toMatch(/Sammanfattning: 3 arbetsböcker, 2 lästa, 1 kunde inte läsas/);
    expect(io.out).toMatch(/Arbetsbok\s+Nämnd\s+Period\s+Tabeller\s+Fel\s+Varningar/);
    expect(io.out).toMatch(/socialnamnden-delar\.xlsx\s+Socialnämnden\s+delår 2024-08-31\s+6\s+2\s+0/);
    expect(io.out).toMatch(/trasig\.xlsx\s+kunde inte läsas/);
    // The unreadable workbook: one Swedish line on stderr, no progress line (not a terminal).
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/^namndrapport: Filen trasig\.xlsx är ingen Excel-arbetsbok/);
    expect(io.out).not.toContain('~$');
  });

  it('gives one JSON entry per workbook', async () => {
    const io = capture();
    const code = await main(['validate', path.join(dir, 'socialnamnden-ar.xlsx'), path.join(dir, 'trasig.xlsx'), '--format', 'json'], io);
    expect(code).toBe(1);
    const out = JSON.parse(io.out) as { workbooks: { file: string; board?: string; error?: string; findings?: unknown[] }[]; summary: { read: number; unreadable: number } };
    expect(out.workbooks).toHaveLength(2);
    expect(out.workbooks[0]).toMatchObject({ board: 'Socialnämnden' });
    expect(out.workbooks[0].findings?.length).toBeGreaterThan(0);
    expect(out.workbooks[1].error).toMatch(/ingen Excel-arbetsbok/);
    expect(out.summary).toMatchObject({ read: 1, unreadable: 1 });
  });

  it('exits 2 only when no workbook could be read, and refuses an empty folder in one line', async () => {
    const io = capture();
    expect(await main(['validate', path.join(dir, 'trasig.xlsx'), path.join(dir, 'saknas.xlsx')], io)).toBe(2);
    const empty = mkdtempSync(path.join(tmpdir(), 'nr-empty-'));
    try {
      const io2 = capture();
      expect(await main(['validate', empty], io2)).toBe(2);
      expect(io2.err).toMatch(/^namndrapport: Mappen .* innehåller inga Excel-arbetsböcker \(\.xlsx\)\.\n$/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
