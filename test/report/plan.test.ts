import { planReport, markerId, buildReportSheets, freeName } from '../../src/report';
import { readToolState, stateSheet, STATE_SHEET, type ToolState } from '../../src/grid/tool-state';
import { sheetFromValues } from '../../src/grid/sheet';
import type { WorkbookGrid } from '../../src/grid/types';
import { needsTextProtection } from '../../src/grid/write-plan';
import { fixture2024 } from './fixtures/model-2024';
import { fixture2019 } from './fixtures/model-2019';
import { applyToGrid } from './apply-grid';

const json = (x: unknown) => JSON.stringify(x);

describe.each([
  ['2024', fixture2024],
  ['2019', fixture2019],
] as const)('planReport on the %s sample', (_name, build) => {
  it('adds one sheet per table kind plus the text, named "Rapport …", and records them in the state', () => {
    const { wb, model } = build();
    const r = planReport(wb, model);
    expect(r.plan.edits).toEqual([]);
    expect(r.plan.deleteSheets).toEqual([]);
    const names = r.plan.addSheets.map((s) => s.grid.name);
    expect(names.every((n) => n.startsWith('Rapport '))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Rapport Text');
    const state = r.plan.state as ToolState;
    expect(state.generatedSheets?.map((g) => g.name)).toEqual(names);
    expect(r.sheets).toEqual(state.generatedSheets?.map((g) => ({ name: g.name, kind: g.kind })));
    // Every generated sheet carries its id in the marker cell.
    for (const s of r.plan.addSheets) {
      const g = state.generatedSheets?.find((x) => x.name === s.grid.name);
      expect(markerId(s.grid)).toBe(g?.id);
    }
  });

  it('prints on A4 portrait: fit to width, at most ~90 characters of columns', () => {
    const { wb, model } = build();
    for (const s of planReport(wb, model).plan.addSheets) {
      expect(s.print).toEqual({ orientation: 'portrait', fitToWidth: true });
      const sum = (s.columnWidths ?? []).reduce((a, b) => a + b, 0);
      expect(sum).toBeLessThanOrEqual(90);
      expect(sum).toBeGreaterThan(40);
    }
  });

  it('is deterministic: the same workbook gives the same plan', () => {
    const a = build();
    const b = build();
    expect(json(planReport(a.wb, a.model))).toBe(json(planReport(b.wb, b.model)));
  });

  it('leaves every original cell unchanged', () => {
    const { wb, model } = build();
    const before = json(wb.sheets);
    const after = applyToGrid(wb, planReport(wb, model).plan);
    expect(json(wb.sheets)).toBe(before);
    for (const s of wb.sheets) expect(json(after.sheets.find((x) => x.name === s.name))).toBe(json(s));
  });

  it('regenerating twice gives the same workbook as once', () => {
    const { wb, model } = build();
    const once = applyToGrid(wb, planReport(wb, model).plan);
    const second = planReport(once, model);
    expect(second.plan.deleteSheets.sort()).toEqual(second.plan.addSheets.map((s) => s.grid.name).sort());
    const twice = applyToGrid(once, second.plan);
    expect(json(twice)).toBe(json(once));
  });
});

describe('regeneration never touches a sheet the user made', () => {
  it('a user sheet named "Rapport Drift" stays; ours becomes "Rapport Drift (2)"', () => {
    const { wb, model } = fixture2024();
    const mine = sheetFromValues('Rapport Drift', [['Min egen sammanställning'], [1, 2, 3]]);
    wb.sheets.push(mine);
    const r = planReport(wb, model);
    expect(r.plan.deleteSheets).not.toContain('Rapport Drift');
    expect(r.sheets.find((s) => s.kind === 'operating')?.name).toBe('Rapport Drift (2)');
    const after = applyToGrid(wb, r.plan);
    expect(json(after.sheets.find((s) => s.name === 'Rapport Drift'))).toBe(json(mine));
    // And again: the user's sheet still stays, ours is replaced under its own name.
    const again = planReport(after, model);
    expect(again.plan.deleteSheets).toContain('Rapport Drift (2)');
    expect(again.plan.deleteSheets).not.toContain('Rapport Drift');
    expect(json(applyToGrid(after, again.plan))).toBe(json(after));
  });

  it('compares names as Excel does, ignoring case', () => {
    expect(freeName('Rapport Drift', new Set(['rapport drift']))).toBe('Rapport Drift (2)');
    expect(freeName('Rapport Drift', new Set(['rapport drift', 'rapport drift (2)']))).toBe('Rapport Drift (3)');
    expect(freeName('Rapport Mål och nyckeltal och mer text', new Set()).length).toBeLessThanOrEqual(31);
  });

  it('a sheet listed in the state but without our marker (the user replaced it) is kept', () => {
    const { wb, model } = fixture2024();
    const once = applyToGrid(wb, planReport(wb, model).plan);
    // The user deletes our Drift sheet and makes their own with the same name.
    const idx = once.sheets.findIndex((s) => s.name === 'Rapport Drift');
    const users = sheetFromValues('Rapport Drift', [['Egen text'], ['Skapad av mig']]);
    once.sheets[idx] = users;
    const r = planReport(once, model);
    expect(r.plan.deleteSheets).not.toContain('Rapport Drift');
    expect(r.sheets.find((s) => s.kind === 'operating')?.name).toBe('Rapport Drift (2)');
    const after = applyToGrid(once, r.plan);
    expect(json(after.sheets.find((s) => s.name === 'Rapport Drift'))).toBe(json(users));
  });

  it('a copy of a generated sheet (same marker, other name) is not ours', () => {
    const { wb, model } = fixture2024();
    const once = applyToGrid(wb, planReport(wb, model).plan);
    const drift = once.sheets.find((s) => s.name === 'Rapport Drift');
    if (!drift) throw new Error('no Drift sheet');
    const copy = { ...JSON.parse(JSON.stringify(drift)), name: 'Rapport Drift (kopia)' };
    once.sheets.splice(1, 0, copy);
    const r = planReport(once, model);
    expect(r.plan.deleteSheets).not.toContain('Rapport Drift (kopia)');
    expect(r.plan.deleteSheets).toContain('Rapport Drift');
    expect(json(applyToGrid(once, r.plan).sheets.find((s) => s.name === 'Rapport Drift (kopia)'))).toBe(json(copy));
  });

  it('a renamed generated sheet is left alone and a fresh one is made', () => {
    const { wb, model } = fixture2024();
    const once = applyToGrid(wb, planReport(wb, model).plan);
    const drift = once.sheets.find((s) => s.name === 'Rapport Drift');
    if (!drift) throw new Error('no Drift sheet');
    drift.name = 'Drift till nämnden';
    const r = planReport(once, model);
    expect(r.plan.deleteSheets).not.toContain('Drift till nämnden');
    expect(r.sheets.find((s) => s.kind === 'operating')?.name).toBe('Rapport Drift');
  });

  it('keeps the rest of the tool state (mapping, assessment, filled cells)', () => {
    const { wb, model } = fixture2024();
    const state: ToolState = {
      version: 1,
      assessment: { scale: 'goal4' },
      filled: [{ sheet: 'Mål och nyckeltal', cell: 'G4', value: 'Ej uppfyllt' }],
    };
    wb.sheets.push(stateSheet(state));
    const r = planReport(wb, model);
    const next = r.plan.state as ToolState;
    expect(next.assessment).toEqual(state.assessment);
    expect(next.filled).toEqual(state.filled);
    expect(next.generatedSheets?.length).toBe(r.plan.addSheets.length);
    expect(r.plan.addSheets.map((s) => s.grid.name)).not.toContain(STATE_SHEET);
    expect(readToolState(applyToGrid(wb, r.plan)).filled).toEqual(state.filled);
  });

  it('reuses an id the workbook already stores for a kind', () => {
    const { wb, model } = fixture2024();
    const once = applyToGrid(wb, planReport(wb, model).plan);
    const drift = once.sheets.find((s) => s.name === 'Rapport Drift');
    const state = readToolState(once);
    const entry = state.generatedSheets?.find((g) => g.kind === 'operating');
    if (!drift || !entry || !state.generatedSheets) throw new Error('missing');
    // An id written by an earlier version (random then): kept, in the marker and the state.
    const markerCell = drift.rows.flat().find((c) => typeof c?.value === 'string' && c.value.includes(entry.id));
    if (!markerCell) throw new Error('no marker');
    markerCell.value = String(markerCell.value).replace(entry.id, 'a1b2c3d4-old');
    entry.id = 'a1b2c3d4-old';
    once.sheets = once.sheets.filter((s) => s.name !== STATE_SHEET).concat(stateSheet(state));
    const r = planReport(once, model);
    expect(r.plan.deleteSheets).toContain('Rapport Drift');
    const newDrift = r.plan.addSheets.find((s) => s.grid.name === 'Rapport Drift');
    expect(newDrift && markerId(newDrift.grid)).toBe('a1b2c3d4-old');
  });
});

describe('text never becomes a formula', () => {
  const risky = ['-', '=SUM(A1:A3)', '+46 70 123 45 67', '@anna', '-varav exploatering', '=1+1'];

  function riskyModel(): { wb: WorkbookGrid; model: ReturnType<typeof fixture2024>['model'] } {
    const { wb, model } = fixture2024();
    const inv = model.tables.find((t) => t.kind === 'investments');
    if (!inv || inv.kind !== 'investments') throw new Error('no investments');
    risky.forEach((label, i) => {
      if (inv.rows[i]) inv.rows[i].label = label;
    });
    const ind = model.tables.find((t) => t.kind === 'indicators');
    if (!ind || ind.kind !== 'indicators') throw new Error('no indicators');
    ind.goals[0].indicators[0].target = { text: '=166', ref: { sheet: 'Mål och nyckeltal', cell: 'D4' } };
    ind.goals[0].title.text = '+Fler självförsörjande';
    return { wb, model };
  }

  it('labels and texts starting with - + = @ are written as strings, exactly, with no formula', () => {
    const { wb, model } = riskyModel();
    const r = planReport(wb, model, {
      text: [
        { section: 'Drift', paragraph: '-6,6 mnkr är periodens resultat.' },
        { section: '=Rubrik', paragraph: '@nämnden: se tabellen.' },
      ],
    });
    const strings = r.plan.addSheets.flatMap((s) => s.grid.rows.flat()).filter((c) => c && typeof c.value === 'string');
    const values = strings.map((c) => c?.value);
    for (const v of [...risky, '=166', '-6,6 mnkr är periodens resultat.', '=Rubrik', '@nämnden: se tabellen.']) {
      expect(values).toContain(v);
    }
    expect(values.some((v) => v === 'Nämndens mål: +Fler självförsörjande')).toBe(true);
    for (const s of r.plan.addSheets) for (const c of s.grid.rows.flat()) expect(c?.formula).toBeUndefined();
    // The adapters protect exactly these strings.
    expect(strings.filter((c) => needsTextProtection(c?.value)).length).toBeGreaterThanOrEqual(risky.length + 3);
  });

  it('numbers stay numbers with their formats', () => {
    const { wb, model } = fixture2024();
    const drift = planReport(wb, model).plan.addSheets.find((s) => s.grid.name === 'Rapport Drift');
    const numbers = drift?.grid.rows.flat().filter((c) => typeof c?.value === 'number') ?? [];
    expect(numbers.length).toBe(60);
    expect(numbers.every((c) => c?.numFmt === '#,##0')).toBe(true);
    const sick = buildReportSheets(model).find((s) => s.kind === 'sickLeave');
    const rates = sick?.sheet.grid.rows.flat().filter((c) => typeof c?.value === 'number') ?? [];
    expect(rates.length).toBe(27);
    expect(rates.every((c) => c?.numFmt === '0.0')).toBe(true);
    // No format code uses a literal space as a thousands separator.
    for (const s of buildReportSheets(model)) {
      for (const c of s.sheet.grid.rows.flat()) if (c?.numFmt) expect(c.numFmt.replace(/"[^"]*"/g, '')).not.toMatch(/ /);
    }
  });
});

describe('edge cases', () => {
  it('an empty model gives an empty plan that still records the state', () => {
    const r = planReport({ sheets: [] }, { period: { kind: 'unknown' }, unit: 'tkr', tables: [] });
    expect(r.plan.addSheets).toEqual([]);
    expect(r.text).toEqual([]);
    expect((r.plan.state as ToolState).generatedSheets).toEqual([]);
  });

  it('unreadable figures keep their text in the cell and drop out of the sentences', () => {
    const { wb, model } = fixture2019();
    const op = model.tables.find((t) => t.kind === 'operating');
    if (!op || op.kind !== 'operating') throw new Error('no operating');
    const result = op.rows.find((r) => r.role === 'result');
    if (!result?.values.actual) throw new Error('no result');
    result.values.actual = { ...result.values.actual, value: null, raw: '#REF!', problem: 'error-value' };
    const r = planReport(wb, model);
    const drift = r.plan.addSheets.find((s) => s.grid.name === 'Rapport Drift');
    const cell = drift?.grid.rows.flat().find((c) => c?.value === '#REF!');
    expect(cell).toBeDefined();
    expect(r.text.find((t) => t.section === 'Sammanfattning')).toBeUndefined();
  });

  it('the 2019 sample keeps its employment rates as fractions shown in per cent', () => {
    const { model } = fixture2019();
    const staff = buildReportSheets(model).find((s) => s.kind === 'staff');
    const rates = staff?.sheet.grid.rows.flat().filter((c) => c?.numFmt === '0%');
    expect(rates?.map((c) => c?.value)).toEqual([0.97, 0.99, 0.96, 1]);
  });
});
