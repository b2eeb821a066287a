import * as path from 'path';
import fc from 'fast-check';
import { readWorkbook } from '../../src/xlsx';
import { mapWorkbook, buildModel, readSynonyms } from '../../src/mapping';
import { validate } from '../../src/rules';
import { planFill, BUILTIN_SCALES } from '../../src/assessment';
import { planReport } from '../../src/report';
import { readToolStateChecked, stateFindings, STATE_SHEET } from '../../src/grid/tool-state';
import { sheetFromValues } from '../../src/grid/sheet';
import type { Cell, WorkbookGrid } from '../../src/grid/types';
import type { Finding } from '../../src/model/finding';

/**
 * For any state JSON (arbitrary values, and values shaped almost like the real thing that name
 * the workbook's own sheets and cells), map / validate / fill / report never throw, validation is
 * what it is without the state, and the plans touch only what the tool owns: empty assessment
 * cells or cells holding exactly a level it writes, and no existing sheet (the sample has no
 * generated sheet, so nothing may be deleted or added over).
 */

const seed = path.join(__dirname, '..', '..', 'seeds', 'delarsrapport-2024.xlsx');
let base: WorkbookGrid;
let baseline: string[];

const LEVEL_FILLS = new Map<string, Set<string>>();
for (const s of BUILTIN_SCALES) for (const l of s.levels) LEVEL_FILLS.set(l.name, (LEVEL_FILLS.get(l.name) ?? new Set()).add((l.fill ?? '').toUpperCase()));
const ALL_FILLS = new Set([...LEVEL_FILLS.values()].flatMap((s) => [...s]));

function run(wb: WorkbookGrid): { findings: Finding[]; fill: ReturnType<typeof planFill>; report: ReturnType<typeof planReport> } {
  const mapping = mapWorkbook(wb);
  const built = buildModel(wb, mapping);
  const findings = validate(built.model, wb, { prior: [...stateFindings(readToolStateChecked(wb)), ...built.findings] });
  return { findings, fill: planFill(wb, built.model), report: planReport(wb, built.model) };
}

const keyOf = (f: Finding) => `${f.rule} ${f.severity} ${f.sheet}!${f.cell} ${f.message}`;

beforeAll(async () => {
  const wb = await readWorkbook(seed);
  base = { sheets: wb.sheets.filter((s) => s.name !== STATE_SHEET) };
  baseline = run(base).findings.map(keyOf);
});

function withState(json: string): WorkbookGrid {
  const sheet = { ...sheetFromValues(STATE_SHEET, [[json]]), state: 'veryHidden' as const };
  // The pipeline only reads the grid: sheets can be shared, the list is new.
  return { sheets: [...base.sheets, sheet] };
}

function cellOf(wb: WorkbookGrid, sheet: string, address: string): Cell | undefined {
  return wb.sheets.find((s) => s.name === sheet)?.rows.flat().find((c) => c?.address === address);
}

/** What the tool owns in the sample: an empty cell without a hand colour, or exactly a level it writes. */
function owned(c: Cell | undefined): boolean {
  const fill = (c?.fill ?? '').toUpperCase();
  const blank = c === undefined || c.value === null || (typeof c.value === 'string' && c.value.trim() === '');
  if (c?.formula) return false;
  if (blank) return fill === '' || fill === 'FFFFFF' || ALL_FILLS.has(fill);
  return typeof c?.value === 'string' && (LEVEL_FILLS.get(c.value)?.has(fill) ?? false);
}

const SHEETS = ['Info', 'Drift', 'Investeringar', 'Mål och nyckeltal', 'Internkontroll', 'Sjukfrånvaro', 'Kommentarer', STATE_SHEET, 'Rapport Drift', 'drift'];
const CELLS = ['A1', 'B5', 'C4', 'E4', 'G4', 'G5', 'G6', 'G7', 'H4', 'ZZ99999'];
const LEVELS = [...LEVEL_FILLS.keys()];
const anything = fc.jsonValue({ maxDepth: 4 });
const almostCell = fc.record({
  sheet: fc.oneof(fc.constantFrom(...SHEETS), anything),
  cell: fc.oneof(fc.constantFrom(...CELLS), anything),
  value: fc.oneof(fc.constantFrom(...LEVELS, 'Alingsåsare ska vara självförsörjande i högre utsträckning', '190'), anything),
});
const almostSheet = fc.record({ name: fc.oneof(fc.constantFrom(...SHEETS), anything), kind: fc.oneof(fc.constantFrom('operating', 'text'), anything), id: fc.oneof(fc.constantFrom('nr-1', 'x'), anything), marker: fc.oneof(fc.constantFrom('A1', 'B5'), anything) }, { requiredKeys: ['name', 'kind', 'id'] });
const almostTable = fc.record({
  kind: fc.oneof(fc.constantFrom('operating', 'indicators'), anything),
  sheet: fc.oneof(fc.constantFrom(...SHEETS), anything),
  range: fc.oneof(fc.constantFrom('A3:G16', 'A1:G350000', 'skräp'), anything),
  headerRows: fc.oneof(fc.constant([3]), anything),
  rows: fc.oneof(fc.array(fc.record({ row: fc.integer({ min: -5, max: 400_000 }), label: fc.string(), role: fc.constantFrom('revenue', 'result', 'x') }), { maxLength: 5 }), anything),
  columns: fc.oneof(fc.array(fc.record({ col: fc.integer({ min: -1, max: 20 }), header: fc.string(), role: fc.constantFrom('budget', 'assessment', 'x') }), { maxLength: 5 }), anything),
});
const stateArb = fc.oneof(
  anything,
  fc.record(
    {
      version: fc.oneof(fc.constant(1), anything),
      mapping: fc.oneof(anything, fc.record({ tables: fc.oneof(anything, fc.array(almostTable, { maxLength: 3 })) })),
      filled: fc.oneof(anything, fc.array(almostCell, { maxLength: 8 })),
      generatedSheets: fc.oneof(anything, fc.array(almostSheet, { maxLength: 4 })),
      assessment: fc.oneof(anything, fc.record({ scale: fc.oneof(fc.constantFrom('goal4', 'keyFigure2019'), anything), customScales: anything, goalRule: anything })),
      synonyms: anything,
    },
    { requiredKeys: [] },
  ),
);

describe('any state JSON', () => {
  it('never throws, leaves validation as it is, and touches only what the tool owns', () => {
    fc.assert(
      fc.property(stateArb, (value) => {
        const wb = withState(JSON.stringify(value) ?? 'null');
        const { findings, fill, report } = run(wb);
        // Labels the board saved are trusted by design; only states without usable ones must leave validation alone.
        const synonyms = typeof value === 'object' && value !== null && !Array.isArray(value) ? readSynonyms((value as Record<string, unknown>).synonyms) : undefined;
        if (!synonyms) expect(findings.filter((f) => f.rule !== 'state/damaged').map(keyOf)).toEqual(baseline);
        for (const e of fill.plan.edits) {
          expect([e.sheet, e.cell, owned(cellOf(base, e.sheet, e.cell))]).toEqual([e.sheet, e.cell, true]);
        }
        expect(fill.plan.deleteSheets).toEqual([]);
        expect(report.plan.deleteSheets).toEqual([]);
        const taken = new Set(base.sheets.map((s) => s.name.toLocaleLowerCase('sv-SE')));
        for (const s of report.plan.addSheets) expect([s.grid.name, taken.has(s.grid.name.toLocaleLowerCase('sv-SE'))]).toEqual([s.grid.name, false]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 60, seed: 1717 },
    );
  });
});
