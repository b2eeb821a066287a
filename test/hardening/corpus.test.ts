import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { createHash } from 'crypto';
import { tmpdir } from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { main, type CliIO } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx';
import { STATE_SHEET } from '../../src/grid/tool-state';
import { markerText } from '../../src/report/marker';
import { diffWorkbooks } from '../properties/grid-diff';
import { addStateSheet, writeCrafted } from './crafted';
import { expectOneSwedishLine } from './swedish';

/**
 * The hardening contract on crafted workbooks, built here from the 2024 sample: forged and
 * damaged state sheets, user sheets that take the state sheet's name, outputs that lead back to
 * the input, folders that cannot be written, formulas Excel never calculated. For each: the exit
 * code of the contract, one Swedish line, the input byte-identical, and validation equal to the
 * same workbook without the forged state.
 */

const seed = path.join(__dirname, '..', '..', 'seeds', 'delarsrapport-2024.xlsx');
const dir = mkdtempSync(path.join(tmpdir(), 'nr-hard-'));

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(argv: string[]): Promise<Run> {
  const io: CliIO & { out: string; err: string } = { out: '', err: '', stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) };
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

async function validateJson(file: string): Promise<{ code: number; findings: JsonFinding[] }> {
  const r = await cli(['validate', file, '--format', 'json']);
  return { code: r.code, findings: (JSON.parse(r.out) as { findings: JsonFinding[] }).findings };
}

