import type { WorkbookGrid } from '../../src/grid/types';
import type { WorkbookMapping } from '../../src/model/mapping-types';
import type { ReportModel } from '../../src/model/types';
import { buildModel, mapWorkbook } from '../../src/mapping';
import { besideSheet, cloneWorkbook, editTexts, get, insertRows, lastRow, set, sheet, shiftSheet, stackSheet, swapColumns } from './helpers/grid-edit';
import { loadSeed, SEED_2019, SEED_2024 } from './helpers/seeds';

/**
 * Layout variants of the samples, as other controllers keep the same tables: renamed sheets,
 * swapped columns, two-row and wrapped headers, tables moved, extra blank and note rows, labels
 * in other case and spacing, two tables on one sheet. Each must map to the same roles and load
 * the same figures as the original.
 */

const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}<>]/gu, '');

/** Kinds, row roles by label and column roles with years — independent of where things sit. */
function shape(m: WorkbookMapping): string[] {
  return m.tables
    .map((t) => {
      const rows = t.rows.filter((r) => r.role !== 'note').map((r) => `${norm(r.label).slice(0, 30)}=${r.role}/${r.level ?? 0}`);
      const cols = t.columns.map((c) => `${c.role}/${c.year ?? ''}`).sort();
      return `${t.kind}|${cols.join(',')}|${rows.join(',')}`;
    })
    .sort();
}

/** Every figure of the model keyed by table kind, row label and column role. */
function figures(model: ReportModel): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const t of model.tables) {
    if (!('rows' in t)) continue;
    for (const r of t.rows) {
      for (const [role, f] of Object.entries(r.values)) out[`${t.kind}|${norm(r.label)}|${role}`] = f?.value ?? null;
    }
  }
  return out;
}

let base2024: WorkbookGrid;
let base2019: WorkbookGrid;
beforeAll(async () => {
  base2024 = await loadSeed(SEED_2024);
  base2019 = await loadSeed(SEED_2019);
});

type Edit = (wb: WorkbookGrid) => void;

