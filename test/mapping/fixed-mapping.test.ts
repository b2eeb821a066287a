import * as fs from 'fs';
import * as path from 'path';
import type { WorkbookGrid } from '../../src/grid/types';
import { stateSheet } from '../../src/grid/tool-state';
import type { WorkbookMapping } from '../../src/model/mapping-types';
import { tablesOf, type Figure, type ReportModel, type Row } from '../../src/model/types';
import { buildModel, mapWorkbook } from '../../src/mapping';
import { loadSeed, SEED_2019, SEED_2024 } from './helpers/seeds';

/**
 * Each sample has a checked-in mapping (what a controller would confirm in the task pane).
 * Loading the workbook through it must give the printed report's figures at their cells.
 */
function fixture(name: string): WorkbookMapping {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', `${name}.mapping.json`), 'utf8')) as WorkbookMapping;
}

/** What the structure layer read from the numbers is derived, not part of the confirmed mapping. */
function confirmedPart(m: WorkbookMapping): WorkbookMapping {
  return {
    ...m,
    tables: m.tables.map(({ structure: _structure, ...t }) => ({ ...t, columns: t.columns.map(({ facets: _facets, ...c }) => c) })),
  };
}

function row<K extends 'operating' | 'investments' | 'sickLeave' | 'staff' | 'workInjuries' | 'forecastAccuracy'>(
  model: ReportModel,
  kind: K,
  label: string,
): Row {
  const t = tablesOf(model, kind)[0] as { rows: Row[] };
  const r = t.rows.find((x) => x.label === label);
  if (!r) throw new Error(`${kind}: ingen rad ${label}`);
  return r;
}

function at(fig: Figure | undefined): [number | null, string] {
  return [fig?.value ?? null, `${fig?.ref.sheet}!${fig?.ref.cell}`];
}

let wb2024: WorkbookGrid;
let wb2019: WorkbookGrid;
beforeAll(async () => {
  wb2024 = await loadSeed(SEED_2024);
  wb2019 = await loadSeed(SEED_2019);
});

describe('fixed mapping: delårsrapport 2024', () => {
  const mapping = fixture('delarsrapport-2024');

  it('is what the mapper proposes for the sample', () => {
    expect(confirmedPart(mapWorkbook(wb2024))).toEqual(mapping);
  });

  it('loads the printed figures at their cells', () => {
    const { model, findings } = buildModel(wb2024, mapping);
    expect(findings).toEqual([]);
    expect(model.period).toEqual({ kind: 'interim', year: 2024, cutoff: '2024-08-31' });
    expect(at(row(model, 'operating', 'Personalkostnader').values.budget)).toEqual([-158695, 'Drift!B7']);
    expect(at(row(model, 'operating', 'Verksamhetens kostnader').values.difference)).toEqual([-32296, 'Drift!G12']);
    expect(at(row(model, 'operating', 'Verksamhetens nettokostnader').values.budget)).toEqual([-245082, 'Drift!B13']);
    expect(at(row(model, 'operating', 'Årets resultat').values.actual)).toEqual([-6612, 'Drift!E16']);
    expect(at(row(model, 'operating', 'Köp av tjänster').values.variance)).toEqual([-6000, 'Drift!D9']);
    expect(at(row(model, 'investments', 'Anpassningsinvestering').values.variance)).toEqual([650, 'Investeringar!D15']);
    expect(at(row(model, 'investments', 'Totala utgifter').values.budget)).toEqual([1500, 'Investeringar!B18']);
    const inventarier = row(model, 'investments', 'Inventarier');
    const inv = tablesOf(model, 'investments')[0];
    expect(inv.rows[inventarier.parent as number].label).toBe('Reinvestering');

    const total = row(model, 'sickLeave', 'Total sjukfrånvaro');
    expect(at(total.values.current)).toEqual([6.6, 'Sjukfrånvaro!B4']);
    expect(total.values.current?.decimals).toBe(1);
    const sick = tablesOf(model, 'sickLeave')[0];
    expect(sick.rows.find((r) => r.label === 'Dag 59>')?.band).toEqual({ from: 60, to: null });
    expect(sick.note).toBe('*Avser perioden 1 januari - 31 juli');
    expect(sick.columns.map((c) => [c.role, c.year])).toEqual([['current', 2024], ['previous', 2023], ['difference', undefined]]);

    const goals = tablesOf(model, 'indicators')[0].goals;
    expect(goals.map((g) => g.indicators.length)).toEqual([2, 1, 1, 2]);
    const first = goals[0].indicators[0];
    expect(first.target).toEqual({ text: '<166', ref: { sheet: 'Mål och nyckeltal', cell: 'D4' } });
    expect(at(first.outcome)).toEqual([190, 'Mål och nyckeltal!E4']);
    expect(first.previousOutcomes.map((p) => [p.figure.value, p.date])).toEqual([[166, '2023-08-31']]);
    expect(first.assessment).toEqual({ ref: { sheet: 'Mål och nyckeltal', cell: 'G4' }, text: null });
    expect(goals[0].indicators[1].koladaId).toBe('U31462');
    expect(goals[0].indicators[1].unit).toBe('percent');
    expect(goals[1].indicators[0].unit).toBe('count');
    // The goal cell B4:B5 is merged: both indicators sit under one goal, the KF goal from A4:A5.
    expect(goals[0].title.ref.cell).toBe('B4');
    expect(goals[0].councilGoal).toMatch(/^1\. Alingsås växer/);
    // "-" as the 2023 outcome of a new measure: no figure, and no finding either.
    expect(goals[3].indicators[0].previousOutcomes[0].figure).toMatchObject({ value: null, raw: '-' });

    const points = tablesOf(model, 'internalControl')[0].points;
    expect(points).toHaveLength(4);
    // The third point shares the merged risk cell A5:A6.
    expect(points[2].risk).toEqual(points[1].risk);
    expect(points[2].assessment).toEqual({ ref: { sheet: 'Internkontroll', cell: 'E6' }, text: 'Med anmärkning' });

    const narrative = tablesOf(model, 'narrative')[0];
    expect(narrative.paragraphs).toHaveLength(17);
    expect(narrative.paragraphs[0].section).toBe('Verksamhet');
    const quoted = narrative.paragraphs.find((p) => p.text.text.includes('5,0 mnkr eller 8 procent'));
    expect(quoted?.section).toBe('Drift');
    expect(quoted?.text.ref).toEqual({ sheet: 'Kommentarer', cell: 'B10' });
  });
});

