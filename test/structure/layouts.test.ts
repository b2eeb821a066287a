import { sheetFromValues } from '../../src/grid/sheet';
import type { SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { tablesOf } from '../../src/model/types';
import { buildModel, mapWorkbook } from '../../src/mapping';
import { validate } from '../../src/rules';
import { buildReportSheets, draftNarrative } from '../../src/report';

/**
 * Layouts other boards keep that the two samples lack (figures made up for the layout; the real
 * tables of other boards are in test/boards). Each: mapped, no false error, a planted error
 * found at its cell.
 */

const errorsOf = (wb: WorkbookGrid) => {
  const { model } = buildModel(wb, mapWorkbook(wb));
  return validate(model, wb).filter((f) => f.severity === 'error');
};
const at = (f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`;
function withValue(s: SheetGrid, row: number, col: number, value: number): WorkbookGrid {
  const copy: SheetGrid = JSON.parse(JSON.stringify(s));
  const cell = copy.rows[row - 1]?.[col - 1];
  if (!cell) throw new Error('no cell');
  cell.value = value;
  return { sheets: [copy] };
}

describe('Diff = Budget − Bokslut (the numbers decide, not the word)', () => {
  const s = sheetFromValues('Drift', [
    ['Tekniska nämnden – Årsbokslut 2024'],
    [],
    ['Tkr', 'Budget 2024', 'Bokslut 2024', 'Diff'],
    ['Verksamhetens intäkter', 500, 560, -60],
    ['Personalkostnader', -2000, -1950, -50],
    ['Lokalkostnader', -700, -720, 20],
    ['Övriga kostnader', -300, -290, -10],
    ['Verksamhetens kostnader', -3000, -2960, -40],
    ['Verksamhetens nettokostnader', -2500, -2400, -100],
  ]);
  it('holds on every row: no error, no row-by-row report against the label', () => {
    const wb = { sheets: [s] };
    expect(errorsOf(wb)).toEqual([]);
    const { model } = buildModel(wb, mapWorkbook(wb));
    expect(validate(model, wb).filter((f) => f.messageId === 'expectationDropped' || f.severity !== 'info')).toEqual([]);
  });
  it('a wrong Diff is found at its cell, named as Budget − Bokslut', () => {
    const errors = errorsOf(withValue(s, 6, 4, 200));
    expect(errors.map(at)).toEqual(['Drift!D6']);
    expect(errors[0].message).toMatch(/Budget 2024 − Bokslut 2024/);
    expect(errors[0].message).toMatch(/enligt siffrorna/);
  });
});

describe('month report: Budget helår / Budget ack / Utfall ack / Prognos helår, no years', () => {
  const s = sheetFromValues('Drift', [
    ['Kultur- och fritidsnämnden – Månadsuppföljning per 31 augusti 2025'],
    [],
    ['Belopp i tkr', 'Budget helår', 'Budget ack', 'Utfall ack', 'Avvikelse ack', 'Prognos helår'],
    ['Verksamhetens intäkter', 9000, 6000, 6400, 400, 9300],
    ['Personalkostnader', -30000, -20000, -20600, -600, -30800],
    ['Övriga kostnader', -12000, -8000, -7700, 300, -11900],
    ['Verksamhetens kostnader', -42000, -28000, -28300, -300, -42700],
    ['Verksamhetens nettokostnader', -33000, -22000, -21900, 100, -33400],
  ]);
  const wb = { sheets: [s] };
  const mapping = mapWorkbook(wb);
  it('the period budget is never the full-year budget', () => {
    const t = mapping.tables[0];
    expect(t.columns.map((c) => `${c.letter}:${c.role}`)).toEqual(['B:budget', 'C:periodBudget', 'D:actual', 'E:variance', 'F:forecast']);
    expect(t.columns[1].facets).toMatchObject({ scenario: 'budget', span: 'toDate' });
  });
  it('no false error; a wrong period variance is found', () => {
    expect(errorsOf(wb)).toEqual([]);
    expect(errorsOf(withValue(s, 5, 5, -900)).map(at)).toEqual(['Drift!E5']);
  });
  it('the report heads the period columns with their span, the draft calls no period figure a forecast', () => {
    const { model } = buildModel(wb, mapping);
    const sheet = buildReportSheets(model).find((x) => x.kind === 'operating')?.sheet;
    const texts = (sheet?.grid.rows ?? []).flat().map((c) => (c ? String(c.value) : ''));
    // The period budget's heading names its span (or keeps the board's own words), never a bare year.
    const periodHeading = texts.find((t) => /^Budget ack/.test(t));
    expect(periodHeading).toBeDefined();
    expect(texts.filter((t) => /^Budget( helår)?( 2025)?$/.test(t))).toHaveLength(1);
    for (const p of draftNarrative(model)) expect(p.paragraph).not.toMatch(/prognos[^.]*-21 900|-21 900[^.]*prognos/i);
  });
});

describe('two-row header "Intäkter | Kostnader" over abbreviated columns, positive net costs, blocks with "Summa …"', () => {
  const s = sheetFromValues('Drift per enhet', [
    ['Drift per enhet, tkr'],
    [],
    ['Enhet', 'Intäkter', null, 'Kostnader', null, 'Netto', null],
    [null, 'Bu', 'Utf', 'Bu', 'Utf', 'Bu', 'Utf'],
    ['Förskola Solen', 200, 210, 5200, 5100, 5000, 4890],
    ['Förskola Månen', 150, 140, 4150, 4300, 4000, 4160],
    ['Summa förskola', 350, 350, 9350, 9400, 9000, 9050],
    ['Skola Norr', 400, 420, 12400, 12500, 12000, 12080],
    ['Skola Söder', 300, 310, 9300, 9200, 9000, 8890],
    ['Summa skola', 700, 730, 21700, 21700, 21000, 20970],
  ]);
  s.merges.push('B3:C3', 'D3:E3', 'F3:G3');
  for (const m of ['B3:C3', 'D3:E3', 'F3:G3']) {
    const [a, b] = m.split(':');
    const row = s.rows[2];
    const ca = row[a.charCodeAt(0) - 65];
    if (ca) ca.merge = m;
    const cb = b.charCodeAt(0) - 65;
    row[cb] = { address: `${b}3`, row: 3, col: cb + 1, value: null, merge: m };
  }
  const wb = { sheets: [s] };
  it('reads each column as measure × scenario and the Summa rows as totals after their parts', () => {
    const t = mapWorkbook(wb).tables[0];
    expect(t.kind).toBe('activities');
    expect(t.columns.map((c) => c.role)).toEqual(['intäkter budget', 'intäkter utfall', 'kostnader budget', 'kostnader utfall', 'nettokostnad budget', 'nettokostnad utfall']);
    expect(t.rows.filter((r) => r.role === 'total').map((r) => r.label)).toEqual(['Summa förskola', 'Summa skola']);
    expect(t.structure?.placement).toBe('after');
  });
  it('net = costs − revenue holds with positive costs; no false error; a planted error is found', () => {
    expect(errorsOf(wb)).toEqual([]);
    expect(errorsOf(withValue(s, 8, 5, 12900)).map(at)).toEqual(['Drift per enhet!E8']);
  });
  it('the report table copies every row', () => {
    const { model } = buildModel(wb, mapWorkbook(wb));
    expect(tablesOf(model, 'activities')[0].rows).toHaveLength(6);
    const sheet = buildReportSheets(model).find((x) => x.kind === 'activities')?.sheet;
    const labels = (sheet?.grid.rows ?? []).map((r) => r?.[0]?.value);
    for (const l of ['Förskola Solen', 'Förskola Månen', 'Summa förskola', 'Skola Norr', 'Skola Söder', 'Summa skola']) expect(labels).toContain(l);
  });
});

describe('a Drift with costs printed as positive numbers (the table’s own sign convention)', () => {
  const s = sheetFromValues('Drift', [
    ['Belopp i tkr', 'Budget 2024', 'Prognos 2024', 'Avvikelse'],
    ['Verksamhetens intäkter', 100, 120, 20],
    ['Personalkostnader', 300, 320, 20],
    ['Övriga kostnader', 100, 95, -5],
    ['Verksamhetens kostnader', 400, 415, 15],
    ['Verksamhetens nettokostnader', 300, 295, -5],
    ['Kommunbidrag', 300, 300, 0],
    ['Årets resultat', 0, 5, 5],
  ]);
  it('net = kostnader − intäkter, result = kommunbidrag − nettokostnader: no error, no dropped note', () => {
    const wb = { sheets: [s] };
    const { model } = buildModel(wb, mapWorkbook(wb));
    const findings = validate(model, wb);
    expect(findings.filter((f) => f.severity !== 'info' || f.messageId === 'expectationDropped')).toEqual([]);
  });
  it('a wrong net cost is found at its cell, the message in the table’s convention', () => {
    const errors = errorsOf(withValue(s, 6, 2, 350));
    expect(errors.map(at)).toEqual(['Drift!B6']);
    expect(errors[0].message).toMatch(/kostnader − intäkter/);
  });
});