const key = (f: JsonFinding) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell} ${f.message}`;
const withoutState = (fs: JsonFinding[]) => fs.filter((f) => f.rule !== 'state/damaged').map(key);

let baseline: { code: number; findings: JsonFinding[] };
let baseFile: string;

beforeAll(async () => {
  baseFile = await writeCrafted(dir, 'grund.xlsx', seed, () => undefined);
  baseline = await validateJson(baseFile);
});

interface Forged {
  name: string;
  /** The state JSON, or a function of the workbook (to place markers). */
  json: string;
  edit?: (wb: ExcelJS.Workbook) => void;
  /** How many "state/damaged" warnings validation must show (one lists every dropped part). */
  warnings: number;
}

const deep = (n: number) => `{"version":1,"mapping":{"tables":${'['.repeat(n)}${']'.repeat(n)}}}`;
const hugeFilled = JSON.stringify({
  version: 1,
  filled: Array.from({ length: 25_000 }, (_, i) => ({ sheet: 'Mål och nyckeltal', cell: `G${(i % 5) + 4}`, value: 'Uppfyllt' })),
});
const hugeRange = JSON.stringify({
  version: 1,
  mapping: {
    version: 1,
    tables: [{ kind: 'operating', sheet: 'Drift', range: 'A3:G350000', confidence: 1, headerRows: [3], unit: 'tkr', rows: [{ row: 5, label: 'x', role: 'revenue' }], columns: [{ col: 2, letter: 'B', header: 'Budget', role: 'budget' }] }],
  },
});

const FORGED: Forged[] = [
  {
    name: 'wrong types everywhere',
    json: JSON.stringify({ version: 1, filled: 'x', generatedSheets: { name: 'Drift' }, mapping: { tables: 'none' }, assessment: 'goal4', synonyms: [1] }),
    warnings: 1,
  },
  { name: 'nesting 100 000 deep', json: deep(100_000), warnings: 1 },
  { name: 'a list of 25 000 filled cells (limit 20 000)', json: hugeFilled, warnings: 1 },
  { name: 'a saved table of 350 000 rows', json: hugeRange, warnings: 1 },
  {
    name: 'the user\'s "Drift" listed as generated, its id nowhere',
    json: JSON.stringify({ version: 1, generatedSheets: [{ name: 'Drift', kind: 'operating', id: 'nr-deadbeef' }] }),
    warnings: 0,
  },
  {
    name: '"Drift" listed, and a user cell inside it quoting the marker text (not the marker cell)',
    json: JSON.stringify({ version: 1, generatedSheets: [{ name: 'Drift', kind: 'operating', id: 'nr-deadbeef' }] }),
    edit: (wb) => {
      wb.getWorksheet('Drift')!.getCell('J2').value = markerText('nr-deadbeef');
    },
    warnings: 0,
  },
  {
    name: 'a user sheet "Rapport Drift" listed without a marker',
    json: JSON.stringify({ version: 1, generatedSheets: [{ name: 'Rapport Drift', kind: 'operating', id: 'nr-1' }] }),
    edit: (wb) => {
      const ws = wb.addWorksheet('Rapport Drift');
      ws.getCell('A1').value = 'Mina egna anteckningar';
      ws.getCell('A2').value = 'Sista raden';
    },
    warnings: 0,
  },
  {
    name: 'a user sheet listed with a foreign marker',
    json: JSON.stringify({ version: 1, generatedSheets: [{ name: 'Rapport Drift', kind: 'operating', id: 'nr-1' }] }),
    edit: (wb) => {
      const ws = wb.addWorksheet('Rapport Drift');
      ws.getCell('A1').value = 'Kopia';
      ws.getCell('A3').value = markerText('nr-2');
    },
    warnings: 0,
  },
  {
    name: 'forged filled records claiming cells a person wrote',
    json: JSON.stringify({ version: 1, filled: [{ sheet: 'Drift', cell: 'B5', value: '31417' }, { sheet: 'Mål och nyckeltal', cell: 'C4', value: 'Alingsåsare' }] }),
    warnings: 0,
  },
];

describe('forged and damaged state sheets', () => {
  it.each(FORGED.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const input = await writeCrafted(dir, `forged-${FORGED.indexOf(f)}.xlsx`, seed, (wb) => {
      f.edit?.(wb);
      addStateSheet(wb, f.json);
    });
    const before = sha(input);
    // Validation as without the forged state, plus the warnings about what was dropped.
    const v = await validateJson(input);
    expect(v.code).toBe(baseline.code);
    const userSheetCheck = f.edit ? await validateJson(await writeCrafted(dir, `clean-${FORGED.indexOf(f)}.xlsx`, seed, (wb) => f.edit?.(wb))) : baseline;
    expect(withoutState(v.findings)).toEqual(withoutState(userSheetCheck.findings));
    const warnings = v.findings.filter((x) => x.rule === 'state/damaged');
    expect(warnings).toHaveLength(f.warnings);
    for (const w of warnings) {
      expect(w.severity).toBe('warning');
      expectOneSwedishLine(w.message);
    }
    // fill and report run (exit 0) and change nothing of the person's.
    const inGrid = await readWorkbook(input);
    for (const command of ['fill', 'report'] as const) {
      const out = path.join(dir, `ut-${command}-${FORGED.indexOf(f)}.xlsx`);
      const r = await cli([command, input, '-o', out, '--format', 'json']);
      expect([command, r.code, r.err]).toEqual([command, 0, '']);
      const after = await readWorkbook(out);
      const result = JSON.parse(r.out) as { filled?: { sheet: string; cell: string }[] };
      const allowed = new Set((result.filled ?? []).map((x) => `${x.sheet}!${x.cell}`));
      expect(diffWorkbooks(inGrid, after, allowed, new Set([STATE_SHEET]))).toEqual([]);
      // Whatever the state claimed, every allowed cell was empty before.
      for (const a of allowed) {
        const [sheet, cell] = a.split('!');
        const c = inGrid.sheets.find((s) => s.name === sheet)?.rows.flat().find((x) => x?.address === cell);
        expect([a, c?.value ?? null]).toEqual([a, null]);
      }
    }
    expect(sha(input)).toBe(before);
  });
});

describe('a user sheet with the state sheet\'s name', () => {
  const cases: [string, string, 'visible' | 'veryHidden'][] = [
    ['visible, exact name', STATE_SHEET, 'visible'],
    ['hidden, other case', 'NÄMNDRAPPORT_DATA', 'veryHidden'],
    ['visible, other case', 'nämndrapport_data', 'visible'],
  ];
  it.each(cases)('%s: never read as state, never touched; fill and report refuse with one Swedish line', async (_n, name, state) => {
    const forged = JSON.stringify({ version: 1, generatedSheets: [{ name: 'Drift', kind: 'operating', id: 'x' }], filled: [{ sheet: 'Mål och nyckeltal', cell: 'C4', value: 'x' }] });
    const input = await writeCrafted(dir, `namn-${name}-${state}.xlsx`, seed, (wb) => void addStateSheet(wb, forged, { name, state }));
    const before = sha(input);
    const v = await validateJson(input);
    expect(v.code).toBe(baseline.code);
    expect(withoutState(v.findings)).toEqual(withoutState(baseline.findings));
    expect(v.findings.filter((x) => x.rule === 'state/damaged').map((x) => x.sheet)).toEqual([name]);
    for (const command of ['fill', 'report']) {
      const out = path.join(dir, `namn-ut-${command}.xlsx`);
      const r = await cli([command, input, '-o', out]);
      expect(r.code).toBe(2);
      expectOneSwedishLine(r.err);
      expect(r.err).toContain(name);
      expect(existsSync(out)).toBe(false);
      const en = await cli([command, input, '-o', out, '--lang', 'en']);
      expect(en.err).toMatch(/^namndrapport: .*Rename the sheet/);
    }
    expect(sha(input)).toBe(before);
  });
});

describe('-o that the tool does not own', () => {
  const leftovers = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

  it.each([
    ['a symbolic link to the input', (input: string, out: string) => symlinkSync(input, out)],
    ['a hard link to the input', (input: string, out: string) => linkSync(input, out)],
    ['the input through ".." and a link to its folder', (input: string, out: string) => symlinkSync(path.dirname(input), out.replace(/\.xlsx$/, '-mapp'))],
  ])('%s: exit 2, one Swedish line, input byte-identical', async (name, make) => {
    const d = mkdtempSync(path.join(dir, 'lank-'));
    const input = path.join(d, 'in.xlsx');
    writeFileSync(input, readFileSync(baseFile));
    const before = sha(input);
    let out = path.join(d, 'ut.xlsx');
    make(input, out);
    if (name.includes('folder')) out = path.join(d, 'ut-mapp', '..', 'ut-mapp', 'in.xlsx');
    for (const command of ['fill', 'report']) {
      const r = await cli([command, input, '-o', out]);
      expect(r.code).toBe(2);
      expectOneSwedishLine(r.err);
      expect(r.err).toMatch(/samma fil som indatafilen|samma som indatafilen/);
    }
    expect(sha(input)).toBe(before);
    expect(leftovers(d)).toEqual([]);
  });

  it('a missing output folder: exit 2, one Swedish line naming the folder', async () => {
    const out = path.join(dir, 'finns-ej', 'ut.xlsx');
    const before = sha(baseFile);
    const r = await cli(['report', baseFile, '-o', out]);
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
    expect(r.err).toContain(path.join(dir, 'finns-ej'));
    expect(sha(baseFile)).toBe(before);
  });

  const unwritable = existsSync('/sys/kernel') ? '/sys/kernel' : undefined;
  (unwritable ? it : it.skip)('an unwritable output folder: exit 2, one Swedish line', async () => {
    const r = await cli(['fill', baseFile, '-o', path.join(unwritable as string, 'ut.xlsx')]);
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
    expect(r.err).toMatch(/behörighet saknas|skrivskyddad/);
  });

  it('an output that is a folder: exit 2, one Swedish line', async () => {
    const out = path.join(dir, 'en-mapp.xlsx');
    mkdirSync(out, { recursive: true });
    const r = await cli(['report', baseFile, '-o', out]);
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
    expect(r.err).toContain('är en mapp');
  });

  it('an ordinary existing output is replaced whole, through a temporary file', async () => {
    const d = mkdtempSync(path.join(dir, 'ersatt-'));
    const out = path.join(d, 'ut.xlsx');
    writeFileSync(out, 'gammalt');
    const r = await cli(['report', baseFile, '-o', out]);
    expect(r.code).toBe(0);
    expect((await readWorkbook(out)).sheets.some((s) => s.name === 'Rapport Drift')).toBe(true);
    expect(leftovers(d)).toEqual([]);
  });
});

describe('formulas without cached values', () => {
  it('are told once per table as a warning, never as a missing outcome', async () => {
    const input = await writeCrafted(dir, 'ej-omraknad.xlsx', seed, (wb) => {
      const drift = wb.getWorksheet('Drift')!;
      drift.getCell('B12').value = { formula: 'SUM(B7:B10)' } as ExcelJS.CellFormulaValue;
      drift.getCell('C12').value = { formula: 'SUM(C7:C10)' } as ExcelJS.CellFormulaValue;
      wb.getWorksheet('Mål och nyckeltal')!.getCell('E5').value = { formula: '87' } as ExcelJS.CellFormulaValue;
    });
    const before = sha(input);
    const v = await validateJson(input);
    const warnings = v.findings.filter((f) => f.rule === 'cells/uncalculated-formula');
    expect(warnings.map((w) => `${w.sheet}!${w.cell} ${w.severity}`)).toEqual(['Drift!B12 warning', 'Mål och nyckeltal!E5 warning']);
    for (const w of warnings) {
      expect(w.message).toMatch(/^Arbetsboken är inte omräknad – öppna och spara den i Excel\./);
      expectOneSwedishLine(w.message);
    }
    expect(v.findings.filter((f) => f.sheet === 'Mål och nyckeltal' && f.cell === 'E5' && f.rule !== 'cells/uncalculated-formula')).toEqual([]);
    const fill = await cli(['fill', input, '-o', path.join(dir, 'ej-omraknad-ut.xlsx'), '--format', 'json']);
    expect(fill.code).toBe(0);
    const result = JSON.parse(fill.out) as { findings: { messageId: string; cell: string }[]; skipped: { cell: string; reason: string }[] };
    expect(result.findings.filter((f) => f.cell === 'E5').map((f) => f.messageId)).toEqual(['uncalculated']);
    expect(result.skipped.find((s) => s.cell === 'G5')?.reason).toMatch(/formel utan sparat värde/);
    expect(sha(input)).toBe(before);
  });
});
