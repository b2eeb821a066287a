import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { UsageError } from '../../src/cli/args';
import { CannotRun, ERROR_CLASSES, StateSheetTaken, errorLine } from '../../src/cli/errors';
import { OutputFileError } from '../../src/cli/output-file';
import { WorkbookReadError, WorkbookWriteError, type WorkbookReadErrorCode, type WorkbookWriteErrorCode } from '../../src/xlsx/errors';
import { swedishLineProblems } from './swedish';

/**
 * Every exit 2 is one Swedish line naming the file and the cause (English under --lang en): each
 * error class the command line knows, each file-system cause, and the CLI's own catch.
 */

// The CLI's catch is checked by making the reader throw each error in turn.
let toThrow: unknown;
jest.mock('../../src/xlsx/read', () => {
  const actual = jest.requireActual('../../src/xlsx/read');
  return {
    ...actual,
    readWorkbook: async (...args: unknown[]) => {
      if (toThrow !== undefined) throw toThrow;
      return actual.readWorkbook(...args);
    },
  };
});
import { main, type CliIO } from '../../src/cli/main';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io: CliIO & { out: string; err: string } = { out: '', err: '', stdout: (t) => void (io.out += t), stderr: (t) => void (io.err += t) };
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const READ_CODES: WorkbookReadErrorCode[] = ['missing', 'not-a-file', 'no-access', 'empty', 'legacy-or-encrypted', 'not-xlsx', 'binary-xlsb', 'damaged'];
const WRITE_CODES: WorkbookWriteErrorCode[] = ['unknown-sheet', 'merged-cell', 'sheet-exists', 'bad-sheet-name', 'bad-address', 'bad-value', 'would-lose-content'];

/** One instance of every known class (and every code of the coded ones), with Swedish and English text. */
function instances(): [string, Error][] {
  const out: [string, Error][] = [
    ['UsageError', new UsageError('Okänt format "xml": välj text eller json.', 'Unknown format "xml": choose text or json.')],
    ['CannotRun', new CannotRun('Kartläggningsfilen k.json är inte giltig JSON.', 'The mapping file k.json is not valid JSON.')],
    ['StateSheetTaken', new StateSheetTaken('budget.xlsx', 'NÄMNDRAPPORT_DATA')],
  ];
  for (const c of READ_CODES) out.push([`WorkbookReadError ${c}`, new WorkbookReadError(c, `Filen budget.xlsx kan inte läsas (orsak ${READ_CODES.indexOf(c) + 1}).`, `The file budget.xlsx cannot be read (cause ${READ_CODES.indexOf(c) + 1}).`)]);
  for (const c of WRITE_CODES) out.push([`WorkbookWriteError ${c}`, new WorkbookWriteError(c, `budget.xlsx: cellen Drift!B5 kan inte skrivas (orsak ${WRITE_CODES.indexOf(c) + 1}). Inget har skrivits.`, `budget.xlsx: cell Drift!B5 cannot be written (cause ${WRITE_CODES.indexOf(c) + 1}). Nothing was written.`)]);
  for (const c of ['same-as-input', 'folder-missing', 'not-writable', 'is-folder', 'write-failed'] as const) {
    out.push([`OutputFileError ${c}`, new OutputFileError(c, `Utdatafilen ut.xlsx kan inte skrivas (orsak ${c.length}).`, `The output file ut.xlsx cannot be written (cause ${c.length}).`)]);
  }
  return out;
}

const sysError = (code: string, file: string) => Object.assign(new Error(`${code}: something, open '${file}'`), { code, path: file, syscall: 'open', errno: -2 });

