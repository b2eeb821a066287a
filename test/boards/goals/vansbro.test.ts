import { readWorkbook, applyWritePlan } from '../../../src/xlsx';
import { mapWorkbook, buildModel } from '../../../src/mapping';
import { planFill } from '../../../src/assessment';
import { tablesOf } from '../../../src/model/types';
import { cellsOf } from '../../../src/grid/sheet';
import type { WorkbookGrid } from '../../../src/grid/types';
import { STATE_SHEET } from '../../../src/grid/tool-state';
import { boardWorkbook, GOAL_SHEET } from './build';
import { VANSBRO_2021, VANSBRO_LEGEND, VANSBRO_PRINTED } from './vansbro-2021';

/**
 * Vansbro 2021 (another municipality than Helsingborg): a legend of open bands ("minst 80
 * procent", "lägre än 80 procent", "målnivå eller bättre") and measures named as the state wanted
 * ("Låg brottslighet", "Låg arbetslöshet") with a bare target. The page says in words that both
 * were met; the fill must write exactly that level in the board's words, and change nothing else.
 */

function shown(wb: WorkbookGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of wb.sheets) if (s.name !== STATE_SHEET) for (const c of cellsOf(s)) out.set(`${s.name}!${c.address}`, JSON.stringify([c.value, c.fill ?? null, c.numFmt ?? null]));
  return out;
}

async function run() {
  const input = await boardWorkbook(VANSBRO_2021, 'above');
  const before = await readWorkbook(input);
  const { model } = buildModel(before, mapWorkbook(before));
  const result = planFill(before, model);
  const after = await readWorkbook(await applyWritePlan(input, result.plan));
  const indicators = tablesOf(model, 'indicators').flatMap((t) => t.goals.flatMap((g) => g.indicators));
  return { before, after, result, indicators };
}

describe('Vansbro 2021: open bands in the legend, "Låg …" measures with a bare target', () => {
  let r: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    r = await run();
  });

  it('maps the four indicators with outcome and target as printed', () => {
    expect(r.indicators.map((i) => [i.name.text, i.outcome?.value])).toEqual([
      ['Låg brottslighet (antal anmälda våldsbrott per 100 000 invånare)', 632],
      ['Låg arbetslöshet', 2.7],
      ['Andel ungdomar som är etablerade på arbetsmarknaden eller studerar 1 år efter fullföljd gymnasieutbildning, hemkommun', 77.6],
      ['Bredbandstillgång', 87],
    ]);
  });

  it("reads the legend's bands as a ladder: under 80, 80 up to the target, the target or better", () => {
    expect(r.result.scales.indicator).toMatchObject({ id: 'board', source: 'legend', thresholds: 'legend', own: true, where: `${GOAL_SHEET}!A3:C3` });
    expect(r.result.scales.indicator.levels?.map((l) => [l.name, l.rule])).toEqual([
      [VANSBRO_LEGEND[2], 'under 80 % av målet'],
      [VANSBRO_LEGEND[1], '80–100 % av målet'],
      [VANSBRO_LEGEND[0], 'målet nått'],
    ]);
  });

  it('writes the printed assessment in the board’s words where the page states one, the rule’s level elsewhere', () => {
    const byName = Object.fromEntries(r.result.filled.map((f) => [f.indicator, f.value]));
    for (const name of VANSBRO_PRINTED) expect(byName[name]).toBe('Målet uppnått, förväntad målnivå eller bättre');
    const rows = VANSBRO_2021.sections.flatMap((s) => s.rows).filter((x) => x.measure);
    expect(r.result.filled.filter((f) => f.kind === 'indicator').map((f) => [f.indicator, f.value])).toEqual(rows.map((x) => [x.measure, x.expected]));
    // "Låg brottslighet" with target 700: the first word says lower is better — 632 is met, not "9,7 % från målet".
    expect(r.result.filled[0].reason).toContain('högst 700');
  });

  it('changes only the filled cells in the whole workbook; the goal row stays empty', () => {
    const a = shown(r.before);
    const b = shown(r.after);
    const changed = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
    expect(changed).toEqual(r.result.plan.edits.map((e) => `${e.sheet}!${e.cell}`).sort());
    expect(r.result.filled.filter((f) => f.kind === 'goal')).toEqual([]);
  });
});
