import { createFakeExcel } from '../../src/excel/fake';
import { jsonSize, isPayloadError } from '../../src/excel';
import { sheetFromValues } from '../../src/grid/sheet';

/** The payload size the in-browser Excel enforces is the UTF-8 length of the JSON, exactly. */

describe('jsonSize', () => {
  const samples: unknown[] = [
    null,
    true,
    false,
    0,
    -166300,
    0.1 + 0.2,
    1e21,
    '',
    'Verksamhetens nettokostnader',
    'Avv. prognos/ budget 2024 – −5,0 mnkr',
    'citat "så här" och \\ snedstreck\ttab\nrad',
    'emoji 📊 och \u0001',
    [['', 'General', 'Double'], [1, 2.5, 'å']],
    { format: { fill: { color: '#FFFFFF', pattern: 'None' }, font: { bold: false }, indentLevel: 0 } },
    { a: [1, { b: 'ö' }], skip: undefined },
  ];
  it.each(samples.map((s) => [JSON.stringify(s), s]))('equals the UTF-8 bytes of JSON.stringify for %s', (_label, value) => {
    expect(jsonSize(value)).toBe(Buffer.byteLength(JSON.stringify(value), 'utf8'));
  });

  it('the in-browser Excel counts at least the JSON of what it returns', async () => {
    const values = [
      ['Bedömning', 'Målvärde'],
      ['Uppfyllt – väl över målet', '>75'],
    ];
    const fake = createFakeExcel({ sheets: [sheetFromValues('Mål', values)] });
    const got = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Mål').getRange('A1:B2').load('values') as { values: unknown };
      await ctx.sync();
      return r;
    });
    expect(got.values).toEqual(values);
    expect(fake.stats.maxResponseBytes).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(values), 'utf8'));
    expect(fake.stats.maxResponseBytes).toBeLessThan(Buffer.byteLength(JSON.stringify(values), 'utf8') + 20);
  });

  it('knows Excel’s payload error codes', () => {
    for (const code of ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']) expect(isPayloadError({ code })).toBe(true);
    expect(isPayloadError({ code: 'ItemNotFound' })).toBe(false);
    expect(isPayloadError(new Error('x'))).toBe(false);
  });
});
