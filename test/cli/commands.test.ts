import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { main, type CliIO } from '../../src/cli/main';

const root = path.join(__dirname, '..', '..');
const sample2024 = path.join(root, 'seeds', 'delarsrapport-2024.xlsx');
const sample2019 = path.join(root, 'seeds', 'arsbokslut-2019.xlsx');

function capture(): CliIO & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

const md5 = (file: string) => createHash('md5').update(readFileSync(file)).digest('hex');

describe('namndrapport subcommands on the sample workbooks', () => {
  it('map --format json has the documented shape and maps every table', async () => {
    const io = capture();
    expect(await main(['map', sample2024, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.file).toBe(sample2024);
    expect(json.unmapped).toEqual([]);
    const kinds = json.tables.map((t: { kind: string }) => t.kind);
    expect(kinds).toEqual(expect.arrayContaining(['operating', 'investments', 'indicators', 'internalControl', 'sickLeave', 'narrative']));
    for (const t of json.tables) {
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['kind', 'sheet', 'range', 'confidence', 'rows', 'columns']));
    }
    const drift = json.tables.find((t: { kind: string }) => t.kind === 'operating');
    expect(drift.sheet).toBe('Drift');
    expect(drift.columns.map((c: { role: string }) => c.role)).toEqual(['budget', 'forecast', 'variance', 'actual', 'previousActual', 'difference']);
  });

  it('map --format text names roles in Swedish', async () => {
    const io = capture();
    expect(await main(['map', sample2024], io)).toBe(0);
    expect(io.out).toContain('Drift!A3');
    expect(io.out).toContain('Personalkostnader → Personalkostnader');
    expect(io.out).toContain('Utfall föregående år 2023');
  });

  it('validate --format json lists the printed errors at their cells and exits 1', async () => {
    const io = capture();
    expect(await main(['validate', sample2024, '--format', 'json'], io)).toBe(1);
    const json = JSON.parse(io.out);
    const errors = json.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`).sort()).toEqual(['Drift!G12', 'Kommentarer!B10']);
    const g12 = errors.find((f: { cell: string }) => f.cell === 'G12');
    expect(g12).toMatchObject({ rule: 'operating/difference', expected: -33296, actual: -32296 });
    expect(json.summary.errors).toBe(2);
  });

  it('validate prints compiler-style lines', async () => {
    const io = capture();
    expect(await main(['validate', sample2019], io)).toBe(1);
    expect(io.out).toMatch(/^ {2}Investeringar!B10: fel: .*\[investments\/sub-rows-sum\]$/m);
    expect(io.out).toMatch(/arsbokslut-2019.xlsx: 3 fel, \d+ varningar, \d+ info/);
  });

  it('fill writes a copy with the assessments and never touches the input', async () => {
    const before = md5(sample2024);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'nr-fill-')), 'ifylld.xlsx');
    const io = capture();
    expect(await main(['fill', sample2024, '-o', out, '--format', 'json'], io)).toBe(0);
    expect(md5(sample2024)).toBe(before);
    expect(existsSync(out)).toBe(true);
    const json = JSON.parse(io.out);
    const byCell = Object.fromEntries(json.filled.map((f: { cell: string; value: string }) => [f.cell, f.value]));
    expect(byCell).toEqual({
      G4: 'Delvis uppfyllt',
      G5: 'Helt uppfyllt',
      G6: 'Ej uppfyllt',
      G7: 'Helt uppfyllt',
      G8: 'Helt uppfyllt',
      G9: 'Helt uppfyllt',
    });
  });

  it('report adds the generated sheets and returns the draft text', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'nr-report-')), 'rapport.xlsx');
    const io = capture();
    expect(await main(['report', sample2024, '-o', out, '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out);
    expect(json.sheets.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Rapport Drift', 'Rapport Investeringar', 'Rapport Text']));
    const text = json.text.map((t: { paragraph: string }) => t.paragraph).join(' ');
    expect(text).toContain('uppgår till -6,6 mnkr');
    expect(text).toContain('Prognosen för helåret är -5,0 mnkr');
  });

  it('--mapping takes the output of map --format json, and rejects a broken file with exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nr-mapping-'));
    const io = capture();
    await main(['map', sample2024, '--format', 'json'], io);
    const file = path.join(dir, 'mapping.json');
    writeFileSync(file, io.out);
    const io2 = capture();
    expect(await main(['validate', sample2024, '--mapping', file], io2)).toBe(1);
    expect(io2.out).toContain('Drift!G12: fel');
    // The saved mapping wins over detection: a user who marks Drift's G column as unused gets no G12 error.
    const saved = JSON.parse(io.out);
    const drift = saved.tables.find((t: { kind: string }) => t.kind === 'operating');
    drift.columns = drift.columns.map((c: { letter: string; role: string }) => (c.letter === 'G' ? { ...c, role: 'ignore' } : c));
    drift.confirmed = true;
    const corrected = path.join(dir, 'corrected.json');
    writeFileSync(corrected, JSON.stringify(saved));
    const io4 = capture();
    await main(['validate', sample2024, '--mapping', corrected], io4);
    expect(io4.out).not.toContain('Drift!G12');
    expect(io4.out).toContain('Kommentarer!B10: fel');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"tables": 3}');
    const io3 = capture();
    expect(await main(['validate', sample2024, '--mapping', bad], io3)).toBe(2);
    expect(io3.err.trim().split('\n')).toHaveLength(1);
  });
});
