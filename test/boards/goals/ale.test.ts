import ExcelJS from 'exceljs';
import { readWorkbook, applyWritePlan } from '../../../src/xlsx';
import { mapWorkbook, buildModel } from '../../../src/mapping';
import { planFill } from '../../../src/assessment';
import { tablesOf } from '../../../src/model/types';
import { cellsOf } from '../../../src/grid/sheet';
import type { WorkbookGrid } from '../../../src/grid/types';
import { STATE_SHEET } from '../../../src/grid/tool-state';
import { ALE_HEADER, ALE_ROWS, ALE_URL } from './ale-2018';
import { figureCell } from './build';

/**
 * A board whose table prints its assessments but no target (Ale, 2018): the tool keeps every
 * printed assessment, reads the board's spelling from them, and with them blanked writes
 * nothing — the rule behind them is not in the table, so no assessment is unambiguous.
 */

async function aleWorkbook(blank: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nyckeltal');
  ws.addRow(ALE_HEADER);
  ALE_ROWS.forEach((row, i) => {
    const r = i + 2;
    row.forEach((v, c) => {
      const cell = ws.getCell(r, c + 1);
      if (c >= 3 && c <= 8) figureCell(cell, v, 'numbers');
      else if (c === 9) cell.value = blank ? null : v;
      else cell.value = v;
    });
  });
  wb.addWorksheet('Källa').getCell(1, 1).value = `Källa: ${ALE_URL}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function shown(wb: WorkbookGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets) if (s.name !== STATE_SHEET) for (const c of cellsOf(s)) out.set(`${s.name}!${c.address}`, JSON.stringify([c.value, c.fill ?? null, c.numFmt ?? null]));
  return out;
}

async function run(blank: boolean) {
  const input = await aleWorkbook(blank);
  const before = await readWorkbook(input);
  const { model } = buildModel(before, mapWorkbook(before));
  const result = planFill(before, model);
  const after = await readWorkbook(await applyWritePlan(input, result.plan));
  return { before, after, result, tables: tablesOf(model, 'indicators') };
}

describe('Ale 2018: printed assessments, no target', () => {
  it('maps the seven measures with their outcomes for 2018', async () => {
    const { tables } = await run(false);
    const inds = tables.flatMap((t) => t.goals.flatMap((g) => g.indicators));
    expect(inds.map((i) => i.name.text)).toEqual(ALE_ROWS.map((r) => r[0]));
    expect(inds.map((i) => i.outcome?.value)).toEqual([148815, 92, 5.8, 84, 81, 35, 84]);
  });

  it('keeps every printed assessment and changes no cell; the scale is read in the board’s words', async () => {
    const { before, after, result } = await run(false);
    expect(result.plan.edits).toEqual([]);
    expect(shown(after)).toEqual(shown(before));
    expect(result.scales.indicator).toMatchObject({ id: 'goal4', source: 'cells' });
    expect(result.scales.indicator.levels?.map((l) => l.name)).toEqual(expect.arrayContaining(['Uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt']));
  });

  it('with the assessments blanked, writes nothing: without a target the rule is not in the table', async () => {
    const { before, after, result } = await run(true);
    expect(result.filled).toEqual([]);
    expect(shown(after)).toEqual(shown(before));
    expect(result.findings.filter((f) => f.rule === 'assessment/unreadable-target' && f.messageId === 'missing')).toHaveLength(7);
  });
});
