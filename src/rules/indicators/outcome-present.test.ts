import { RuleTester } from '../rule-tester';
import rule from './outcome-present';
import { modelOf } from '../../../test/rules/support/small';
import { indicatorsTable } from '../../../test/rules/support/build';
import type { IndicatorSpec } from '../../../test/rules/support/build';

const one = (s: IndicatorSpec) => modelOf([indicatorsTable('Mål och nyckeltal', 3, [{ title: 'Mål', indicators: [s] }])]);

new RuleTester().run(rule, {
  valid: [
    { name: 'an outcome', model: one({ name: 'Antal', target: '<166', outcome: 190 }) },
    { name: 'a missing previous outcome ("-") is fine', model: one({ name: 'Andel (%)', target: '>60', outcome: 66, previous: [{ v: '-', header: 'Utfall 2023' }] }) },
  ],
  invalid: [
    { name: 'no outcome at all', model: one({ name: 'Antal', target: '<166' }), errors: [{ messageId: 'missing', cell: 'B4', data: { indicator: 'Antal' } }] },
    { name: 'an empty outcome cell', model: one({ name: 'Antal', target: '<166', outcome: null }), errors: [{ messageId: 'missing', cell: 'D4' }] },
    { name: 'prose in the outcome', model: one({ name: 'Antal', target: '<166', outcome: 'ej klart' }), errors: [{ messageId: 'notANumber', cell: 'D4', data: { raw: 'ej klart' } }] },
  ],
});
