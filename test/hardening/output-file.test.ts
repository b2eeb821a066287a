import { promises as fsp, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { spawnSync } from 'child_process';
import { tmpdir } from 'os';
import * as path from 'path';
import { OutputFileError, writeOutputFile } from '../../src/cli/output-file';
import { main } from '../../src/cli/main';

/**
 * An interrupted write never leaves half a file: the bytes go to a temporary file beside the
 * target and are renamed over it; if anything fails on the way, the old target is untouched
 * and no temporary file is left.
 */

describe('writing the output file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nr-ut-'));
  const input = path.join(dir, 'in.xlsx');
  writeFileSync(input, 'indata');
  afterEach(() => jest.restoreAllMocks());

  it('replaces the target in one step', async () => {
    const out = path.join(dir, 'ut.xlsx');
    writeFileSync(out, 'gammalt');
    await writeOutputFile(input, out, Buffer.from('nytt innehåll'));
    expect(readFileSync(out, 'utf8')).toBe('nytt innehåll');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each(['write', 'rename'] as const)('a failure during %s leaves the old file whole and no temporary file', async (step) => {
    const out = path.join(dir, `avbrutet-${step}.xlsx`);
    writeFileSync(out, 'gammalt');
    if (step === 'rename') jest.spyOn(fsp, 'rename').mockRejectedValueOnce(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    else {
      const open = fsp.open.bind(fsp);
      jest.spyOn(fsp, 'open').mockImplementationOnce(async (...args: Parameters<typeof fsp.open>) => {
        const handle = await open(...args);
        // Half the bytes reach the disk, then the write fails.
        handle.writeFile = async (data) => {
          await fsp.writeFile(String(args[0]), Buffer.from(data as Uint8Array).subarray(0, 3));
          throw Object.assign(new Error('I/O error'), { code: 'EIO' });
        };
        return handle;
      });
    }
    const err = await writeOutputFile(input, out, Buffer.from('nytt innehåll')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputFileError);
    expect((err as OutputFileError).message).toContain(out);
    expect(readFileSync(out, 'utf8')).toBe('gammalt');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('npm start -- --check-only', () => {
  it("exits with validate's code (1: the sample has errors)", async () => {
    const root = path.join(__dirname, '..', '..');
    const sample = path.join('seeds', 'delarsrapport-2024.xlsx');
    const silent = { stdout: () => undefined, stderr: () => undefined };
    const expected = await main(['validate', path.join(root, sample)], silent);
    expect(expected).toBe(1);
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.js'), '--check-only'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(expected);
    expect(r.stdout).toContain('Validerar exempelarbetsboken');
  }, 130_000);
});