describe('fixed mapping: årsbokslut 2019', () => {
  const mapping = fixture('arsbokslut-2019');

  it('is what the mapper proposes for the sample', () => {
    expect(confirmedPart(mapWorkbook(wb2019))).toEqual(mapping);
  });

  it('loads the printed figures at their cells', () => {
    const { model, findings } = buildModel(wb2019, mapping);
    expect(findings).toEqual([]);
    expect(model.period).toEqual({ kind: 'annual', year: 2019 });
    expect(model.board).toBe('Socialnämnden');
    expect(at(row(model, 'operating', 'Årets resultat').values.actual)).toEqual([-14311, 'Drift!C17']);
    expect(at(row(model, 'operating', 'Årets resultat').values.previousActual)).toEqual([-6050, 'Drift!E17']);
    expect(at(row(model, 'operating', 'Verksamhetens nettokostnader').values.variance)).toEqual([-14311, 'Drift!D13']);

    expect(at(row(model, 'sickLeave', 'Totalt').values.current)).toEqual([7.4, 'Sjukfrånvaro!C14']);
    const plusMinus = row(model, 'sickLeave', '1-59 dagar').values.difference;
    expect(plusMinus).toMatchObject({ value: 0, fromText: true, raw: '+-0', ref: { cell: 'D5' } });
    expect(row(model, 'sickLeave', '1-14 dagar').values.difference).toMatchObject({ value: 0.1, decimals: 1, fromText: true });
    const sick = tablesOf(model, 'sickLeave')[0];
    expect(sick.rows.filter((r) => r.role === 'days').map((r) => r.band)).toEqual([
      { from: 1, to: 14 },
      { from: 1, to: 59 },
      { from: 61, to: null },
    ]);

    expect(at(row(model, 'forecastAccuracy', 'Delårsbokslut').values.deviation)).toEqual([-409, 'Prognossäkerhet!C4']);
    expect(at(row(model, 'forecastAccuracy', 'Vårbokslut').values.deviation)).toEqual([7409, 'Prognossäkerhet!C5']);
    expect(row(model, 'forecastAccuracy', 'Bokslut 2019')).toMatchObject({ role: 'finalResult' });
    expect(at(row(model, 'forecastAccuracy', 'Bokslut 2019').values.forecast)).toEqual([-14311, 'Prognossäkerhet!B7']);

    expect(at(row(model, 'staff', 'AID-struktur').values.persons)).toEqual([231, 'Personal!B4']);
    expect(row(model, 'staff', 'AID-struktur').values.employmentRate).toMatchObject({ value: 97, percent: true });
    expect(row(model, 'staff', 'AID-struktur').values.fullTimeEquivalents).toMatchObject({ value: 227.1, decimals: 1 });
    expect(row(model, 'workInjuries', 'Arbetsskador').values.difference).toMatchObject({ value: 6, fromText: true, raw: '+6' });

    const inv = tablesOf(model, 'investments')[0];
    const re = inv.rows.findIndex((r) => r.label === 'Reinvestering');
    expect(at(inv.rows[re].values.budget)).toEqual([0, 'Investeringar!B10']);
    expect(at(inv.rows[re + 1].values.budget)).toEqual([1450, 'Investeringar!B11']);
    expect(inv.rows[re + 1].parent).toBe(re);
    // Category rows print only two figures; the others are empty, not zero.
    expect(inv.rows[re].values.variance?.value).toBeNull();

    const goals = tablesOf(model, 'indicators')[0].goals;
    expect(goals).toHaveLength(7);
    const cost = goals[3];
    expect(cost.assessment?.text).toBe('Ej uppfyllt');
    expect(cost.indicators[0].outcome).toMatchObject({ value: 40711, fromText: true, raw: '40 711 tkr' });
    expect(cost.indicators[0].target?.text).toBe('Se kommentar');
    expect(cost.indicators[0].unit).toBe('tkr');
    expect(cost.indicators[0].previousOutcomes[0]).toMatchObject({ year: 2018, figure: { value: 38707 } });
    expect(goals[4].indicators[0].outcome).toMatchObject({ value: 100, percent: true });
  });

  it('a saved mapping in the workbook is used as is', () => {
    const edited: WorkbookMapping = JSON.parse(JSON.stringify(mapping));
    // The controller corrected a row role by hand; the saved choice must survive re-mapping.
    edited.tables[0].rows[0].role = 'costGroup';
    edited.tables[0].confirmed = true;
    const wb = { sheets: [...wb2019.sheets, stateSheet({ version: 1, mapping: edited })] };
    const again = mapWorkbook(wb);
    expect(again.tables[0]).toEqual(edited.tables[0]);
    expect(again.unmapped).toEqual([]);
    expect(mapWorkbook(wb2019, { saved: edited }).tables[0].rows[0].role).toBe('costGroup');
  });
});
