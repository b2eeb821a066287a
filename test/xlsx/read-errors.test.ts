import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { readWorkbook, WorkbookReadError, applyWritePlan, listZipEntries } from '../../src/xlsx';
import { emptyPlan } from '../../src/grid/write-plan';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
const SAMPLE = path.join(SEEDS, 'delarsrapport-2024.xlsx');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndrapport-xlsx-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function readError(input: string | Buffer): Promise<WorkbookReadError> {
  try {
    await readWorkbook(input);
  } catch (err) {
    if (err instanceof WorkbookReadError) return err;
    throw err;
  }
  throw new Error('expected a WorkbookReadError');
}

/** A Swedish message for a person: no stack trace, no raw library error. */
function expectFriendly(err: WorkbookReadError): void {
  expect(err.name).toBe('WorkbookReadError');
  expect(err.message).not.toMatch(/\n\s+at |Error:|undefined|ENOENT|Cannot|End of data/);
  expect(err.message).toMatch(/[åäö]|Filen|arbetsbok/);
  expect(err.messageEn.length).toBeGreaterThan(10);
}

describe('WorkbookReadError', () => {
  it('a missing file', async () => {
    const err = await readError(path.join(dir, 'finns-inte.xlsx'));
    expect(err.code).toBe('missing');
    expect(err.message).toMatch(/finns inte/);
    expectFriendly(err);
  });

  it('a text file named x.xlsx', async () => {
    const file = path.join(dir, 'x.xlsx');
    fs.writeFileSync(file, 'Belopp i tkr;Budget 2024\nLokalhyror;-17 416\n', 'utf8');
    const err = await readError(file);
    expect(err.code).toBe('not-xlsx');
    expect(err.message).toContain('x.xlsx');
    expect(err.message).toMatch(/ingen Excel-arbetsbok/);
    expectFriendly(err);
  });

  it('an empty file', async () => {
    const file = path.join(dir, 'tom.xlsx');
    fs.writeFileSync(file, '');
    const err = await readError(file);
    expect(err.code).toBe('empty');
    expectFriendly(err);
  });

  it('a folder', async () => {
    const err = await readError(dir);
    expect(err.code).toBe('not-a-file');
    expectFriendly(err);
  });

  it('an old .xls or password-protected file (OLE container)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const err = await readError(ole);
    expect(err.code).toBe('legacy-or-encrypted');
    expect(err.message).toMatch(/lösenordsskyddad|\.xls/);
    expectFriendly(err);
  });

  it('a truncated xlsx', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const err = await readError(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(err.code).toBe('damaged');
    expect(err.message).toMatch(/skadad/);
    expectFriendly(err);
  });

  it('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hej');
    const err = await readError(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(err.code).toBe('not-xlsx');
    expect(err.message).toMatch(/zip-arkiv/);
    expectFriendly(err);
  });

  it('an xlsx whose workbook part is garbage', async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
    zip.file('xl/workbook.xml', '<<< inte xml');
    const err = await readError(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(err.code).toBe('damaged');
    expectFriendly(err);
  });

  it('applyWritePlan reports the same errors', async () => {
    await expect(applyWritePlan(path.join(dir, 'saknas.xlsx'), emptyPlan())).rejects.toBeInstanceOf(WorkbookReadError);
  });
});

describe('listZipEntries', () => {
  it('lists the parts of an xlsx and returns null for other bytes', () => {
    const entries = listZipEntries(fs.readFileSync(SAMPLE));
    expect(entries).toEqual(expect.arrayContaining(['xl/workbook.xml', '[Content_Types].xml']));
    expect(listZipEntries(Buffer.from('inte en zip, bara text som är tillräckligt lång'))).toBeNull();
  });
});
