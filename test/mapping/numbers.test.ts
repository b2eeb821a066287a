import { parseNumber, formatDecimals } from '../../src/mapping/numbers';
import type { CellValue } from '../../src/grid/types';

type Case = [label: string, value: CellValue, numFmt: string | undefined, expected: { value: number | null; decimals: number; fromText?: boolean; percent?: boolean; unit?: string }];

const readable: Case[] = [
  ['plain integer', -158695, undefined, { value: -158695, decimals: 0, fromText: false }],
  ['plain decimal', 7.4, undefined, { value: 7.4, decimals: 1, fromText: false }],
  ['decimal from format 0.0', 46, '0.0', { value: 46, decimals: 1, fromText: false }],
  ['thousands format #,##0', 1450.4, '#,##0', { value: 1450.4, decimals: 0, fromText: false }],
  ['percent format', 0.97, '0%', { value: 97, decimals: 0, fromText: false, percent: true }],
  ['unicode minus and NBSP', '\u221217\u00A0416', undefined, { value: -17416, decimals: 0, fromText: true }],
  ['unicode minus and thin space', '\u221217\u2009416', undefined, { value: -17416, decimals: 0, fromText: true }],
  ['narrow no-break space', '-158\u202F695', undefined, { value: -158695, decimals: 0, fromText: true }],
  ['tkr suffix', '-11 845 tkr', undefined, { value: -11845, decimals: 0, fromText: true, unit: 'tkr' }],
  ['tkr suffix no space', '40 711 tkr', undefined, { value: 40711, decimals: 0, fromText: true, unit: 'tkr' }],
  ['decimal comma', '6,6', undefined, { value: 6.6, decimals: 1, fromText: true }],
  ['explicit plus', '+0,1', undefined, { value: 0.1, decimals: 1, fromText: true }],
  ['plus-minus zero', '+-0', undefined, { value: 0, decimals: 0, fromText: true }],
  ['plus-minus sign zero', '±0', undefined, { value: 0, decimals: 0, fromText: true }],
  ['percent with space', '100 %', undefined, { value: 100, decimals: 0, fromText: true, percent: true }],
  ['percent glued', '97%', undefined, { value: 97, decimals: 0, fromText: true, percent: true }],
  ['space thousands', '1 450', undefined, { value: 1450, decimals: 0, fromText: true }],
  ['accounting negative', '(1 234)', undefined, { value: -1234, decimals: 0, fromText: true }],
  ['en dash minus', '\u20136 000', undefined, { value: -6000, decimals: 0, fromText: true }],
  ['decimal point', '227.1', undefined, { value: 227.1, decimals: 1, fromText: true }],
  ['figure with remark', '40 711 tkr\n(varav 19 372 tkr barn och unga och 21 339 tkr vuxna)', undefined, { value: 40711, decimals: 0, fromText: true, unit: 'tkr' }],
  ['mnkr', '5,0 mnkr', undefined, { value: 5, decimals: 1, fromText: true, unit: 'mnkr' }],
];

const empty: [string, CellValue][] = [
  ['null', null],
  ['empty string', ''],
  ['spaces only', ' \u00A0 '],
  ['dash means no figure', '-'],
  ['en dash means no figure', '–'],
];

const unreadable: [string, CellValue, 'error-value' | 'not-a-number', string][] = [
  ['#REF! error value', { error: '#REF!' }, 'error-value', '#REF!'],
  ['#DIV/0! error value', { error: '#DIV/0!' }, 'error-value', '#DIV/0!'],
  ['#DIV/0! as text', '#DIV/0!', 'error-value', '#DIV/0!'],
  ['#N/A as text', '#N/A', 'error-value', '#N/A'],
  ['prose', 'Se kommentar', 'not-a-number', 'Se kommentar'],
  ['two numbers', '12 / 14', 'not-a-number', '12 / 14'],
  ['word with number', 'ca 400', 'not-a-number', 'ca 400'],
  ['boolean', true, 'not-a-number', 'SANT'],
  ['date', new Date(Date.UTC(2024, 7, 31)), 'not-a-number', '2024-08-31'],
];

describe('parseNumber', () => {
  test.each(readable)('%s', (_label, value, numFmt, expected) => {
    const p = parseNumber(value, numFmt);
    expect(p.problem).toBeUndefined();
    expect(p).toMatchObject(expected);
    if (expected.fromText) expect(p.raw).toBe(value);
  });

  test.each(empty)('%s is empty, not zero', (_label, value) => {
    const p = parseNumber(value);
    expect(p.value).toBeNull();
    expect(p.problem).toBeUndefined();
  });

  test.each(unreadable)('%s is reported', (_label, value, problem, raw) => {
    const p = parseNumber(value);
    expect(p.value).toBeNull();
    expect(p.problem).toBe(problem);
    expect(p.raw).toBe(raw);
  });

  test('never returns negative zero', () => {
    expect(Object.is(parseNumber('-0').value, 0)).toBe(true);
  });
});

describe('formatDecimals', () => {
  test.each([
    ['0.0', 1],
    ['#,##0', 0],
    ['#,##0.00;[Red]-#,##0.00', 2],
    ['0.0%', 1],
    ['General', undefined],
    [undefined, undefined],
    ['@', undefined],
  ])('%s → %s', (fmt, dec) => {
    expect(formatDecimals(fmt)).toBe(dec);
  });
});
