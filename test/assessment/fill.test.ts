import { planFill } from '../../src/assessment';
import type { FillResult } from '../../src/assessment';
import type { WorkbookGrid, CellValue } from '../../src/grid/types';
import { readToolState, stateSheet, STATE_SHEET } from '../../src/grid/tool-state';
import type { ToolState } from '../../src/grid/tool-state';
import type { ReportModel, InternalControl } from '../../src/model/types';
import { indicatorsFrom, modelOf, applyPlan, setCell, sheetFromValues } from './helpers';
import type { Layout } from './helpers';

// ---------------------------------------------------------------- 2024 interim report

const SHEET24 = 'Mål och nyckeltal';
const rows2024: CellValue[][] = [
  ['Socialnämnden – Mål och nyckeltal, delårsbokslut per 31 augusti 2024'],
  ['En bedömning av måluppfyllelse görs genom nedan signalfärger: Ej uppfyllt | Delvis uppfyllt | I hög grad uppfyllt | Helt uppfyllt'],
  ['Nämndens mål', 'Nyckeltal', 'Mål 31 dec 2024', 'Utfall 31 aug 2024', 'Utfall 31 aug 2023', 'Bedömning', 'Bedömning mål'],
  ['Alingsåsare ska vara självförsörjande i högre utsträckning', 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd', '<166', 190, 166],
  [null, 'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)', 75, 87, 70],
  ['Våldet i nära relationer ska minska', 'Antal våldsutövare som får stöd, antal (#)', '>20', 8, 14],
  ['Alingsåsare ska erbjudas riktat förebyggande insatser för att minska riskbruk och beroendeproblematik', 'Aktualiserade personer avseende beroendeproblematik, antal (#)', '<315', 298, 263],
  ['Alingsåsaren ska ha inflytande över sina insatser och få gott bemötande från socialtjänsten', 'Upplevt inflytande, andel positiva svar (%)', '>60', 66, '-'],
  [null, 'Upplevt bemötande, andel positiva svar (%)', '>75', 77, '-'],
];
const layout24: Layout = {
  sheet: SHEET24,
  headerRow: 3,
  goal: 1,
  indicator: 2,
  target: 3,
  outcome: 4,
  previous: 5,
  assessment: 6,
  goalAssessment: 7,
  targetDate: '2024-12-31',
  outcomeDate: '2024-08-31',
  previousYear: 2023,
  cumulativeRows: [6],
};
const period24 = { kind: 'interim', year: 2024, cutoff: '2024-08-31' } as const;

function wb2024(extra: (wb: WorkbookGrid) => void = () => undefined): { wb: WorkbookGrid; model: () => ReportModel } {
  const wb: WorkbookGrid = { sheets: [sheetFromValues(SHEET24, rows2024)] };
  extra(wb);
  // The model is built from the grid as it is when planFill runs, as the mapper would.
  return { wb, model: () => modelOf(period24, indicatorsFrom(wb.sheets[0], layout24)) };
}

const byCell = (r: FillResult) => Object.fromEntries(r.filled.map((f) => [f.cell, `${f.value} ${f.fill}`]));

describe('planFill on the 2024 key figures', () => {
  it('fills every empty assessment cell with the level and its signal colour', () => {
    const { wb, model } = wb2024();
    const r = planFill(wb, model());
    expect(byCell(r)).toEqual({
      F4: 'Delvis uppfyllt FFFF00', // (190 − 166) / 166 = 14,5 %
      F5: 'Helt uppfyllt 00B050', // 87 ≥ 75
      F6: 'Ej uppfyllt FF0000', // (20 − 8) / 20 = 60 %
      F7: 'Helt uppfyllt 00B050', // 298 < 315
      F8: 'Helt uppfyllt 00B050', // 66 > 60
      F9: 'Helt uppfyllt 00B050', // 77 > 75
      G4: 'I hög grad uppfyllt 92D050', // mean of Delvis (1) and Helt (3) = 2
      G6: 'Ej uppfyllt FF0000',
      G7: 'Helt uppfyllt 00B050',
      G8: 'Helt uppfyllt 00B050',
    });
    expect(r.scales.indicator).toMatchObject({ id: 'goal4', source: 'legend' });
    expect(r.scales.goal).toMatchObject({ id: 'goal4', source: 'legend' });
    expect(r.plan.edits.map((e) => `${e.sheet}!${e.cell}=${e.value}`)).toEqual(r.filled.map((f) => `${SHEET24}!${f.cell}=${f.value}`));
    expect(r.filled.find((f) => f.cell === 'F4')).toMatchObject({
      indicator: 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
      kind: 'indicator',
      reason: 'Utfall 190 mot målvärde <166: 14,5 % från målet → Delvis uppfyllt',
    });
    expect(r.filled.find((f) => f.cell === 'G4')?.reason).toBe('Medel av 2 nyckeltal (Delvis uppfyllt, Helt uppfyllt) → I hög grad uppfyllt');
    expect(r.skipped).toEqual([]);
  });

  it('records the filled cells in the tool state and keeps everything else in it', () => {
    const { wb, model } = wb2024((w) => {
      const prior: ToolState = { version: 1, generatedSheets: [{ name: 'Sammanställning', kind: 'operating', id: 'abc' }], assessment: { projectCumulative: false } };
      w.sheets.push(stateSheet(prior));
    });
    const r = planFill(wb, model());
    const state = r.plan.state as ToolState;
    expect(state.generatedSheets).toEqual([{ name: 'Sammanställning', kind: 'operating', id: 'abc' }]);
    expect(state.assessment).toEqual({ projectCumulative: false });
    expect(state.filled).toHaveLength(10);
    expect(state.filled).toContainEqual({ sheet: SHEET24, cell: 'F4', value: 'Delvis uppfyllt' });
  });

  it('keeps a hand-typed assessment and reports a differing suggestion as info', () => {
    const { wb, model } = wb2024((w) => setCell(w, SHEET24, 'F4', { value: 'Helt uppfyllt', fill: '00B050' }));
    const r = planFill(wb, model());
    expect(r.plan.edits.find((e) => e.cell === 'F4')).toBeUndefined();
    expect(r.skipped).toEqual([{ sheet: SHEET24, cell: 'F4', reason: 'Innehåller redan "Helt uppfyllt" – behålls', indicator: expect.any(String) }]);
    const f = r.findings.find((x) => x.rule === 'assessment/hand-value-differs');
    expect(f).toMatchObject({ severity: 'info', cell: 'F4', messageId: 'indicator', expected: 'Delvis uppfyllt', actual: 'Helt uppfyllt' });
    // The goal still gets its suggestion from the computed level, not the hand-typed one.
    expect(byCell(r).G4).toBe('I hög grad uppfyllt 92D050');
  });

  it('keeps a hand-set goal assessment, typed or colour only, and says when the suggestion differs', () => {
    const { wb, model } = wb2024((w) => {
      setCell(w, SHEET24, 'G4', { value: 'Delvis uppfyllt' });
      setCell(w, SHEET24, 'G6', { value: null, fill: 'FFFF00' }); // coloured yellow by hand, no text
      setCell(w, SHEET24, 'G7', { value: null, fill: '00B050' }); // green = what the tool suggests
    });
    const r = planFill(wb, model());
    expect(r.plan.edits.filter((e) => e.cell.startsWith('G')).map((e) => e.cell)).toEqual(['G8']);
    const differs = r.findings.filter((x) => x.rule === 'assessment/hand-value-differs');
    expect(differs.map((x) => [x.cell, x.messageId, x.actual, x.expected])).toEqual([
      ['G4', 'goal', 'Delvis uppfyllt', 'I hög grad uppfyllt'],
      ['G6', 'goal', 'Delvis uppfyllt', 'Ej uppfyllt'],
    ]);
    expect(r.skipped.find((s) => s.cell === 'G6')?.reason).toBe('Cellen är färgad för hand (FFFF00) – behålls');
  });

  it('re-fills cells it filled earlier, and keeps those a person changed since', () => {
    const { wb, model } = wb2024();
    const first = planFill(wb, model());
    const after = applyPlan(wb, first.plan);
    // The outcome improves; a person overwrites the tool's value in F6.
    setCell(after, SHEET24, 'D4', { value: 170 });
    setCell(after, SHEET24, 'F6', { value: 'Delvis uppfyllt' });
    const m2 = modelOf(period24, indicatorsFrom(after.sheets[0], layout24));
    const second = planFill(after, m2);
    // (170 − 166) / 166 = 2,4 % → I hög grad uppfyllt, written over the tool's own "Delvis uppfyllt".
    expect(byCell(second).F4).toBe('I hög grad uppfyllt 92D050');
    expect(second.plan.edits.find((e) => e.cell === 'F6')).toBeUndefined();
    expect(second.skipped.find((s) => s.cell === 'F6')?.reason).toBe(
      'Ändrad för hand efter förra ifyllningen (verktyget skrev "Ej uppfyllt", nu "Delvis uppfyllt") – behålls',
    );
    const state = second.plan.state as ToolState;
    expect(state.filled).toContainEqual({ sheet: SHEET24, cell: 'F4', value: 'I hög grad uppfyllt' });
    // The person owns F6 now.
    expect(state.filled?.some((f) => f.cell === 'F6')).toBe(false);
    // Applying the second plan and filling again changes nothing.
    const third = planFill(applyPlan(after, second.plan), m2);
    expect(third.plan.edits.map((e) => `${e.cell}=${e.value}`).sort()).toEqual(second.plan.edits.map((e) => `${e.cell}=${e.value}`).sort());
  });

  it('clears its own earlier value when the indicator can no longer be assessed', () => {
    const { wb, model } = wb2024();
    const after = applyPlan(wb, planFill(wb, model()).plan);
    setCell(after, SHEET24, 'C4', { value: 'Se kommentar' });
    const r = planFill(after, modelOf(period24, indicatorsFrom(after.sheets[0], layout24)));
    expect(r.plan.edits.find((e) => e.cell === 'F4')).toEqual({ sheet: SHEET24, cell: 'F4', value: null, fill: null });
    expect(r.skipped.find((s) => s.cell === 'F4')?.reason).toMatch(/^Tidigare ifylld av verktyget men kan inte bedömas nu/);
    expect((r.plan.state as ToolState).filled?.some((f) => f.cell === 'F4')).toBe(false);
    // The goal now rests on one key figure.
    expect(byCell(r).G4).toBe('Helt uppfyllt 00B050');
  });

  it('never writes into a formula or a cell of another kind', () => {
    const { wb, model } = wb2024((w) => {
      setCell(w, SHEET24, 'F5', { value: 'Helt uppfyllt', formula: 'IF(D5>=C5,"Helt uppfyllt","Ej uppfyllt")' });
      setCell(w, SHEET24, 'F7', { value: 1 });
    });
    const r = planFill(wb, model());
    expect(r.plan.edits.map((e) => e.cell)).not.toContain('F5');
    expect(r.plan.edits.map((e) => e.cell)).not.toContain('F7');
    expect(r.skipped.find((s) => s.cell === 'F5')?.reason).toMatch(/formel/);
  });

  it('writes a merged goal cell once, at its first cell', () => {
    const { wb, model } = wb2024((w) => {
      w.sheets[0].merges.push('G4:G5');
    });
    const m = model();
    // A mapper may point at the covered cell; the merge's first cell is written.
    const goal = (m.tables[0] as ReturnType<typeof indicatorsFrom>).goals[0];
    goal.assessment = { ref: { sheet: SHEET24, cell: 'G5' }, text: null };
    const r = planFill(wb, m);
    expect(r.plan.edits.filter((e) => e.cell === 'G4' || e.cell === 'G5').map((e) => e.cell)).toEqual(['G4']);
  });

  describe('cumulative projection', () => {
    it('is off by default and says so', () => {
      const { wb, model } = wb2024();
      const r = planFill(wb, model());
      expect(byCell(r).F6).toBe('Ej uppfyllt FF0000');
      expect(r.findings.filter((f) => f.rule === 'assessment/cumulative').map((f) => [f.cell, f.messageId])).toEqual([['D6', 'notProjected']]);
    });

    it('projects 8 by 31 Aug to 12 by 31 Dec when the setting is on', () => {
      const { wb, model } = wb2024();
      const r = planFill(wb, model(), { projectCumulative: true });
      expect(r.filled.find((f) => f.cell === 'F6')?.reason).toBe(
        'Utfall 8 per 31 aug, framskrivet till 12 per 31 dec, mot målvärde >20: 40,0 % från målet → Ej uppfyllt',
      );
      expect(r.findings.some((f) => f.rule === 'assessment/cumulative')).toBe(false);
      expect((r.plan.state as ToolState).assessment?.projectCumulative).toBe(true);
    });

    it('reads the setting from the tool state', () => {
      const { wb, model } = wb2024((w) => w.sheets.push(stateSheet({ version: 1, assessment: { projectCumulative: true } })));
      expect(planFill(wb, model()).filled.find((f) => f.cell === 'F6')?.reason).toMatch(/framskrivet till 12 per 31 dec/);
    });

    it('projects across a threshold: 16 by 31 Aug → 24 by 31 Dec meets >20', () => {
      const { wb, model } = wb2024((w) => setCell(w, SHEET24, 'D6', { value: 16 }));
      expect(byCell(planFill(wb, model())).F6).toBe('Delvis uppfyllt FFFF00'); // (20 − 16) / 20 = 20 %
      expect(byCell(planFill(wb, model(), { projectCumulative: true })).F6).toBe('Helt uppfyllt 00B050');
    });
  });

  it('reads percent-formatted number cells as percent', () => {
    const { wb, model } = wb2024((w) => {
      setCell(w, SHEET24, 'C5', { value: 0.75, numFmt: '0%' });
      setCell(w, SHEET24, 'D5', { value: 0.87, numFmt: '0%' });
    });
    const f = planFill(wb, model()).filled.find((x) => x.cell === 'F5');
    expect(f?.reason).toBe('Utfall 87 % mot målvärde minst 75 %: målet är nått → Helt uppfyllt');
  });

  it('uses per-indicator thresholds from the settings', () => {
    const { wb, model } = wb2024();
    const thresholds = { indicators: { [`${SHEET24}!B4`]: { 'Delvis uppfyllt': 10 } } };
    // 14,5 % is now beyond Delvis (≤ 10 %) → Ej uppfyllt; other indicators keep the defaults.
    const r = planFill(wb, model(), { thresholds });
    expect(byCell(r).F4).toBe('Ej uppfyllt FF0000');
    expect(byCell(r).F6).toBe('Ej uppfyllt FF0000');
    expect((r.plan.state as ToolState).assessment?.thresholds).toEqual(thresholds);
  });

  it('applies the goal rule', () => {
    const { wb, model } = wb2024();
    expect(byCell(planFill(wb, model(), { goalRule: 'worst' })).G4).toBe('Delvis uppfyllt FFFF00');
    expect(byCell(planFill(wb, model(), { goalRule: 'allMet' })).G4).toBe('Ej uppfyllt FF0000');
  });

  it('leaves internal control alone', () => {
    const { wb, model } = wb2024((w) => w.sheets.push(sheetFromValues('Internkontroll', [['Risk', 'Kontroll', 'Bedömning'], ['Bristande dokumentation', 'Stickprov', null]])));
    const m = model();
    const ic: InternalControl = {
      kind: 'internalControl',
      id: 'internalControl:Internkontroll!A1',
      sheet: 'Internkontroll',
      range: 'A1:C2',
      unit: 'count',
      columns: [],
      points: [{ risk: { text: 'Bristande dokumentation', ref: { sheet: 'Internkontroll', cell: 'A2' } }, assessment: { ref: { sheet: 'Internkontroll', cell: 'C2' }, text: null }, row: 2 }],
    };
    m.tables.push(ic);
    const r = planFill(wb, m);
    expect(r.plan.edits.some((e) => e.sheet === 'Internkontroll')).toBe(false);
  });
});

describe('scale choice', () => {
  it('prefers a saved setting over the legend', () => {
    const { wb, model } = wb2024((w) => w.sheets.push(stateSheet({ version: 1, assessment: { scale: 'keyFigure2019' } })));
    const r = planFill(wb, model());
    expect(r.scales.indicator).toMatchObject({ id: 'keyFigure2019', source: 'setting' });
    // keyFigure2019 is not a goal scale: the goals follow the legend.
    expect(r.scales.goal).toMatchObject({ id: 'goal4', source: 'legend' });
    expect(byCell(r).F4).toBe('Nära värde FFFF00');
    expect(byCell(r).F6).toBe('Ej accepterat värde FF0000');
  });

  it('warns about an unknown saved scale and falls back to the workbook', () => {
    const { wb, model } = wb2024((w) => w.sheets.push(stateSheet({ version: 1, assessment: { scale: 'finns-inte' } })));
    const r = planFill(wb, model());
    expect(r.scales.indicator.id).toBe('goal4');
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/settings', severity: 'warning', messageId: 'unknownScale', cell: 'A1', sheet: STATE_SHEET }));
  });

  it("uses a board's own scale saved in the tool state", () => {
    const own = { id: 'egen', name: 'Egen skala', levels: [{ name: 'Rött', fill: 'C00000' }, { name: 'Gult', fill: 'FFC000', maxShortfallPercent: 20 }, { name: 'Grönt', fill: '00B050', met: true }] };
    const { wb, model } = wb2024((w) => w.sheets.push(stateSheet({ version: 1, assessment: { scale: 'egen', customScales: [own] } })));
    const r = planFill(wb, model());
    expect(r.scales.indicator).toMatchObject({ id: 'egen', source: 'setting' });
    expect(r.scales.goal).toMatchObject({ id: 'egen', source: 'setting' });
    expect(byCell(r)).toMatchObject({ F4: 'Gult FFC000', F5: 'Grönt 00B050', F6: 'Rött C00000', G4: 'Gult FFC000' });
  });

  it('reports a damaged custom scale and goes on without it', () => {
    const { wb, model } = wb2024((w) => w.sheets.push(stateSheet({ version: 1, assessment: { customScales: [{ id: 'x', levels: [] }] } })));
    const r = planFill(wb, model());
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/settings', messageId: 'badCustomScale', data: { index: 1, problem: 'minst två nivåer behövs' } }));
    expect(r.filled).toHaveLength(10);
  });

  it('falls back to goal4 without any evidence', () => {
    const wb: WorkbookGrid = { sheets: [sheetFromValues(SHEET24, rows2024.filter((_, i) => i !== 1))] };
    const r = planFill(wb, modelOf(period24, indicatorsFrom(wb.sheets[0], { ...layout24, headerRow: 2 })));
    expect(r.scales.indicator).toMatchObject({ id: 'goal4', name: expect.any(String), source: 'default', thresholds: 'builtin' });
    // Not silent: the fill says that the workbook shows no scale and the default is used.
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/scale', messageId: 'defaultScale' }));
  });
});

// ---------------------------------------------------------------- 2019 annual report

const SHEET19 = 'Mål och nyckeltal';
const rows2019: CellValue[][] = [
  ['Socialnämnden – Åtaganden och nyckeltal, årsbokslut 2019'],
  [],
  ['Nämndens åtagande', 'Nyckeltal', 'Mål 2019', 'Utfall 2019', '2018 jan-dec', 'Bedömning nyckeltal', 'Bedömning åtagande'],
  ['Att vidta förebyggande åtgärder vad gäller våld i nära relationer och hedersrelaterat våld', 'Genomförd informationskampanj kring våld i nära relationer och hedersrelaterat våld', 1, 2],
  ['Att fortsätta arbeta aktivt med kompetensförsörjningen', 'Upprättad kompetensförsörjningsstrategi', 1, 1],
  ['Att arbeta för att svagare grupper inkluderas på bostadsmarknaden', 'Utökat antal tillfälliga boendeplatser', 6, 6],
  ['Att vidta åtgärder för att minska kostnaderna för köpt vård', 'Kostnad för köpt vård', 'Se kommentar', '40 711 tkr', '38 707 tkr', 'Ej \nacceptabelt värde', 'Ej uppfyllt'],
  ['Att verka för en god och hållbar arbetsmiljö genom att vidareutveckla ett tydligt och tillitsbaserat ledarskap', 'Andel av förvaltningens medarbetare som har medarbetaröverenskommelser', '100 %', '100 %'],
  ['Att i högre utsträckning använda sig av medborgardialog', 'Antal genomförda centrala brukarråd', 8, 6],
  ['Att säkerställa en god skolutveckling hos alla placerade barn för att motverka psykisk ohälsa på sikt', 'Andel överväganden/ omprövningar som innehåller uppföljning av skolutveckling', '100 %', '100 %'],
];
const layout19: Layout = { sheet: SHEET19, headerRow: 3, goal: 1, indicator: 2, target: 3, outcome: 4, previous: 5, assessment: 6, goalAssessment: 7, previousYear: 2018 };

describe('planFill on the 2019 key figures', () => {
  const wb: WorkbookGrid = { sheets: [sheetFromValues(SHEET19, rows2019)] };
  const model = modelOf({ kind: 'annual', year: 2019 }, indicatorsFrom(wb.sheets[0], layout19));
  const r = planFill(wb, model);

  it('detects the 2019 scales from the printed assessments', () => {
    expect(r.scales.indicator).toMatchObject({ id: 'keyFigure2019', source: 'cells', evidence: ['Ej accepterat värde'] });
    expect(r.scales.goal).toMatchObject({ id: 'goal2019', source: 'cells' });
  });

  it('assesses every key figure as the thresholds say, and every goal as printed', () => {
    expect(byCell(r)).toEqual({
      F4: 'Värde uppnått 00B050', // 2 ≥ 1
      F5: 'Värde uppnått 00B050', // 1 ≥ 1
      F6: 'Värde uppnått 00B050', // 6 ≥ 6
      F8: 'Värde uppnått 00B050', // 100 % ≥ 100 %
      F9: 'Nära värde FFFF00', // (8 − 6) / 8 = 25 %
      F10: 'Värde uppnått 00B050',
      G4: 'Helt uppfyllt 00B050',
      G5: 'Helt uppfyllt 00B050',
      G6: 'Helt uppfyllt 00B050',
      G8: 'Helt uppfyllt 00B050',
      G9: 'Ej uppfyllt FF0000', // Nära värde alone rounds down
      G10: 'Helt uppfyllt 00B050',
    });
  });

  it('leaves köpt vård as printed: unreadable target, hand values kept', () => {
    expect(r.findings.filter((f) => f.rule === 'assessment/unreadable-target')).toEqual([
      expect.objectContaining({ severity: 'info', sheet: SHEET19, cell: 'C7', messageId: 'unreadable', data: { target: 'Se kommentar', indicator: 'Kostnad för köpt vård' } }),
    ]);
    expect(r.skipped.map((s) => s.cell).sort()).toEqual(['F7', 'G7']);
    expect(r.plan.edits.some((e) => e.cell.endsWith('7'))).toBe(false);
    // No suggestion exists for them, so nothing "differs".
    expect(r.findings.some((f) => f.rule === 'assessment/hand-value-differs')).toBe(false);
  });

  it('gives "Inget värde angivet" for a missing outcome on the key-figure scale', () => {
    const w: WorkbookGrid = { sheets: [sheetFromValues(SHEET19, rows2019.map((row, i) => (i === 8 ? [row[0], row[1], row[2], null] : row)))] };
    const res = planFill(w, modelOf({ kind: 'annual', year: 2019 }, indicatorsFrom(w.sheets[0], layout19)));
    expect(byCell(res).F9).toBe('Inget värde angivet BFBFBF');
    // …which says nothing about the goal.
    expect(byCell(res).G9).toBeUndefined();
    expect(res.skipped.find((s) => s.cell === 'G9')?.reason).toBe('Ingen bedömning: inget av målets nyckeltal kunde bedömas');
  });
});

describe('missing outcomes on the four-level scale', () => {
  it('gives no assessment and an info finding', () => {
    const { wb, model } = wb2024((w) => setCell(w, SHEET24, 'D8', { value: null }));
    const r = planFill(wb, model());
    expect(byCell(r).F8).toBeUndefined();
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/no-outcome', messageId: 'missing', cell: 'D8', severity: 'info' }));
    expect(r.skipped.find((s) => s.cell === 'F8')?.reason).toBe('Ingen bedömning: Utfall saknas');
  });

  it('names an unreadable outcome', () => {
    // ("uppgift saknas" says the figure is missing; "se bilaga" is no figure at all.)
    const { wb, model } = wb2024((w) => setCell(w, SHEET24, 'D8', { value: 'se bilaga' }));
    const r = planFill(wb, model());
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/no-outcome', messageId: 'unreadable', data: { raw: 'se bilaga', indicator: 'Upplevt inflytande, andel positiva svar (%)' } }));
  });
});

describe('bare targets under a "lower is better" goal', () => {
  it('reads them as "at most" and says so', () => {
    const { wb, model } = wb2024((w) => setCell(w, SHEET24, 'C6', { value: 20 }));
    const r = planFill(wb, model());
    // "Våldet i nära relationer ska minska": 8 ≤ 20 → met, with an info finding to check it.
    expect(byCell(r).F6).toBe('Helt uppfyllt 00B050');
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: 'assessment/assumed-direction', cell: 'C6', data: expect.objectContaining({ word: 'ska minska' }) }));
  });
});

