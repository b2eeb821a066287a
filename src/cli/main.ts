import { promises as fs } from 'fs';
import * as path from 'path';
import { parseArgs, UsageError, type ParsedArgs } from './args';
// The reader only: validate and map never load the writer (fill and report import it when they run).
import { readWorkbook } from '../xlsx/read';
import { expandInputs, isBatch, runBatch } from './batch';
import { mapWorkbook, buildModel, readSynonyms, type SynonymData } from '../mapping';
import { validate } from '../rules';
import { planFill, GOAL_RULES, BUILTIN_SCALES, type FillSettings, type GoalRule } from '../assessment';
import { mappingRecurring } from '../mapping/recurring-pass';
import { formatMappingText, mappingJson, formatFindingsText, validateJson, kindName, workbookRelations } from '../format';
import type { WorkbookGrid } from '../grid/types';
import type { WorkbookMapping } from '../model/mapping-types';
import type { Finding } from '../model/finding';
import { CannotRun, assertStateSheetFree, errorLine, languageOf, workbookArg } from './errors';
import { checkOutput, writeOutputFile } from './output-file';
import { readToolStateChecked, stateFindings } from '../grid/tool-state';

/** Exit codes: 0 = ran, no errors; 1 = ran, error findings; 2 = could not run. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};


const HELP = `namndrapport – kontrollera och sammanställ nämndens delårs- och årsrapport i Excel

Användning:
  namndrapport map <arbetsbok.xlsx> [--format text|json] [--mapping fil.json]
      Visa vilka tabeller som hittades och hur rader och kolumner tolkades.
  namndrapport validate <arbetsbok.xlsx> [--format text|json] [--mapping fil.json]
      Kontrollera summor, avvikelser, differenser och text som citerar belopp.
  namndrapport validate <a.xlsx> <b.xlsx> … | <MAPP>
      Kontrollera flera arbetsböcker (eller alla .xlsx i en mapp) i en körning,
      med en sammanfattning per nämnd till sist.
  namndrapport fill <arbetsbok.xlsx> -o <ut.xlsx> [--format text|json] [--mapping fil.json]
                   [--scale goal4|keyFigure2019|goal2019|board] [--goal-scale …] [--goal-rule worst|average|allMet]
                   [--project-cumulative]
      Fyll i tomma Bedömning-celler utifrån målvärden (indatafilen ändras aldrig).
      Valda inställningar sparas i arbetsboken och gäller nästa gång.
  namndrapport report <arbetsbok.xlsx> -o <ut.xlsx> [--format text|json] [--mapping fil.json]
      Lägg till rapportblad ("Rapport Drift" m.fl.) med utkast till text.

Flaggor:
  --format text|json   utdataformat (standard: text)
  --mapping fil.json   använd en sparad kartläggning i stället för att tolka bladen
  --synonyms fil.json  nämndens egna benämningar på blad, rubriker och rader
                       (samma form som src/mapping/synonym-data.json)
  --lang sv|en         språk för meddelanden (standard: sv)
  -h, --help           visa denna hjälp
  -v, --version        visa versionen

Slutkoder: 0 = körningen gick bra utan fel, 1 = fel hittades, 2 = kunde inte köras.
`;

function version(): string {
  // package.json sits two levels above both src/cli and build/cli/cli.
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pkg = require(path.join(__dirname, rel)) as { name?: string; version?: string };
      if (pkg.name === 'namndrapport' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'okänd';
}

function formatOption(args: ParsedArgs): 'text' | 'json' {
  const f = args.options.format ?? 'text';
  if (f !== 'text' && f !== 'json') throw new UsageError(`Okänt format "${String(f)}": välj text eller json.`, `Unknown format "${String(f)}": choose text or json.`);
  return f;
}

function inputPath(args: ParsedArgs): string {
  const [file, ...extra] = args.positionals;
  if (!file) throw new UsageError(`Ange en arbetsbok: namndrapport ${args.command} <arbetsbok.xlsx>`, `Give a workbook: namndrapport ${args.command} <workbook.xlsx>`);
  if (extra.length > 0) throw new UsageError(`Okänt argument: ${extra[0]}`, `Unknown argument: ${extra[0]}`);
  return file;
}

function outputPath(args: ParsedArgs, input: string): string {
  const out = args.options.output;
  if (typeof out !== 'string') throw new UsageError(`Ange utdatafil med -o <ut.xlsx>: namndrapport ${args.command} ${input} -o ut.xlsx`, `Give an output file with -o <out.xlsx>: namndrapport ${args.command} ${input} -o out.xlsx`);
  if (path.resolve(out) === path.resolve(input)) throw new UsageError(`Utdatafilen ${out} får inte vara samma som indatafilen; indatafilen ändras aldrig.`, `The output file ${out} must not be the input file; the input is never changed.`);
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`Utdatafilen måste sluta på .xlsx: ${out}`, `The output file must end in .xlsx: ${out}`);
  return out;
}

const whatEn = (what: string): string => (what === 'Synonymfilen' ? 'The synonyms file' : what === 'Kartläggningsfilen' ? 'The mapping file' : what);

async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new CannotRun(`${what} ${file} finns inte eller kan inte läsas.`, `${whatEn(what)} ${file} does not exist or cannot be read.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CannotRun(`${what} ${file} är inte giltig JSON.`, `${whatEn(what)} ${file} is not valid JSON.`);
  }
}

/** --synonyms: the board's own labels, in the shape of src/mapping/synonym-data.json. */
async function loadSynonyms(args: ParsedArgs): Promise<SynonymData | undefined> {
  const file = args.options.synonyms;
  if (file === undefined) return undefined;
  if (typeof file !== 'string') throw new UsageError('Flaggan --synonyms behöver en fil.', 'The option --synonyms needs a file.');
  const synonyms = readSynonyms(await readJsonFile(file, 'Synonymfilen'));
  if (!synonyms) throw new CannotRun(`Synonymfilen ${file} innehåller inga benämningar i rätt form (se src/mapping/README.md).`, `The synonyms file ${file} holds no labels of the right shape (see src/mapping/README.md).`);
  return synonyms;
}

