import { sheetFromValues } from '../../src/grid/sheet';
import type { WorkbookGrid } from '../../src/grid/types';
import { tablesOf } from '../../src/model/types';
import { buildModel, mapWorkbook } from '../../src/mapping';
import { validate } from '../../src/rules';
import { buildReportSheets } from '../../src/report';
import type { NewSheet } from '../../src/grid/write-plan';

/**
 * A board whose Drift has a cost row the vocabulary does not know ("Kapitaltjänst och
 * leasing"): the numbers show it is a cost group (Verksamhetens kostnader is the sum with it),
 * so it is mapped, checked, and copied into the report table.
 */
const rows = (unknownBudget: number | string): (string | number | null)[][] => [
  ['Socialnämnden – Delårsbokslut per 31 augusti 2024'],
  [],
  ['Belopp i tkr', 'Budget 2024', 'Prognos 2024', 'Avvikelse', 'Utfall 2024', 'Utfall 2023', 'Differens'],
  ['Verksamhetens intäkter', 100, 100, 0, 60, 50, 10],
  ['Personalkostnader', -300, -310, -10, -200, -180, -20],
  ['Kapitaltjänst och leasing', unknownBudget, -12, -2, -8, -7, -1],
  ['Övriga kostnader', -90, -88, 2, -62, -53, -9],
  ['Verksamhetens kostnader', -400, -410, -10, -270, -240, -30],
  ['Verksamhetens nettokostnader', -300, -310, -10, -210, -190, -20],
  ['Kommunbidrag', 300, 300, 0, 200, 190, 10],
  ['Årets resultat', 0, -10, -10, -10, 0, -10],
];
const workbook = (unknownBudget: number | string): WorkbookGrid => ({ sheets: [sheetFromValues('Drift', rows(unknownBudget))] });

describe('a Drift row with a label the tool does not know', () => {
  it('is mapped as a cost group because the numbers add up with it', () => {
    const m = mapWorkbook(workbook(-10));
    const t = m.tables.find((x) => x.kind === 'operating');
    expect(t).toBeDefined();
    const row = t?.rows.find((r) => r.label === 'Kapitaltjänst och leasing');
    expect(row).toMatchObject({ role: 'costGroup', inferred: 'sum' });
    expect(m.unmapped).toEqual([]);
    expect(t?.structure?.leftOut).toEqual([]);
    expect(t?.structure?.rowSums.find((s) => s.total === 8)).toMatchObject({ parts: [5, 6, 7], breaks: [], placement: 'after' });
    const wb = workbook(-10);
    const { model } = buildModel(wb, m);
    expect(validate(model, wb).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('an error planted in that row is found at its cell, nothing else', () => {
    const wb = workbook(-100);
    const m = mapWorkbook(wb);
    expect(m.tables[0].rows.find((r) => r.row === 6)).toMatchObject({ role: 'costGroup' });
    const { model } = buildModel(wb, m);
    const errors = validate(model, wb).filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['Drift!B6']);
    expect(errors[0].message).toMatch(/-10/);
  });

  it('the report table keeps the row and adds up', () => {
    const wb = workbook(-10);
    const { model } = buildModel(wb, mapWorkbook(wb));
    const drift = tablesOf(model, 'operating')[0];
    expect(drift.rows.map((r) => r.label)).toContain('Kapitaltjänst och leasing');
    const sheet = buildReportSheets(model).find((s) => s.kind === 'operating')?.sheet as NewSheet;
    const all = sheet.grid.rows.flat().filter((c): c is NonNullable<typeof c> => !!c);
    const cells = new Map<string, unknown>();
    for (const c of all) cells.set(`${c.row}:${c.col}`, c.value);
    const rowOf = (label: string) => all.find((c) => c.col === 1 && c.value === label)?.row as number;
    const parts = ['Personalkostnader', 'Kapitaltjänst och leasing', 'Övriga kostnader'].map(rowOf);
    const total = rowOf('Verksamhetens kostnader');
    expect(parts.every((r) => r > 0)).toBe(true);
    for (let col = 2; col <= 7; col++) {
      const sum = parts.reduce((s, r) => s + Number(cells.get(`${r}:${col}`)), 0);
      expect(sum).toBe(Number(cells.get(`${total}:${col}`)));
    }
  });

  it('a row no total explains is kept, left out of the checks, and said so', () => {
    const s = sheetFromValues('Drift', [
      ['Belopp i tkr', 'Budget 2024', 'Prognos 2024', 'Avvikelse'],
      ['Verksamhetens intäkter', 100, 100, 0],
      ['Personalkostnader', -300, -310, -10],
      ['Övriga kostnader', -100, -100, 0],
      ['Verksamhetens kostnader', -400, -410, -10],
      ['Verksamhetens nettokostnader', -300, -310, -10],
      ['Antal platser', 42, 42, 0],
    ]);
    const m = mapWorkbook({ sheets: [s] });
    const t = m.tables[0];
    expect(t.rows.find((r) => r.label === 'Antal platser')).toMatchObject({ role: 'other' });
    expect(t.structure?.leftOut).toEqual([expect.objectContaining({ range: 'A7:D7', reason: expect.stringMatching(/kontrolleras inte/) })]);
  });
});
