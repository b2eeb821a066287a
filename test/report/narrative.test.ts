import {
  classifyAssessment,
  classifyControl,
  draftNarrative,
  fillSignal,
  planReport,
  reportNotes,
  buildReportSheets,
} from '../../src/report';
import type { ReportModel } from '../../src/model/types';
import type { ToolState } from '../../src/grid/tool-state';
import { fixture2024 } from './fixtures/model-2024';
import { fixture2019 } from './fixtures/model-2019';
import { applyToGrid } from './apply-grid';

function paragraph(model: ReportModel, section: string): string {
  return draftNarrative(model).find((p) => p.section === section)?.paragraph ?? '';
}

function table<K extends ReportModel['tables'][number]['kind']>(model: ReportModel, kind: K) {
  const t = model.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind}`);
  return t as Extract<ReportModel['tables'][number], { kind: K }>;
}

describe('assessment classes', () => {
  it.each([
    ['Helt uppfyllt', 'met'],
    ['I hög grad uppfyllt', 'largely'],
    ['Delvis uppfyllt', 'partly'],
    ['Ej uppfyllt', 'notMet'],
    ['Värde uppnått', 'met'],
    ['Nära värde', 'near'],
    ['Ej acceptabelt värde', 'notMet'],
    ['Ej accepterat värde', 'notMet'],
    ['Inget värde angivet', 'noValue'],
  ] as const)('%s → %s', (text, cls) => expect(classifyAssessment({ text })).toBe(cls));

  it('reads a signal colour when the cell has no text', () => {
    expect(fillSignal('00B050')).toBe('green');
    expect(fillSignal('92D050')).toBe('green');
    expect(fillSignal('FFC000')).toBe('yellow');
    expect(fillSignal('FFFF00')).toBe('yellow');
    expect(fillSignal('FF0000')).toBe('red');
    expect(fillSignal('C00000')).toBe('red');
    expect(fillSignal('FFFFFF')).toBeNull();
    expect(fillSignal('D9D9D9')).toBeNull();
    expect(fillSignal('nonsense')).toBeNull();
    expect(classifyAssessment({ text: null, fill: 'FF0000' })).toBe('notMet');
    expect(classifyAssessment({ text: null })).toBe('none');
    expect(classifyControl({ text: 'Med anmärkning' })).toBe('remark');
    expect(classifyControl({ text: 'Utan anmärkning' })).toBe('ok');
    expect(classifyControl({ text: 'Försumbar anmärkning' })).toBe('ok');
    expect(classifyControl({ text: null, fill: '00B050' })).toBe('ok');
    expect(classifyControl({ text: null, fill: 'FFC000' })).toBe('remark');
    expect(classifyControl(undefined)).toBe('none');
  });
});

describe('draft narrative variations', () => {
  it('all control points without remarks: "samtliga"', () => {
    const { model } = fixture2024();
    for (const p of table(model, 'internalControl').points) if (p.assessment) p.assessment = { ...p.assessment, text: 'Utan anmärkning', fill: '00B050' };
    expect(paragraph(model, 'Internkontroll')).toBe(
      'Vid delårsbokslutet visar kontrollen att samtliga fyra kontrollpunkter har genomförts utan anmärkning eller med försumbar anmärkning.',
    );
  });

  it('unassessed control points are counted, not guessed', () => {
    const { model } = fixture2024();
    const points = table(model, 'internalControl').points;
    points[3].assessment = { ...points[3].assessment!, text: null, fill: undefined };
    expect(paragraph(model, 'Internkontroll')).toContain('två av totalt fyra kontrollpunkter har genomförts utan anmärkning');
    expect(paragraph(model, 'Internkontroll')).toContain('En kontrollpunkt saknar ännu bedömning.');
  });

  it('goals assessed by signal colour only (2024 after the assessment step)', () => {
    const { model } = fixture2024();
    const goals = table(model, 'indicators').goals;
    const fills = ['FF0000', 'FFC000', '00B050', '00B050'];
    goals.forEach((g, i) => (g.assessment = { ref: { sheet: 'Mål och nyckeltal', cell: `X${i}` }, text: null, fill: fills[i] }));
    const text = paragraph(model, 'Mål och nyckeltal');
    expect(text).toContain('Av nämndens fyra mål bedöms två som helt uppfyllda, ett som delvis uppfyllt och ett som ej uppfyllt.');
    expect(text).toContain('Det mål som inte har uppfyllts är ”Alingsåsare ska vara självförsörjande i högre utsträckning”.');
    // And the sheet carries the colours.
    const sheet = buildReportSheets(model).find((s) => s.kind === 'indicators');
    const colored = sheet?.sheet.grid.rows.flat().filter((c) => c?.fill).map((c) => c?.fill);
    expect(colored).toEqual(fills);
  });

  it('sick leave unchanged and both sexes up', () => {
    const { model } = fixture2024();
    const rows = table(model, 'sickLeave').rows;
    rows[0].values.current!.value = 7.9;
    rows[1].values.current!.value = 9.0;
    expect(paragraph(model, 'Sjukfrånvaro')).toContain('Den totala sjukfrånvaron är oförändrad på 7,9 procent.');
    expect(paragraph(model, 'Sjukfrånvaro')).toContain('Kvinnornas sjukfrånvaro har ökat från 8,5 till 9,0 procent och männens från 5,6 till 9,6 procent.');
  });

  it('small counts are words, mixed pairs are digits', () => {
    const { model } = fixture2019();
    const rows = table(model, 'workInjuries').rows;
    rows[0].values.current!.value = 9;
    rows[0].values.previous!.value = 12;
    expect(paragraph(model, 'Arbetsskador och tillbud')).toBe(
      'Antalet anmälda arbetsskador har ökat från 7 till 13 medan antalet anmälda tillbud har minskat från tolv till nio.',
    );
  });

  it('a surplus and a forecast in line with budget', () => {
    const { model } = fixture2019();
    const result = table(model, 'operating').rows.find((r) => r.role === 'result')!;
    result.values.actual!.value = 2450;
    expect(paragraph(model, 'Sammanfattning')).toBe('Socialnämndens bokslut för 2019 innebär ett överskott om 2,5 mnkr.');
    const m24 = fixture2024().model;
    const r24 = table(m24, 'operating').rows.find((r) => r.role === 'result')!;
    r24.values.forecast!.value = 0;
    r24.values.variance!.value = 0;
    expect(paragraph(m24, 'Sammanfattning')).toBe(
      'Socialnämndens resultat för perioden uppgår till -6,6 mnkr. Prognosen för helåret är 0,0 mnkr, vilket är i nivå med budget.',
    );
  });

  it('a board without a name and a period without a date still read well', () => {
    const { model } = fixture2024();
    model.board = undefined;
    expect(paragraph(model, 'Sammanfattning')).toMatch(/^Nämndens resultat för perioden uppgår till -6,6 mnkr\./);
  });
});

describe('notes on unreadable figures', () => {
  it('names the cell and says what was left out, in Swedish', () => {
    const { model } = fixture2024();
    const result = table(model, 'operating').rows.find((r) => r.role === 'result')!;
    result.values.actual = { ...result.values.actual!, value: null, raw: '#REF!', problem: 'error-value' };
    expect(reportNotes(model)).toEqual([
      'Drift!E16 (Årets resultat, Delårsbokslut 2024): ”#REF!” är ett felvärde; rapportbladet visar cellens text och utkastet utelämnar det som bygger på värdet.',
    ]);
    expect(paragraph(model, 'Sammanfattning')).toBe('Prognosen för helåret är -5,0 mnkr, vilket innebär en negativ avvikelse mot budget med 5,0 mnkr.');
  });

  it('the transcribed sample reports have nothing to note', () => {
    expect(reportNotes(fixture2024().model)).toEqual([]);
    expect(reportNotes(fixture2019().model)).toEqual([]);
  });
});

describe('more than one table of a kind, and kinds left out', () => {
  it('stacks two operating tables in one sheet, each under its title', () => {
    const { model } = fixture2024();
    const op = table(model, 'operating');
    model.tables.push({ ...JSON.parse(JSON.stringify(op)), id: 'operating:Drift2!A3', title: 'Drift – avdelning Unga' });
    const sheets = buildReportSheets(model).filter((s) => s.kind === 'operating');
    expect(sheets).toHaveLength(1);
    const labels = sheets[0].sheet.grid.rows.flat().map((c) => c?.value);
    expect(labels).toContain('Drift – avdelning Unga');
    expect(labels.filter((v) => v === 'Årets resultat')).toHaveLength(2);
  });

  it('a kind left out keeps its earlier sheet and state entry', () => {
    const { wb, model } = fixture2024();
    const once = applyToGrid(wb, planReport(wb, model).plan);
    const r = planReport(once, model, { exclude: ['text'] });
    expect(r.plan.deleteSheets).not.toContain('Rapport Text');
    expect(r.plan.addSheets.map((s) => s.grid.name)).not.toContain('Rapport Text');
    expect((r.plan.state as ToolState).generatedSheets?.map((g) => g.name)).toContain('Rapport Text');
    expect(r.text).toEqual([]);
    const twice = applyToGrid(once, r.plan);
    expect(JSON.stringify(twice.sheets.find((s) => s.name === 'Rapport Text'))).toBe(JSON.stringify(once.sheets.find((s) => s.name === 'Rapport Text')));
  });
});
