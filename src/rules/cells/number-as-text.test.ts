import { RuleTester } from '../rule-tester';
import rule from './number-as-text';
import { driftModel, driftRows, set } from '../../../test/rules/support/small';

new RuleTester().run(rule, {
  valid: [
    { name: 'numbers stored as numbers', model: driftModel() },
    { name: 'signed differences as text, when the board writes them so on purpose', model: driftModel(set(driftRows(), 0, 5, '+10')), options: { ignoreDifferenceColumns: true } },
  ],
  invalid: [
    {
      name: 'a cost typed as text with a unicode minus and a space',
      model: driftModel(set(driftRows(), 1, 0, '\u2212300')),
      errors: [{ messageId: 'numberAsText', cell: 'B3', data: { raw: '\u2212300', value: '-300' } }],
    },
    {
      name: 'a non-breaking space as thousands separator',
      model: driftModel(set(driftRows(), 0, 0, '1\u00a0000')),
      errors: [{ messageId: 'numberAsText', cell: 'B2', data: { value: '1 000' } }],
    },
    {
      name: 'a signed difference as text, by default',
      model: driftModel(set(driftRows(), 0, 5, '+10')),
      errors: [{ messageId: 'numberAsText', cell: 'G2', data: { raw: '+10', value: '10' } }],
    },
    {
      name: 'the option keeps amounts typed as text',
      model: driftModel(set(driftRows(), 0, 3, '60 ')),
      options: { ignoreDifferenceColumns: true },
      errors: [{ messageId: 'numberAsText', cell: 'E2' }],
    },
    {
      name: 'prose in a number cell',
      model: driftModel(set(driftRows(), 0, 1, 'se not')),
      errors: [{ messageId: 'notANumber', cell: 'C2', data: { raw: 'se not' } }],
    },
  ],
});