async function loadMapping(args: ParsedArgs, wb: WorkbookGrid): Promise<WorkbookMapping> {
  const extraSynonyms = await loadSynonyms(args);
  const file = args.options.mapping;
  if (file === undefined) return mapWorkbook(wb, { extraSynonyms });
  if (typeof file !== 'string') throw new UsageError('Flaggan --mapping behöver en fil.', 'The option --mapping needs a file.');
  const m = (await readJsonFile(file, 'Kartläggningsfilen')) as Partial<WorkbookMapping> | null;
  if (!m || m.version !== 1 || !Array.isArray(m.tables)) {
    throw new CannotRun(`Kartläggningsfilen ${file} har fel format (förväntade version 1 med "tables").`, `The mapping file ${file} has the wrong format (expected version 1 with "tables").`);
  }
  return mapWorkbook(wb, { saved: { unmapped: [], period: { kind: 'unknown' }, ...m } as WorkbookMapping, extraSynonyms });
}

function localize(findings: Finding[], args: ParsedArgs): Finding[] {
  if (args.options.lang !== 'en') return findings;
  return findings.map((f) => ({ ...f, message: f.messageEn ?? f.message }));
}

/** Read the workbook, map it (or take --mapping) and build the model: what every command needs. */
async function loadReport(file: string, args: ParsedArgs) {
  const wb = await readWorkbook(file);
  const mapping = await loadMapping(args, wb);
  const { model, findings } = buildModel(wb, mapping);
  // What was dropped from a damaged state sheet is told as warnings, before the rules' findings.
  const readFindings = [...stateFindings(readToolStateChecked(wb), args.options.lang === 'en' ? 'en' : 'sv'), ...findings];
  return { wb, mapping, model, readFindings };
}

async function validateOne(file: string, args: ParsedArgs) {
  const { wb, mapping, model, readFindings } = await loadReport(file, args);
  const findings = validate(model, wb, { prior: readFindings, language: args.options.lang === 'en' ? 'en' : 'sv' });
  return { mapping, findings };
}