const variants2024: [string, Edit][] = [
  ['renamed sheets (known and unknown names)', (wb) => {
    sheet(wb, 'Drift').name = 'Driftredovisning';
    sheet(wb, 'Investeringar').name = 'Investeringsredovisning';
    sheet(wb, 'Mål och nyckeltal').name = 'Måluppföljning';
    sheet(wb, 'Sjukfrånvaro').name = 'Blad5';
    sheet(wb, 'Kommentarer').name = 'Analys';
  }],
  ['years swapped: 2023 before 2024', (wb) => {
    swapColumns(sheet(wb, 'Drift'), 5, 6);
    swapColumns(sheet(wb, 'Investeringar'), 5, 6);
    swapColumns(sheet(wb, 'Sjukfrånvaro'), 2, 3);
    swapColumns(sheet(wb, 'Mål och nyckeltal'), 5, 6);
  }],
  ['one-row headers become two-row headers (caption above, year below)', (wb) => {
    const s = sheet(wb, 'Investeringar');
    insertRows(s, 4, 1);
    for (let c = 2; c <= 7; c++) {
      const text = String(get(s, 3, c)?.value);
      const m = /^(.*?)\s*((?:19|20)\d\d(?:\/\d{4})?)$/.exec(text);
      if (!m) continue;
      set(s, 3, c, m[1]);
      set(s, 4, c, /\//.test(m[2]) ? m[2] : Number(m[2]));
    }
  }],
  ['wrapped and hyphenated headers', (wb) => {
    const d = sheet(wb, 'Drift');
    set(d, 3, 5, 'Delårs-\nbokslut');
    set(d, 3, 6, 'Delårs-\nbokslut');
    set(d, 3, 4, 'Avv.\nprognos/\nbudget');
    const ik = sheet(wb, 'Internkontroll');
    set(ik, 3, 3, 'Frekvens\nupp-\nföljning');
    set(ik, 3, 5, 'Bedöm-\nning');
  }],
  ['every table moved down and right', (wb) => {
    for (const s of wb.sheets) if (s.name !== 'Info') shiftSheet(s, 6, 3);
  }],
  ['extra blank rows and a note row inside the table', (wb) => {
    const d = sheet(wb, 'Drift');
    insertRows(d, 8, 2);
    insertRows(d, 15, 3);
    set(d, 16, 1, 'Not: siffrorna är preliminära');
    const s = sheet(wb, 'Sjukfrånvaro');
    insertRows(s, 7, 2);
  }],
  ['labels and headers in other case and spacing', (wb) => {
    editTexts(sheet(wb, 'Drift'), 1, 5, (t) => `  ${t.toUpperCase().replace(/ /g, '  ')}*`);
    editTexts(sheet(wb, 'Investeringar'), 1, 4, (t) => t.toLowerCase().replace(/ /g, '\u00A0'));
    editTexts(sheet(wb, 'Sjukfrånvaro'), 1, 4, (t) => t.replace(/ /g, '  '));
    const inv = sheet(wb, 'Investeringar');
    for (let c = 2; c <= 7; c++) set(inv, 3, c, String(get(inv, 3, c)?.value).toUpperCase().replace(/ /g, '\n'));
  }],
  ['two tables on one sheet', (wb) => {
    stackSheet(wb, 'Sjukfrånvaro', 'Drift', 3);
    stackSheet(wb, 'Investeringar', 'Drift', 2);
  }],
  ['tables side by side', (wb) => {
    besideSheet(wb, 'Sjukfrånvaro', 'Drift', 1);
    besideSheet(wb, 'Internkontroll', 'Investeringar', 2);
  }],
];

const variants2019: [string, Edit][] = [
  ['renamed sheets', (wb) => {
    sheet(wb, 'Drift').name = 'Resultaträkning';
    sheet(wb, 'Personal').name = 'Personalsammansättning';
    sheet(wb, 'Prognossäkerhet').name = 'Blad7';
  }],
  ['years swapped: 2018 after 2019 and before', (wb) => {
    swapColumns(sheet(wb, 'Drift'), 3, 5);
    swapColumns(sheet(wb, 'Sjukfrånvaro'), 2, 3);
    swapColumns(sheet(wb, 'Personal'), 2, 3);
  }],
  ['two-row headers', (wb) => {
    const d = sheet(wb, 'Drift');
    insertRows(d, 4, 1);
    for (let c = 2; c <= 6; c++) {
      const text = String(get(d, 3, c)?.value);
      const m = /^(.*?)\s*((?:19|20)\d\d(?:\/\d{4})?)$/.exec(text);
      if (!m) continue;
      set(d, 3, c, m[1]);
      set(d, 4, c, m[2]);
    }
  }],
  ['moved and spaced out', (wb) => {
    const p = sheet(wb, 'Personal');
    shiftSheet(p, 3, 2);
    insertRows(p, 12, 4);
    shiftSheet(sheet(wb, 'Investeringar'), 10, 0);
  }],
  ['tables stacked on one sheet', (wb) => {
    stackSheet(wb, 'Prognossäkerhet', 'Drift');
    stackSheet(wb, 'Sjukfrånvaro', 'Investeringar', 4);
  }],
  ['tables side by side, one of them two tables high', (wb) => {
    besideSheet(wb, 'Prognossäkerhet', 'Personal', 1);
    besideSheet(wb, 'Sjukfrånvaro', 'Drift', 3);
  }],
];

function expectSame(base: WorkbookGrid, variant: WorkbookGrid): WorkbookMapping {
  const m0 = mapWorkbook(base);
  const m1 = mapWorkbook(variant);
  expect(shape(m1)).toEqual(shape(m0));
  expect(m1.period).toEqual(m0.period);
  const f0 = figures(buildModel(base, m0).model);
  const f1 = figures(buildModel(variant, m1).model);
  expect(f1).toEqual(f0);
  expect(Object.keys(f1).length).toBeGreaterThan(20);
  return m1;
}

describe('variants of the 2024 sample map like the original', () => {
  test.each(variants2024)('%s', (_name, edit) => {
    const wb = cloneWorkbook(base2024);
    edit(wb);
    const m = expectSame(base2024, wb);
    expect(m.unmapped).toEqual([]);
  });
});

describe('variants of the 2019 sample map like the original', () => {
  test.each(variants2019)('%s', (_name, edit) => {
    const wb = cloneWorkbook(base2019);
    edit(wb);
    const m = expectSame(base2019, wb);
    expect(m.unmapped).toEqual([]);
  });
});

describe('variant details', () => {
  it('swapped year columns keep their roles by year, not by position', () => {
    const wb = cloneWorkbook(base2024);
    swapColumns(sheet(wb, 'Drift'), 5, 6);
    const drift = mapWorkbook(wb).tables.find((t) => t.kind === 'operating');
    expect(drift?.columns.filter((c) => c.role === 'actual' || c.role === 'previousActual').map((c) => [c.letter, c.role, c.year])).toEqual([
      ['E', 'previousActual', 2023],
      ['F', 'actual', 2024],
    ]);
  });

  it('a moved table keeps its cells', () => {
    const wb = cloneWorkbook(base2024);
    shiftSheet(sheet(wb, 'Drift'), 6, 3);
    const m = mapWorkbook(wb);
    const drift = m.tables.find((t) => t.kind === 'operating');
    expect(drift?.range).toBe('D9:J22');
    const personnel = buildModel(wb, m).model.tables.find((t) => t.kind === 'operating');
    expect(personnel && 'rows' in personnel ? personnel.rows[1].values : undefined).toMatchObject({ budget: { value: -158695, ref: { cell: 'E13' } } });
  });

  it('a note row inside a table is kept as a note, not lost', () => {
    const wb = cloneWorkbook(base2024);
    const d = sheet(wb, 'Drift');
    insertRows(d, 11, 1);
    set(d, 11, 1, 'Not: kostnaderna är preliminära');
    const drift = mapWorkbook(wb).tables.find((t) => t.kind === 'operating');
    expect(drift?.rows.find((r) => r.row === 11)).toEqual({ row: 11, label: 'Not: kostnaderna är preliminära', role: 'note' });
    expect(lastRow(d)).toBe(17);
  });
});
