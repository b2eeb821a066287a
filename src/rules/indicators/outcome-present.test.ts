import { RuleTester } from '../rule-tester';
import rule from './outcome-present';
import { modelOf } from '../../../test/rules/support/small';
import { indicatorsTable } from '../../../test/rules/support/build';
import type { IndicatorSpec } from '../../../test/rules/support/build';

const one = (s: IndicatorSpec) => modelOf([indicatorsTable('Mål och nyckeltal', 3, [{ title: 'Mål', indicators: [s] }])]);

/** An outcome that is a formula without a cached value (the workbook was never recalculated). */
function uncalculatedOutcome() {
  const model = one({ name: 'Antal', target: '<166', outcome: null });
  const t = model.tables[0] as { goals: { indicators: { outcome?: { formula?: string } }[] }[] };
  const outcome = t.goals[0].indicators[0].outcome;
  if (outcome) outcome.formula = 'SUM(D5:D9)';
  return model;
}

new RuleTester().run(rule, {
  valid: [
    { name: 'an outcome', model: one({ name: 'Antal', target: '<166', outcome: 190 }) },
    { name: 'a formula without cached value is the uncalculated-formula rule\'s, not a missing outcome', model: uncalculatedOutcome() },
    { name: 'a missing previous outcome ("-") is fine', model: one({ name: 'Andel (%)', target: '>60', outcome: 66, previous: [{ v: '-', header: 'Utfall 2023' }] }) },
  ],
  invalid: [
    { name: 'no outcome at all', model: one({ name: 'Antal', target: '<166' }), errors: [{ messageId: 'missing', cell: 'B4', data: { indicator: 'Antal' } }] },
    { name: 'an empty outcome cell', model: one({ name: 'Antal', target: '<166', outcome: null }), errors: [{ messageId: 'missing', cell: 'D4' }] },
    { name: 'prose in the outcome', model: one({ name: 'Antal', target: '<166', outcome: 'ej klart' }), errors: [{ messageId: 'notANumber', cell: 'D4', data: { raw: 'ej klart' } }] },
  ],
});
