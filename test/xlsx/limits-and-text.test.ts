import { unzipSync } from 'fflate';
import { applyWritePlan, readWorkbook, writeWorkbook, WorkbookReadError } from '../../src/xlsx';
import { sheetFromValues } from '../../src/grid/sheet';
import type { WritePlan } from '../../src/grid/write-plan';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('read limits', () => {
  it('refuses a workbook over the cell limit with one Swedish line', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [i, i * 2, `rad ${i}`]);
    const input = await writeWorkbook({ sheets: [sheetFromValues('Data', rows)] });
    await expect(readWorkbook(input)).resolves.toBeDefined();
    const err = await readWorkbook(input, { limits: { maxCells: 100 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).code).toBe('too-large');
    expect((err as Error).message).toMatch(/^Filen arbetsboken är för stor för att läsas .*Dela upp arbetsboken/);
    expect((err as Error).message).not.toContain('\n');
  });

  it('refuses a workbook whose parts inflate beyond the limit, before inflating them', async () => {
    const input = await writeWorkbook({ sheets: [sheetFromValues('Data', [['x'.repeat(5000)]])] });
    const err = await readWorkbook(input, { limits: { maxInflatedBytes: 2000 } }).catch((e: unknown) => e);
    expect((err as WorkbookReadError).code).toBe('too-large');
  });
});

describe('text the tool writes that Excel would read as a formula', () => {
  it('is an inline string with a cell format carrying quotePrefix, in edits and in new sheets', async () => {
    const input = await writeWorkbook({ sheets: [sheetFromValues('Mål', [['Indikator', 'Bedömning'], ['Andel', null]])] });
    const plan: WritePlan = {
      edits: [
        { sheet: 'Mål', cell: 'B2', value: '=SUMMA(A1)' },
        { sheet: 'Mål', cell: 'C2', value: 'Uppfyllt' },
      ],
      deleteSheets: [],
      addSheets: [{ grid: sheetFromValues('Rapport', [['-varav arvoden', '+5'], ['@x', 'vanlig']]) }],
    };
    const out = await applyWritePlan(input, plan);
    const parts = unzipSync(out);
    const styles = decode(parts['xl/styles.xml']);
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const cellsOf = (xml: string) => new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>[\s\S]*?<\/c>/g)].map((m) => [m[1], m[0]]));
    const prefixed = (raw: string | undefined) => /quotePrefix="1"/.test(xfs[Number(/\ss="(\d+)"/.exec(raw ?? '')?.[1] ?? 0)] ?? '');
    const mal = cellsOf(decode(parts['xl/worksheets/sheet1.xml']));
    const rapport = cellsOf(decode(parts['xl/worksheets/sheet2.xml']));
    expect(mal.get('B2')).toContain('t="inlineStr"');
    expect(mal.get('B2')).not.toMatch(/<f>/);
    expect(prefixed(mal.get('B2'))).toBe(true);
    expect(prefixed(mal.get('C2'))).toBe(false);
    expect(prefixed(rapport.get('A1'))).toBe(true);
    expect(prefixed(rapport.get('B1'))).toBe(true);
    expect(prefixed(rapport.get('A2'))).toBe(true);
    expect(prefixed(rapport.get('B2'))).toBe(false);
    const back = await readWorkbook(out);
    expect(back.sheets[0].rows[1]?.[1]).toMatchObject({ value: '=SUMMA(A1)' });
    expect(back.sheets[0].rows[1]?.[1]?.formula).toBeUndefined();
  });
});
