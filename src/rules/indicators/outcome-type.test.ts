import { RuleTester } from '../rule-tester';
import rule from './outcome-type';
import { modelOf } from '../../../test/rules/support/small';
import { indicatorsTable } from '../../../test/rules/support/build';
import type { IndicatorSpec } from '../../../test/rules/support/build';

const one = (s: IndicatorSpec) => modelOf([indicatorsTable('Mål och nyckeltal', 3, [{ title: 'Mål', indicators: [s] }])]);

new RuleTester().run(rule, {
  valid: [
    { name: '% target, % outcome', model: one({ name: 'Andel medarbetare', target: '100 %', outcome: '100 %' }) },
    { name: 'share named in the indicator, 87', model: one({ name: 'Ej återaktualiserade, andel (%)', target: '75', outcome: 87, unit: 'percent' }) },
    { name: 'count target, count outcome', model: one({ name: 'Antal våldsutövare, antal (#)', target: '>20', outcome: 8, unit: 'count' }) },
    { name: 'a fraction with a % format', model: one({ name: 'Andel (%)', target: '>75 %', outcome: 0.77 }) },
  ],
  invalid: [
    {
      name: 'a % target with an outcome no share can have',
      model: one({ name: 'Andel överväganden med uppföljning', target: '100 %', outcome: 154 }),
      errors: [{ messageId: 'percentTargetCountOutcome', cell: 'D4', data: { target: '100 %', outcome: '154' } }],
    },
    {
      name: 'a % target for an indicator that counts',
      model: one({ name: 'Antal brukarråd', target: '80 %', outcome: 6, unit: 'count' }),
      errors: [{ messageId: 'percentTargetCountOutcome', cell: 'D4' }],
    },
    {
      name: 'a count target with a percentage outcome',
      model: one({ name: 'Antal brukarråd, antal (#)', target: '8', outcome: '75 %', unit: 'count' }),
      errors: [{ messageId: 'countTargetPercentOutcome', cell: 'D4', data: { outcome: '75 %' } }],
    },
  ],
});
