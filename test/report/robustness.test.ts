import fc from 'fast-check';
import { planReport } from '../../src/report';
import { fixture2024 } from './fixtures/model-2024';
import { fixture2019 } from './fixtures/model-2019';
import { applyToGrid } from './apply-grid';

/** Arbitrary labels and broken figures: the plan never throws, loses nothing and stays idempotent. */

const label = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('-', '=SUM(A1)', '+46', '@x', '−17 416', '\u00a0', 'Köp av tjänster\n(varav konsulter)', 'x'.repeat(5000)),
);

describe('robustness of the report plan', () => {
  it('any labels and unreadable figures: no throw, every label kept as a string, regenerating is stable', () => {
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 10, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.boolean(),
        (labels, broken, annual) => {
          const { wb, model } = annual ? fixture2019() : fixture2024();
          const op = model.tables.find((t) => t.kind === 'operating');
          if (!op || op.kind !== 'operating') throw new Error('fixture');
          let k = 0;
          op.rows.forEach((row, i) => {
            row.label = labels[i % labels.length];
            for (const f of Object.values(row.values)) {
              if (f && broken[k++ % broken.length]) Object.assign(f, { value: null, raw: '#REF!', problem: 'error-value' });
            }
          });
          const r = planReport(wb, model);
          const drift = r.plan.addSheets.find((s) => s.grid.name === 'Rapport Drift');
          const strings = new Set(drift?.grid.rows.flat().map((c) => c?.value).filter((v) => typeof v === 'string'));
          for (const row of op.rows) {
            const shown = row.label.replace(/[\s\u00a0]+/g, ' ').trim();
            if (shown) expect(strings.has(shown)).toBe(true);
          }
          for (const s of r.plan.addSheets) {
            for (const h of Object.values(s.rowHeights ?? {})) expect(h).toBeLessThanOrEqual(409);
            for (const c of s.grid.rows.flat()) expect(c?.formula).toBeUndefined();
          }
          const once = applyToGrid(wb, r.plan);
          const twice = applyToGrid(once, planReport(once, model).plan);
          expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
        },
      ),
      { numRuns: 40, seed: 6 },
    );
  });
});
