import * as path from 'path';

/**
 * `validate` (one workbook or a folder) must not load the writer: a municipality's twenty boards
 * are checked in one process, and every module it loads is start-up cost. The writer modules are
 * replaced by ones that fail when loaded; validate and map must still run.
 */
jest.mock('../../src/xlsx/apply-plan', () => {
  throw new Error('the writer (src/xlsx/apply-plan) was loaded');
});
jest.mock('../../src/xlsx/styles-write', () => {
  throw new Error('the writer (src/xlsx/styles-write) was loaded');
});
jest.mock('../../src/report', () => {
  throw new Error('the report generator was loaded');
});

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');

it('validate and map run without loading the writer or the report generator', async () => {
  const { main } = await import('../../src/cli/main');
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  expect(await main(['validate', SEEDS], io)).toBe(1);
  expect(io.out).toMatch(/Sammanfattning: 2 arbetsböcker/);
  expect(await main(['map', path.join(SEEDS, 'arsbokslut-2019.xlsx')], io)).toBe(0);
  expect(io.err).toBe('');
});
