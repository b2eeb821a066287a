import { RuleTester } from '../rule-tester';
import rule from './target-readable';
import { modelOf } from '../../../test/rules/support/small';
import { indicatorsTable } from '../../../test/rules/support/build';
import type { IndicatorSpec } from '../../../test/rules/support/build';

const one = (s: IndicatorSpec) => modelOf([indicatorsTable('Mål och nyckeltal', 3, [{ title: 'Våldet i nära relationer ska minska', indicators: [s] }])]);

new RuleTester().run(rule, {
  valid: [
    { name: '"<166"', model: one({ name: 'Antal vuxna biståndsmottagare', target: '<166', outcome: 190 }) },
    { name: '">20"', model: one({ name: 'Antal våldsutövare som får stöd, antal (#)', target: '>20', outcome: 8 }) },
    { name: 'a bare 75', model: one({ name: 'Andel (%)', target: '75', outcome: 87 }) },
    { name: '"100 %"', model: one({ name: 'Andel medarbetare', target: '100 %', outcome: '100 %' }) },
  ],
  invalid: [
    { name: 'no target', model: one({ name: 'Antal brukarråd', outcome: 6 }), errors: [{ messageId: 'missing', cell: 'B4' }] },
    { name: 'a dash', model: one({ name: 'Antal brukarråd', target: '-', outcome: 6 }), errors: [{ messageId: 'missing', cell: 'C4' }] },
    { name: 'prose', model: one({ name: 'Antal brukarråd', target: 'fler än förra året kanske', outcome: 6 }), errors: [{ messageId: 'unreadable', cell: 'C4', severity: 'warning' }] },
    { name: '"Se kommentar" is a choice: info only', model: one({ name: 'Kostnad för köpt vård', target: 'Se kommentar', outcome: '40 711 tkr' }), errors: [{ messageId: 'seeComment', cell: 'C4', severity: 'info' }] },
  ],
});
