import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookMapping } from '../model/mapping-types';
import type { Finding } from '../model/finding';
import { formatFindingsText, validateJson } from '../format';
import { WorkbookReadError } from '../xlsx/errors';
import { CannotRun } from './errors';

/**
 * `namndrapport validate a.xlsx b.xlsx …` and `validate MAPP/`: a municipality's boards in one
 * process. Each workbook is read, checked and printed as a single `validate` prints it, then a
 * summary table; one workbook that cannot be read costs that workbook only.
 */

export interface BatchIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface OneResult {
  mapping: WorkbookMapping;
  findings: Finding[];
}

export interface BatchOptions {
  format: 'text' | 'json';
  /** Show "[3/20] fil.xlsx" on stderr while working (a terminal only). */
  progress: boolean;
}

/** Thrown for input that names no workbook at all (exit 2 with its one line). */
/** A folder or list that holds no workbook: one line, like every other refusal (src/cli/errors.ts). */
export class BatchInputError extends CannotRun {
  override readonly name: string = 'BatchInputError';
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** More than one file, or a folder: the batch mode. */
export async function isBatch(positionals: readonly string[]): Promise<boolean> {
  return positionals.length > 1 || (positionals.length === 1 && (await isDirectory(positionals[0])));
}

/** The workbooks named: files as given, folders by their .xlsx/.xlsm files (not Excel's ~$ lock files), in name order. */
export async function expandInputs(positionals: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of positionals) {
    if (await isDirectory(p)) {
      const names = (await fs.readdir(p)).filter((n) => WORKBOOK.test(n) && !n.startsWith('~$') && !n.startsWith('.')).sort((a, b) => a.localeCompare(b, 'sv'));
      if (names.length === 0) throw new BatchInputError(`Mappen ${p} innehåller inga Excel-arbetsböcker (.xlsx).`, `The folder ${p} holds no Excel workbooks (.xlsx).`);
      for (const n of names) out.push(path.join(p, n));
    } else out.push(p);
  }
  return out;
}

function periodText(mapping: WorkbookMapping): string {
  const p = mapping.period;
  if (p.kind === 'interim') return `delår ${p.cutoff}`;
  if (p.kind === 'annual') return `år ${p.year}`;
  return 'okänd';
}

interface Row {
  file: string;
  board: string;
  period: string;
  tables: string;
  errors: string;
  warnings: string;
}

function table(rows: Row[]): string {
  const head: Row = { file: 'Arbetsbok', board: 'Nämnd', period: 'Period', tables: 'Tabeller', errors: 'Fel', warnings: 'Varningar' };
  const all = [head, ...rows];
  const keys: (keyof Row)[] = ['file', 'board', 'period', 'tables', 'errors', 'warnings'];
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(...all.map((r) => r[k].length))])) as Record<keyof Row, number>;
  const numeric = new Set<keyof Row>(['tables', 'errors', 'warnings']);
  return all
    .map((r) => keys.map((k) => (numeric.has(k) ? r[k].padStart(width[k]) : r[k].padEnd(width[k]))).join('  ').trimEnd())
    .join('\n');
}

/** Exit code: 1 if any workbook has errors, 2 only when none could be read, else 0. */
export async function runBatch(files: readonly string[], validateOne: (file: string) => Promise<OneResult>, io: BatchIO, options: BatchOptions): Promise<number> {
  const rows: Row[] = [];
  const json: object[] = [];
  let read = 0;
  let withErrors = 0;
  let totalErrors = 0;
  let totalWarnings = 0;
  const clear = () => options.progress && io.stderr('\r\x1b[K');
  for (const [i, file] of files.entries()) {
    if (options.progress) io.stderr(`\r\x1b[K[${i + 1}/${files.length}] ${path.basename(file)}`);
    let result: OneResult;
    try {
      result = await validateOne(file);
    } catch (err) {
      const message = err instanceof WorkbookReadError ? err.message : `${file}: ett oväntat fel inträffade (${(err instanceof Error ? err.message : String(err)).split('\n')[0]}).`;
      clear();
      if (options.format === 'json') json.push({ file, error: message });
      else io.stderr(`namndrapport: ${message}\n`);
      rows.push({ file: path.basename(file), board: 'kunde inte läsas', period: '–', tables: '–', errors: '–', warnings: '–' });
      continue;
    }
    read++;
    const { mapping, findings } = result;
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    totalErrors += errors;
    totalWarnings += warnings;
    if (errors > 0) withErrors++;
    clear();
    if (options.format === 'json') {
      json.push({ board: mapping.board ?? null, period: mapping.period, ...validateJson(file, mapping, findings) });
    } else {
      if (i > 0) io.stdout('\n');
      if (mapping.tables.length === 0) io.stdout('Inga tabeller kunde kännas igen; inget att kontrollera.\n');
      io.stdout(formatFindingsText(file, findings));
    }
    rows.push({ file: path.basename(file), board: mapping.board ?? 'nämnd okänd', period: periodText(mapping), tables: String(mapping.tables.length), errors: String(errors), warnings: String(warnings) });
  }
  clear();
  const unreadable = files.length - read;
  if (options.format === 'json') {
    io.stdout(JSON.stringify({ workbooks: json, summary: { workbooks: files.length, read, unreadable, withErrors, errors: totalErrors, warnings: totalWarnings } }, null, 2) + '\n');
  } else {
    const n = files.length;
    io.stdout(`\nSammanfattning: ${n} ${n === 1 ? 'arbetsbok' : 'arbetsböcker'}, ${read} lästa${unreadable ? `, ${unreadable} kunde inte läsas` : ''}, ${totalErrors} fel, ${totalWarnings} varningar\n`);
    io.stdout(table(rows) + '\n');
  }
  if (read === 0) return 2;
  return withErrors > 0 ? 1 : 0;
}
