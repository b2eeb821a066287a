import fc from 'fast-check';
import { assess, parseTarget, goal4, keyFigure2019, planFill } from '../../src/assessment';
import type { Scale } from '../../src/assessment';
import { rankOf } from '../../src/assessment/scales';
import type { WorkbookGrid, CellValue } from '../../src/grid/types';
import { stateSheet } from '../../src/grid/tool-state';
import { indicatorsFrom, modelOf, sheetFromValues } from './helpers';

function rank(scale: Scale, target: string, outcome: number): number {
  const a = assess(parseTarget(target), outcome, scale);
  if (a.status !== 'assessed') throw new Error(a.status);
  return rankOf(scale, a.level);
}

describe('properties', () => {
  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

  it.each([
    ['>=', 1],
    ['>', 1],
    ['<=', -1],
    ['<', -1],
  ] as [string, 1 | -1][])('a better outcome never gets a worse level (%s)', (op, sign) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), finite, finite, fc.constantFrom(goal4, keyFigure2019), (t, a, b, scale) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const [worse, better] = sign === 1 ? [lo, hi] : [hi, lo];
        return rank(scale, `${op}${t}`, worse) <= rank(scale, `${op}${t}`, better);
      }),
    );
  });

  it('writes only into assessment cells that are empty or hold what the tool wrote', () => {
    const content = fc.constantFrom<CellValue>(null, '', 'Helt uppfyllt', 'Delvis uppfyllt', 'Ej uppfyllt', 'Se kommentar', 5, '#N/A');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('<166', '75', '>20', 'Se kommentar', '', '70-80 %'), fc.option(fc.integer({ min: 0, max: 400 })), content, fc.boolean()), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const values: CellValue[][] = [['Mål', 'Nyckeltal', 'Målvärde', 'Utfall', 'Bedömning']];
          const filled: { sheet: string; cell: string; value: string }[] = [];
          rows.forEach(([target, outcome, existing, toolWrote], i) => {
            values.push([`Mål ${i + 1}`, `Nyckeltal ${i + 1}`, target, outcome, existing]);
            if (toolWrote && typeof existing === 'string' && existing) filled.push({ sheet: 'M', cell: `E${i + 2}`, value: existing });
          });
          const wb: WorkbookGrid = { sheets: [sheetFromValues('M', values), stateSheet({ version: 1, filled })] };
          const model = modelOf({ kind: 'annual', year: 2024 }, indicatorsFrom(wb.sheets[0], { sheet: 'M', headerRow: 1, goal: 1, indicator: 2, target: 3, outcome: 4, assessment: 5 }));
          const { plan } = planFill(wb, model);
          for (const e of plan.edits) {
            if (e.sheet !== 'M' || !/^E\d+$/.test(e.cell)) return false;
            const row = Number(e.cell.slice(1));
            const existing = values[row - 1][4];
            const empty = existing === null || existing === '';
            const ours = filled.some((f) => f.cell === e.cell && f.value === existing);
            if (!empty && !ours) return false;
          }
          return true;
        },
      ),
    );
  });
});