async function runValidate(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = formatOption(args);
  if (await isBatch(args.positionals)) {
    if (args.options.mapping !== undefined) throw new UsageError('Flaggan --mapping gäller en arbetsbok; ange en fil i taget med --mapping.', 'The --mapping flag applies to one workbook; give one file at a time with --mapping.');
    const files = await expandInputs(args.positionals);
    const progress = io === processIO && process.stderr.isTTY === true;
    return runBatch(files, (file) => validateOne(file, args), io, { format, progress });
  }
  const file = inputPath(args);
  const { mapping, findings } = await validateOne(file, args);
  if (format === 'json') io.stdout(JSON.stringify(validateJson(file, mapping, findings), null, 2) + '\n');
  else {
    if (mapping.tables.length === 0) io.stdout('Inga tabeller kunde kännas igen; inget att kontrollera.\n');
    io.stdout(formatFindingsText(file, findings));
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

async function runMap(args: ParsedArgs, io: CliIO): Promise<number> {
  const file = inputPath(args);
  const format = formatOption(args);
  const wb = await readWorkbook(file);
  const mapping = await loadMapping(args, wb);
  const relations = workbookRelations(wb);
  const recurring = mappingRecurring(wb, mapping);
  io.stdout(format === 'json' ? JSON.stringify(mappingJson(file, mapping, relations, recurring), null, 2) + '\n' : formatMappingText(file, mapping, relations, recurring));
  return EXIT_OK;
}

function fillSettings(args: ParsedArgs): FillSettings {
  const settings: FillSettings = {};
  // "board": the board's own scale as its legend in the workbook gives it.
  const scaleIds = [...BUILTIN_SCALES.map((s) => s.id), 'board'];
  for (const key of ['scale', 'goal-scale'] as const) {
    const v = args.options[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !scaleIds.includes(v)) throw new UsageError(`Okänd skala "${String(v)}": välj ${scaleIds.join(', ')}.`, `Unknown scale "${String(v)}": choose ${scaleIds.join(', ')}.`);
    if (key === 'scale') settings.scale = v;
    else settings.goalScale = v;
  }
  const rule = args.options['goal-rule'];
  if (rule !== undefined) {
    if (typeof rule !== 'string' || !(GOAL_RULES as readonly string[]).includes(rule)) {
      throw new UsageError(`Okänd målregel "${String(rule)}": välj ${GOAL_RULES.join(', ')}.`, `Unknown goal rule "${String(rule)}": choose ${GOAL_RULES.join(', ')}.`);
    }
    settings.goalRule = rule as GoalRule;
  }
  if (args.options['project-cumulative']) settings.projectCumulative = true;
  return settings;
}

async function runFill(args: ParsedArgs, io: CliIO): Promise<number> {
  const file = inputPath(args);
  const out = outputPath(args, file);
  const format = formatOption(args);
  const settings = fillSettings(args);
  await checkOutput(file, out);
  const { wb, model } = await loadReport(file, args);
  assertStateSheetFree(wb, file);
  const result = planFill(wb, model, settings);
  const { applyWritePlan } = await import('../xlsx/apply-plan');
  await writeOutputFile(file, out, await applyWritePlan(file, result.plan));
  const findings = localize(result.findings, args);
  if (format === 'json') {
    io.stdout(JSON.stringify({ file, output: out, scales: result.scales, filled: result.filled, skipped: result.skipped, findings }, null, 2) + '\n');
  } else {
    const lines = [`${file} → ${out}: ${result.filled.length} bedömningar ifyllda, ${result.skipped.length} hoppades över`];
    const sc = result.scales.indicator;
    const from = { setting: 'vald', cells: 'ur ifyllda bedömningar', legend: 'ur förklaringen', default: 'standard', none: 'kan inte läsas' }[sc.source];
    lines.push(`  Skala: ${sc.name || '–'} (${from}${sc.where ? ` i ${sc.where}` : ''})${sc.levels?.length ? `: ${sc.levels.map((l) => `${l.name} = ${l.rule}`).join('; ')}` : ''}`);
    for (const f of result.filled) lines.push(`  ${f.sheet}!${f.cell}: ${f.value} – ${f.indicator}: ${f.reason}`);
    for (const s of result.skipped) lines.push(`  ${s.sheet}!${s.cell}: hoppades över – ${s.reason}`);
    io.stdout(lines.join('\n') + '\n');
  }
  return EXIT_OK;
}

async function runReport(args: ParsedArgs, io: CliIO): Promise<number> {
  const file = inputPath(args);
  const out = outputPath(args, file);
  const format = formatOption(args);
  await checkOutput(file, out);
  const { wb, mapping, model, readFindings } = await loadReport(file, args);
  assertStateSheetFree(wb, file);
  const [{ planReport, reportWarnings }, { applyWritePlan }] = await Promise.all([import('../report'), import('../xlsx/apply-plan')]);
  // Said before anything is written: tables with rows not understood or open errors.
  const warnings = reportWarnings(mapping, validate(model, wb, { prior: readFindings }));
  if (format !== 'json') for (const w of warnings) io.stdout(`OBS: ${w}\n`);
  const result = planReport(wb, model);
  await writeOutputFile(file, out, await applyWritePlan(file, result.plan));
  if (format === 'json') {
    io.stdout(JSON.stringify({ file, output: out, warnings, sheets: result.sheets, text: result.text, notes: result.notes }, null, 2) + '\n');
  } else {
    const lines = [`${file} → ${out}: ${result.sheets.length} rapportblad`];
    for (const s of result.sheets) lines.push(`  ${s.name} (${kindName(s.kind)})`);
    if (result.text.length > 0) lines.push('', 'Utkast till text:');
    for (const t of result.text) lines.push(`  [${t.section}] ${t.paragraph}`);
    for (const n of result.notes) lines.push(`  OBS: ${n}`);
    io.stdout(lines.join('\n') + '\n');
  }
  return EXIT_OK;
}

const COMMANDS: Record<string, (args: ParsedArgs, io: CliIO) => Promise<number>> = {
  map: runMap,
  validate: runValidate,
  fill: runFill,
  report: runReport,
};

export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.options.version) {
      io.stdout(`namndrapport ${version()}\n`);
      return EXIT_OK;
    }
    if (args.options.help || args.command === 'help') {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (!args.command) {
      io.stderr(HELP);
      return EXIT_CANNOT_RUN;
    }
    const run = COMMANDS[args.command];
    if (!run) throw new UsageError(`Okänt kommando "${args.command}". Kör namndrapport --help för hjälp.`, `Unknown command "${args.command}". Run namndrapport --help for help.`);
    return await run(args, io);
  } catch (e) {
    // Every failure is one line in the asked language (src/cli/errors.ts), never a stack.
    io.stderr(`namndrapport: ${errorLine(e, languageOf(argv), workbookArg(argv))}\n`);
    if (process.env.NAMNDRAPPORT_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    return EXIT_CANNOT_RUN;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