describe('tool state round trip', () => {
  it('writes state readable by readToolState', () => {
    const { wb, model } = wb2024();
    const out = applyPlan(wb, planFill(wb, model(), { goalRule: 'worst' }).plan);
    const st = readToolState(out);
    expect(st.assessment?.goalRule).toBe('worst');
    expect(st.filled).toHaveLength(10);
  });
});

describe('findings', () => {
  it('fill every placeholder of their messages', () => {
    const { wb, model } = wb2024((w) => {
      setCell(w, SHEET24, 'C4', { value: 'Se kommentar' });
      setCell(w, SHEET24, 'C6', { value: 20 });
      setCell(w, SHEET24, 'D8', { value: 'se bilaga' });
      setCell(w, SHEET24, 'F9', { value: 'Ej uppfyllt' });
      w.sheets.push(stateSheet({ version: 1, assessment: { scale: 'okänd', goalRule: 'median', customScales: [7] } }));
    });
    const r = planFill(wb, model());
    expect(new Set(r.findings.map((f) => `${f.rule}:${f.messageId}`))).toEqual(
      new Set([
        'assessment/unreadable-target:unreadable',
        'assessment/assumed-direction:lower',
        'assessment/no-outcome:unreadable',
        'assessment/hand-value-differs:indicator',
        'assessment/cumulative:notProjected',
        'assessment/settings:unknownScale',
        'assessment/settings:unknownGoalRule',
        'assessment/settings:badCustomScale',
      ]),
    );
    for (const f of r.findings) {
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(f.messageEn).not.toMatch(/\{\w+\}/);
    }
  });
});
