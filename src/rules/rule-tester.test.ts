import { assertInvalid, assertValid, RuleTester } from './rule-tester';
import type { Rule } from './types';
import { driftModel } from '../../test/rules/support/small';

const model = driftModel();
const ref = { sheet: 'Drift', cell: 'B2' };

const make = (report: (ctx: Parameters<Rule['check']>[0]) => void): Rule => ({
  meta: {
    id: 'test/fake',
    type: 'problem',
    docs: { description: { sv: 'Testregel.', en: 'Test rule.' } },
    severity: 'error',
    schema: {},
    defaultOptions: {},
    messages: { known: { sv: '{{label}} är {{actual}}.', en: '{{label}} is {{actual}}.' } },
  },
  check: report,
});

describe('RuleTester', () => {
  test('rejects a report with an unknown messageId', () => {
    const rule = make((ctx) => ctx.report({ messageId: 'unknown', ref }));
    expect(() => assertInvalid(rule, { name: 'x', model, errors: [{ messageId: 'known', cell: 'B2' }] })).toThrow(/okänt messageId "unknown"/);
  });
  test('rejects an unfilled placeholder', () => {
    const rule = make((ctx) => ctx.report({ messageId: 'known', ref, data: { label: 'X' } }));
    expect(() => assertInvalid(rule, { name: 'x', model, errors: [{ messageId: 'known', cell: 'B2' }] })).toThrow(/ofyllda platshållare: actual/);
  });
  test('rejects an expected messageId the rule does not have', () => {
    const rule = make(() => undefined);
    expect(() => assertInvalid(rule, { name: 'x', model, errors: [{ messageId: 'nope', cell: 'B2' }] })).toThrow(/okänt messageId "nope" i testfallet/);
  });
  test('a valid case fails on any report; an invalid one on a wrong cell or data', () => {
    const rule = make((ctx) => ctx.report({ messageId: 'known', ref, data: { label: 'X', actual: 1 } }));
    expect(() => assertValid(rule, { name: 'x', model })).toThrow(/väntade inga rapporter/);
    expect(() => assertInvalid(rule, { name: 'x', model, errors: [{ messageId: 'known', cell: 'C2' }] })).toThrow(/cell B2 ≠ C2/);
    expect(() => assertInvalid(rule, { name: 'x', model, errors: [{ messageId: 'known', cell: 'B2', data: { actual: 2 } }] })).toThrow(/data.actual/);
    expect(() => assertInvalid(rule, { name: 'x', model, errors: [{ messageId: 'known', cell: 'B2', data: { actual: 1 } }] })).not.toThrow();
  });
  test('rejects options the schema does not declare', () => {
    const rule = make(() => undefined);
    expect(() => assertValid(rule, { name: 'x', model, options: { strict: true } })).toThrow(/inställningen "strict" finns inte/);
  });
  test('a rule needs at least one valid and one invalid case', () => {
    expect(() => new RuleTester(() => undefined, () => undefined).run(make(() => undefined), { valid: [], invalid: [] })).toThrow(/minst ett giltigt/);
  });
});