describe('every error class the command line knows', () => {
  it('is listed, and each listed class has an instance here', () => {
    const covered = new Set(instances().map(([, e]) => e.constructor));
    for (const cls of ERROR_CLASSES) expect([cls.name, covered.has(cls)]).toEqual([cls.name, true]);
  });

  it.each(instances())('%s maps to its own Swedish line, and English under --lang en', (_name, e) => {
    const sv = errorLine(e, 'sv', 'budget.xlsx');
    expect(sv).toBe(e.message);
    expect(swedishLineProblems(sv)).toEqual([]);
    const en = errorLine(e, 'en', 'budget.xlsx');
    expect(en).not.toBe(sv);
    expect(en).toMatch(/\b(the|is|not|cannot|was|unknown|choose)\b/i);
  });

  it.each(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EMFILE', 'ENAMETOOLONG', 'ELOOP', 'EBUSY', 'EEXIST', 'EIO'])(
    'a file-system error %s names the file and its cause in Swedish, no code word leaks',
    (code) => {
      const line = errorLine(sysError(code, '/data/budget.xlsx'), 'sv', 'budget.xlsx');
      expect(line).toContain('budget.xlsx');
      expect(swedishLineProblems(line)).toEqual([]);
      expect(errorLine(sysError(code, '/data/budget.xlsx'), 'en')).toMatch(/^The file budget\.xlsx /);
    },
  );

  it('a stack overflow or a too-long string is a size problem of the workbook, not an unexpected error', () => {
    for (const e of [new RangeError('Maximum call stack size exceeded'), new RangeError('Invalid string length')]) {
      const line = errorLine(e, 'sv', '/x/budget.xlsx');
      expect(line).toMatch(/^budget\.xlsx är för stor/);
      expect(swedishLineProblems(line)).toEqual([]);
    }
  });

  it('an unknown error is one Swedish line that shows no internal text', () => {
    const line = errorLine(new TypeError('(saved ?? []).forEach is not a function'), 'sv', 'budget.xlsx');
    expect(line).not.toContain('forEach');
    expect(line).toContain('budget.xlsx');
  });
});

describe("the CLI's catch", () => {
  afterEach(() => {
    toThrow = undefined;
  });

  it.each([...instances(), ['ENOENT', sysError('ENOENT', '/nonexistent/dir/x.xlsx')] as [string, Error], ['stack overflow', new RangeError('Maximum call stack size exceeded')] as [string, Error]])(
    '%s: exit 2, exactly the mapped line, no stack, in both languages',
    async (_name, e) => {
      toThrow = e;
      for (const lang of ['sv', 'en'] as const) {
        const argv = ['validate', 'budget.xlsx', ...(lang === 'en' ? ['--lang', 'en'] : [])];
        const r = await cli(argv);
        expect(r.code).toBe(2);
        expect(r.out).toBe('');
        expect(r.err).toBe(`namndrapport: ${errorLine(e, lang, 'budget.xlsx')}\n`);
        if (lang === 'sv') expect(swedishLineProblems(r.err)).toEqual([]);
      }
    },
  );

  describe('real failures on disk', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nr-fel-'));
    const folder = path.join(dir, 'mapp.xlsx');
    mkdirSync(folder);
    const notJson = path.join(dir, 'karta.json');
    writeFileSync(notJson, '{ inte json');
    it.each([
      ['missing input', ['validate', path.join(dir, 'finns-inte', 'x.xlsx')], /finns inte/, /does not exist/],
      ['input is a folder', ['map', folder], /är en mapp/, /is a folder/],
      ['missing --mapping file', ['validate', folder, '--mapping', path.join(dir, 'saknas.json')], null, null],
      ['bad argument', ['validate', 'a.xlsx', '--format', 'xml'], /Okänt format/, /Unknown format/],
      ['missing option value', ['validate', 'a.xlsx', '--format'], /behöver ett värde/, /needs a value/],
      ['unknown command', ['frobnicate'], /Okänt kommando/, /Unknown command/],
      ['output missing', ['fill', 'a.xlsx'], /-o <ut\.xlsx>/, /-o <out\.xlsx>/],
      ['output folder missing', ['report', folder, '-o', path.join(dir, 'nej', 'ut.xlsx')], /finns inte/, /does not exist/],
    ] as [string, string[], RegExp | null, RegExp | null][])('%s', async (_name, argv, sv, en) => {
      const r = await cli(argv);
      expect(r.code).toBe(2);
      expect(swedishLineProblems(r.err)).toEqual([]);
      if (sv) expect(r.err).toMatch(sv);
      const e = await cli([...argv, '--lang', 'en']);
      expect(e.code).toBe(2);
      expect(e.err.trim().split('\n')).toHaveLength(1);
      expect(e.err).not.toMatch(/[åäö]/);
      if (en) expect(e.err).toMatch(en);
    });
  });
});
