import fc from 'fast-check';
import { buildReportSheets, draftNarrative, phrases } from '../../src/report';
import type { NewSheet } from '../../src/grid/write-plan';
import type { ReportModel } from '../../src/model/types';
import { fixture2024 } from './fixtures/model-2024';
import { fixture2019 } from './fixtures/model-2019';

/** Text and tables come from the same model figures, so they cannot disagree. */

function cellAt(sheet: NewSheet | undefined, rowLabel: string, header: string): number {
  if (!sheet) throw new Error('no sheet');
  const rows = sheet.grid.rows;
  const headerRow = rows.find((r) => r?.some((c) => c?.value === header));
  const col = headerRow?.find((c) => c?.value === header)?.col;
  const row = rows.find((r) => r?.[0]?.value === rowLabel);
  const v = col !== undefined ? row?.[col - 1]?.value : undefined;
  if (typeof v !== 'number') throw new Error(`no number at ${rowLabel} / ${header}`);
  return v;
}

function operating(model: ReportModel) {
  const t = model.tables.find((x) => x.kind === 'operating');
  if (!t || t.kind !== 'operating') throw new Error('no operating table');
  return t;
}

describe('figures in the text are the figures in the tables', () => {
  it('2024: result, forecast, deviations and investment outcome', () => {
    const { model } = fixture2024();
    const sheets = buildReportSheets(model);
    const drift = sheets.find((s) => s.kind === 'operating')?.sheet;
    const inv = sheets.find((s) => s.kind === 'investments')?.sheet;
    const text = draftNarrative(model).map((p) => p.paragraph).join('\n');
    const result = cellAt(drift, 'Årets resultat', 'Delårsbokslut 2024');
    const forecast = cellAt(drift, 'Årets resultat', 'Prognos helår 2024');
    expect(text).toContain(`resultat för perioden uppgår till ${phrases.mnkr(result)}`);
    expect(text).toContain(`Prognosen för helåret är ${phrases.mnkr(forecast)}`);
    const personnel = cellAt(drift, 'Personalkostnader', 'Avv. prognos/budget 2024');
    const budget = cellAt(drift, 'Personalkostnader', 'Budget 2024');
    expect(text).toContain(
      `Personalkostnader beräknas avvika positivt med ${phrases.mnkr(personnel)} eller ${phrases.aboutPercent((personnel / budget) * 100)} av budget`,
    );
    const outcome = cellAt(inv, 'Totala utgifter', 'Delårsbokslut 2024');
    const invBudget = cellAt(inv, 'Totala utgifter', 'Budget 2024');
    expect(text).toContain(`Utfallet per augusti uppgår till ${phrases.mnkr(outcome)} vilket motsvarar ${phrases.aboutPercent((outcome / invBudget) * 100)} av budgeten`);
  });

  it('2019: the text quotes the table\'s 2018 result, not a figure of its own', () => {
    const { model } = fixture2019();
    const drift = buildReportSheets(model).find((s) => s.kind === 'operating')?.sheet;
    const text = draftNarrative(model).map((p) => p.paragraph).join('\n');
    const prev = cellAt(drift, 'Årets resultat', 'Bokslut 2018');
    expect(prev).toBe(-6050);
    expect(text).toContain(`Redovisat resultat i bokslutet 2018 uppgick till ${phrases.mnkr(prev)}.`);
    expect(text).not.toContain('-4,8 mnkr');
  });

  it('for any figures, the sentence and the cell agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500000, max: 500000 }),
        fc.integer({ min: -500000, max: 500000 }),
        fc.integer({ min: -50000, max: 50000 }).filter((v) => v !== 0),
        (actual, forecast, variance) => {
          const { model } = fixture2024();
          const t = operating(model);
          const result = t.rows.find((r) => r.role === 'result');
          const personnel = t.rows.find((r) => r.role === 'personnel');
          if (!result?.values.actual || !result.values.forecast || !personnel?.values.variance) throw new Error('fixture');
          result.values.actual.value = actual;
          result.values.forecast.value = forecast;
          personnel.values.variance.value = variance;
          const drift = buildReportSheets(model).find((s) => s.kind === 'operating')?.sheet;
          const text = draftNarrative(model).map((p) => p.paragraph).join('\n');
          const a = cellAt(drift, 'Årets resultat', 'Delårsbokslut 2024');
          const f = cellAt(drift, 'Årets resultat', 'Prognos helår 2024');
          const v = cellAt(drift, 'Personalkostnader', 'Avv. prognos/budget 2024');
          expect([a, f, v]).toEqual([actual, forecast, variance]);
          expect(text).toContain(`uppgår till ${phrases.mnkr(a)}.`);
          expect(text).toContain(`Prognosen för helåret är ${phrases.mnkr(f)}`);
          expect(text).toContain(`Personalkostnader beräknas avvika ${v > 0 ? 'positivt' : 'negativt'} med ${phrases.mnkr(Math.abs(v))}`);
        },
      ),
      { numRuns: 100, seed: 20241 },
    );
  });
});
