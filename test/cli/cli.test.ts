import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main, type CliIO } from '../../src/cli/main';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'namndrapport.js');

function capture(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

function runBin(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
}

describe('namndrapport command line', () => {
  it('prints the subcommands for --help and exits 0', () => {
    const r = runBin(['--help']);
    expect(r.status).toBe(0);
    for (const cmd of ['map', 'validate', 'fill', 'report']) expect(r.stdout).toContain(`namndrapport ${cmd}`);
  });

  it('prints the version from package.json', async () => {
    const io = capture();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out).toMatch(/^namndrapport \d+\.\d+\.\d+/);
  });

  it('exits 2 with one Swedish line and no stack trace for a missing file', () => {
    const r = runBin(['validate', 'finns-inte.xlsx']);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/finns inte/);
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('exits 2 with one Swedish line for a text file named x.xlsx', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nr-cli-'));
    const fake = path.join(dir, 'x.xlsx');
    writeFileSync(fake, 'det här är ingen arbetsbok\n');
    const r = runBin(['map', fake]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/(ingen|inte en) Excel-arbetsbok|kan inte läsas|skadad/i);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it.each([
    [['frobnicate', 'x.xlsx'], /Okänt kommando/],
    [['validate'], /Ange en arbetsbok/],
    [['validate', 'a.xlsx', '--format', 'xml'], /Okänt format/],
    [['fill', 'a.xlsx'], /-o <ut.xlsx>/],
    [['report', 'a.xlsx', '-o', 'a.xlsx'], /samma som indatafilen/],
  ])('exits 2 for bad arguments %j', async (argv, message) => {
    const io = capture();
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.out).toBe('');
  });

  it('exits 2 without arguments and shows the help on stderr', async () => {
    const io = capture();
    expect(await main([], io)).toBe(2);
    expect(io.err).toContain('Användning');
  });
});
