import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { readWorkbook, writeWorkbook } from '../../src/xlsx';
import { mapWorkbook, readSynonyms, mergeSynonyms } from '../../src/mapping';
import { stateSheet } from '../../src/grid/tool-state';
import type { WorkbookGrid } from '../../src/grid/types';
import { main, type CliIO } from '../../src/cli/main';

const sample = path.join(__dirname, '..', '..', 'seeds', 'delarsrapport-2024.xlsx');
const OWN = { columns: { operating: { budget: ['Ramtilldelning'] } } };

/** The 2024 sample with Drift's budget header in the board's own words. */
async function withOwnHeader(): Promise<WorkbookGrid> {
  const wb = await readWorkbook(sample);
  const drift = wb.sheets.find((s) => s.name === 'Drift')!;
  drift.rows[2]![1]!.value = 'Ramtilldelning';
  return wb;
}

function budgetColumn(wb: WorkbookGrid, opts = {}) {
  const drift = mapWorkbook(wb, opts).tables.find((t) => t.kind === 'operating');
  return drift?.columns.find((c) => c.letter === 'B')?.role;
}

describe("a board's own labels", () => {
  it('an unknown header is not guessed; the own label maps it', async () => {
    const wb = await withOwnHeader();
    expect(budgetColumn(wb)).not.toBe('budget');
    expect(budgetColumn(wb, { extraSynonyms: OWN })).toBe('budget');
  });

  it('labels saved in the workbook are used', async () => {
    const wb = await withOwnHeader();
    wb.sheets.push(stateSheet({ version: 1, synonyms: OWN }));
    expect(budgetColumn(wb)).toBe('budget');
  });

  it('keeps the well-formed part of damaged synonym data and merges layers', () => {
    expect(readSynonyms({ columns: { operating: { budget: ['Ram', 7, ''] } }, rows: 'x', units: { tkr: [] } })).toEqual({
      columns: { operating: { budget: ['Ram'] } },
    });
    expect(readSynonyms('nonsense')).toBeUndefined();
    expect(readSynonyms({ rows: { operating: { result: 'Resultat' } } })).toBeUndefined();
    const merged = mergeSynonyms({ rows: { operating: { result: ['A'] } } }, { rows: { operating: { result: ['B'], netCosts: ['C'] } } });
    expect(merged?.rows).toEqual({ operating: { result: ['A', 'B'], netCosts: ['C'] } });
  });

  it('the command line takes --synonyms and rejects a file without usable labels', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nr-syn-'));
    const file = path.join(dir, 'egen.xlsx');
    writeFileSync(file, await writeWorkbook(await withOwnHeader()));
    const synonyms = path.join(dir, 'synonymer.json');
    writeFileSync(synonyms, JSON.stringify(OWN));
    const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) } as CliIO & { out: string; err: string };
    expect(await main(['map', file, '--format', 'json', '--synonyms', synonyms], io)).toBe(0);
    const drift = JSON.parse(io.out).tables.find((t: { kind: string }) => t.kind === 'operating');
    expect(drift.columns.find((c: { letter: string }) => c.letter === 'B').role).toBe('budget');
    const bad = path.join(dir, 'tom.json');
    writeFileSync(bad, '{"rows": 3}');
    const io2 = { out: '', err: '', stdout: (t: string) => void (io2.out += t), stderr: (t: string) => void (io2.err += t) } as CliIO & { out: string; err: string };
    expect(await main(['map', file, '--synonyms', bad], io2)).toBe(2);
    expect(io2.err).toMatch(/Synonymfilen .* innehåller inga benämningar/);
  });
});
