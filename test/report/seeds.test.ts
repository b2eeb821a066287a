import * as path from 'path';
import { readWorkbook, applyWritePlan } from '../../src/xlsx';
import { mapWorkbook, buildModel } from '../../src/mapping';
import { planReport } from '../../src/report';
import { readToolState, STATE_SHEET } from '../../src/grid/tool-state';
import type { SheetGrid, WorkbookGrid } from '../../src/grid/types';
import type { ReportModel } from '../../src/model/types';
import { golden, renderPreview } from './render';

/**
 * The sample workbooks end to end: read with the xlsx adapter, mapped, the report planned and
 * written back with the adapter. Goldens are reviewed against the printed reports.
 */

const SEEDS = [
  ['delarsrapport-2024', path.resolve(__dirname, '../../seeds/delarsrapport-2024.xlsx')],
  ['arsbokslut-2019', path.resolve(__dirname, '../../seeds/arsbokslut-2019.xlsx')],
] as const;

async function modelOf(wb: WorkbookGrid): Promise<ReportModel> {
  return buildModel(wb, mapWorkbook(wb)).model;
}

/** Every cell of a sheet as value, formula, format, fill, bold, indent, merge — what "unchanged" means. */
function cellsOf(sheet: SheetGrid | undefined): string {
  if (!sheet) return 'missing';
  return JSON.stringify({
    rows: sheet.rows.map((r) => (r ?? []).map((c) => (c ? [c.address, c.value, c.formula, c.numFmt, c.fill, c.bold, c.indent, c.merge] : null))),
    merges: sheet.merges,
    state: sheet.state ?? 'visible',
  });
}

describe.each(SEEDS)('%s through the xlsx adapter', (name, file) => {
  it('golden: generated sheets and draft text', async () => {
    const wb = await readWorkbook(file);
    const r = planReport(wb, await modelOf(wb));
    const preview = golden(`seed-${name}.preview.txt`, r.plan.addSheets.map(renderPreview).join('\n'));
    expect(preview.actual).toBe(preview.expected);
    const notes = r.notes.length ? `\n[Anteckningar]\n${r.notes.join('\n')}\n` : '';
    const text = golden(`seed-${name}.text.txt`, r.text.map((t) => `[${t.section}]\n${t.paragraph}\n`).join('\n') + notes);
    expect(text.actual).toBe(text.expected);
  });

  it('every cell of every original sheet is unchanged after writing the report', async () => {
    const before = await readWorkbook(file);
    const r = planReport(before, await modelOf(before));
    const after = await readWorkbook(await applyWritePlan(file, r.plan));
    for (const sheet of before.sheets) {
      expect(cellsOf(after.sheets.find((s) => s.name === sheet.name))).toBe(cellsOf(sheet));
    }
    // The original sheets keep their order, then come ours, then the hidden state.
    const names = after.sheets.map((s) => s.name);
    expect(names.slice(0, before.sheets.length)).toEqual(before.sheets.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(r.sheets.map((s) => s.name)));
    expect(after.sheets.find((s) => s.name === STATE_SHEET)?.state).toBe('veryHidden');
  });

  it('regenerating twice gives the same workbook as once', async () => {
    const wb0 = await readWorkbook(file);
    const model = await modelOf(wb0);
    const once = await applyWritePlan(file, planReport(wb0, model).plan);
    const wb1 = await readWorkbook(once);
    const second = planReport(wb1, await modelOf(wb1));
    expect(second.plan.deleteSheets.sort()).toEqual(second.sheets.map((s) => s.name).sort());
    const wb2 = await readWorkbook(await applyWritePlan(once, second.plan));
    expect(wb2.sheets.map((s) => s.name)).toEqual(wb1.sheets.map((s) => s.name));
    for (const s of wb1.sheets) expect(cellsOf(wb2.sheets.find((x) => x.name === s.name))).toBe(cellsOf(s));
    expect(readToolState(wb2)).toEqual(readToolState(wb1));
  });

  it('generated numbers come back as numbers and texts starting with - + = @ as text, never formulas', async () => {
    const wb = await readWorkbook(file);
    const model = await modelOf(wb);
    const r = planReport(wb, model, {
      text: [
        { section: 'Drift', paragraph: '-6,6 mnkr är periodens resultat.' },
        { section: '=SUMMA(A1:A3)', paragraph: '+46 70 123 45 67 och @nämnden' },
      ],
    });
    const after = await readWorkbook(await applyWritePlan(file, r.plan));
    for (const added of r.plan.addSheets) {
      const back = after.sheets.find((s) => s.name === added.grid.name);
      for (const c of added.grid.rows.flat()) {
        if (!c || c.value === null) continue;
        const got = back?.rows[c.row - 1]?.[c.col - 1];
        expect(got?.formula).toBeUndefined();
        expect(got?.value).toEqual(c.value);
        if (c.numFmt) expect(got?.numFmt).toBe(c.numFmt);
      }
    }
    const text = after.sheets.find((s) => s.name === 'Rapport Text');
    const values = text?.rows.flat().map((c) => c?.value) ?? [];
    expect(values).toEqual(expect.arrayContaining(['-6,6 mnkr är periodens resultat.', '=SUMMA(A1:A3)', '+46 70 123 45 67 och @nämnden']));
  });
});
