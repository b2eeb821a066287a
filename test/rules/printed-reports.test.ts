import { validate, runRule, rules } from '../../src/rules';
import type { Finding } from '../../src/model/finding';
import type { ReportModel } from '../../src/model/types';
import type { WorkbookGrid } from '../../src/grid/types';
import { printed2024 } from './fixtures/printed-2024';
import { printed2019 } from './fixtures/printed-2019';
import { at, bySeverity, KNOWN_2019, KNOWN_2024 } from './support/expectations';
import { SEED_2019, SEED_2024, seedModel, seedsPresent } from './support/seeds';

type Source = () => Promise<{ model: ReportModel; workbook: WorkbookGrid }>;

function find(findings: Finding[], cell: string): Finding {
  const f = findings.find((x) => at(x) === cell);
  if (!f) throw new Error(`Inget fynd i ${cell}`);
  return f;
}

function assert2024(findings: Finding[]): void {
  expect(bySeverity(findings, 'error')).toEqual([...KNOWN_2024.errors].sort());
  expect(bySeverity(findings, 'warning')).toEqual([]);
  for (const cell of KNOWN_2024.rounding) expect(find(findings, cell)).toMatchObject({ severity: 'info', messageId: 'rounding' });
  const g12 = find(findings, 'Drift!G12');
  // One finding for the root cause, naming the three identities it breaks.
  expect(g12).toMatchObject({ messageId: 'rootCause', expected: -33296, actual: -32296, data: { count: 3 } });
  expect(g12.message).toContain('-32 296');
  expect(g12.message).toContain('-33 296');
  expect(g12.identity).toMatch(/summa kostnadsslag.*Differens.*Nettokostnader/);
  const text = find(findings, 'Kommentarer!B10');
  expect(text).toMatchObject({ rule: 'text/quoted-figures', data: { quoted: '8 procent' } });
  // One figure, the one the sentence's own words bind ("Totalt … kostnaderna"), never alternatives.
  expect(text.message).toContain('1,8');
  expect(text.message).not.toContain('9,6');
  expect(text.message).not.toMatch(/ \/ /);
}

function assert2019(findings: Finding[]): void {
  expect(bySeverity(findings, 'error')).toEqual([...KNOWN_2019.errors].sort());
  for (const cell of KNOWN_2019.rounding) expect(find(findings, cell)).toMatchObject({ severity: 'info', messageId: 'rounding' });
  expect(find(findings, 'Investeringar!B10')).toMatchObject({ messageId: 'rootCause', expected: 1450, actual: 0 });
  expect(find(findings, 'Investeringar!C10')).toMatchObject({ messageId: 'rootCause', expected: 963, actual: 0 });
  expect(find(findings, 'Kommentarer!B25')).toMatchObject({ rule: 'text/quoted-figures', data: { quoted: '-4,8 mnkr' } });
  // Warnings are the differences kept as text ("+0,1", "+-0", "-26"): SUM would skip them.
  const warnings = findings.filter((f) => f.severity === 'warning');
  expect(warnings.length).toBe(13);
  expect(new Set(warnings.map((f) => f.rule))).toEqual(new Set(['cells/number-as-text']));
}

/** The identities the rules checked, so a silent skip (nothing mapped) cannot pass as "no error". */
function checkedIdentities(model: ReportModel, workbook: WorkbookGrid): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rules) out[r.meta.id] = runRule(r, model, workbook).ledger.length;
  return out;
}

const sources: [string, Source, Source][] = [
  ['printed tables (fixture)', async () => printed2024(), async () => printed2019()],
];
if (seedsPresent()) sources.push(['sample workbooks (xlsx → mapping → model)', () => seedModel(SEED_2024), () => seedModel(SEED_2019)]);

describe.each(sources)('%s', (_name, src2024, src2019) => {
  test('2024: exactly the known errors, at their cells; rounding at most info', async () => {
    const { model, workbook } = await src2024();
    assert2024(validate(model, workbook));
    const checked = checkedIdentities(model, workbook);
    expect(checked['operating/cost-groups-sum']).toBe(6);
    expect(checked['operating/difference']).toBe(10);
    expect(checked['investments/sub-rows-sum']).toBeGreaterThanOrEqual(24);
    expect(checked['investments/variance']).toBe(11);
    expect(checked['sick-leave/day-bands-sum']).toBe(2);
    expect(checked['sick-leave/difference']).toBe(9);
  });

  test('2019: exactly the known errors, at their cells; rounding at most info', async () => {
    const { model, workbook } = await src2019();
    assert2019(validate(model, workbook));
    const checked = checkedIdentities(model, workbook);
    expect(checked['operating/variance']).toBe(9);
    expect(checked['investments/categories-sum']).toBe(2);
    expect(checked['sick-leave/day-bands-sum']).toBe(2);
    expect(checked['staff/total-sum']).toBe(3);
    expect(checked['forecast-accuracy/deviation']).toBe(2);
    expect(checked['cross-table/same-figure']).toBe(1);
    expect(checked['work-injuries/difference']).toBe(2);
  });

  test('no rule throws and every finding is complete', async () => {
    for (const src of [src2024, src2019]) {
      const { model, workbook } = await src();
      for (const f of validate(model, workbook)) {
        expect(f.rule).toMatch(/^[a-z-]+\/[a-z-]+$/);
        expect(f.sheet).toBeTruthy();
        expect(f.cell).toMatch(/^[A-Z]+\d+$/);
        expect(f.message).not.toMatch(/\{\{/);
        expect(f.messageEn).not.toMatch(/\{\{/);
      }
    }
  });
});
