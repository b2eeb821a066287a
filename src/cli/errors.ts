import * as path from 'path';
import { UsageError } from './args';
import { WorkbookReadError, WorkbookWriteError } from '../xlsx/errors';
import { OutputFileError } from './output-file';
import { stateSheetTaken } from '../grid/tool-state';
import type { WorkbookGrid } from '../grid/types';

/**
 * Every way the command line can fail to run, turned into one line for the person at the
 * terminal: Swedish, naming the file and the cause, English under --lang en, never a stack
 * trace or a programming message. `main` routes its catch through `errorLine`; the test in
 * test/hardening/errors.test.ts enumerates ERROR_CLASSES and checks each maps to its own line.
 */

export type Language = 'sv' | 'en';

/** A failure with one clear line for the user, Swedish and English. */
export class CannotRun extends Error {
  override readonly name: string = 'CannotRun';
  readonly messageEn: string;

  constructor(message: string, messageEn?: string) {
    super(message);
    this.messageEn = messageEn ?? message;
  }
}

/**
 * A user's sheet holds the name of the tool's hidden data sheet (visible, or in another case:
 * "NÄMNDRAPPORT_DATA"). Excel compares sheet names without case, so the tool could only save
 * its data by replacing that sheet: it refuses instead, and says which sheet to rename.
 */
export class StateSheetTaken extends CannotRun {
  override readonly name = 'StateSheetTaken';

  constructor(file: string, sheet: string) {
    super(
      `${file}: bladet "${sheet}" har samma namn som verktygets dolda datablad (Nämndrapport_data) och är arbetsbokens eget; verktyget ändrar det aldrig. Byt namn på bladet och kör igen. Inget har skrivits.`,
      `${file}: the sheet "${sheet}" has the name of the tool's hidden data sheet (Nämndrapport_data) and belongs to the workbook; the tool never changes it. Rename the sheet and run again. Nothing was written.`,
    );
  }
}

/** Refuse to save when a user's sheet has taken the state sheet's name (see StateSheetTaken). */
export function assertStateSheetFree(wb: WorkbookGrid, file: string): void {
  const taken = stateSheetTaken(wb);
  if (taken) throw new StateSheetTaken(path.basename(file), taken.name);
}

/** Every error class the command line knows, for the test that checks each has its line. */
export const ERROR_CLASSES = [UsageError, CannotRun, StateSheetTaken, WorkbookReadError, WorkbookWriteError, OutputFileError] as const;

const FS_CAUSES: Record<string, { sv: string; en: string }> = {
  ENOENT: { sv: 'finns inte', en: 'does not exist' },
  ENOTDIR: { sv: 'finns inte (en del av sökvägen är ingen mapp)', en: 'does not exist (part of the path is not a folder)' },
  EISDIR: { sv: 'är en mapp, inte en fil', en: 'is a folder, not a file' },
  EACCES: { sv: 'kan inte öppnas: behörighet saknas', en: 'cannot be opened: permission denied' },
  EPERM: { sv: 'kan inte öppnas: åtgärden är inte tillåten', en: 'cannot be opened: operation not permitted' },
  EROFS: { sv: 'ligger på en skrivskyddad disk', en: 'is on a read-only disk' },
  ENOSPC: { sv: 'kan inte skrivas: disken är full', en: 'cannot be written: the disk is full' },
  EMFILE: { sv: 'kan inte öppnas: för många öppna filer', en: 'cannot be opened: too many open files' },
  ENAMETOOLONG: { sv: 'har ett för långt namn', en: 'has too long a name' },
  ELOOP: { sv: 'är en genväg som pekar på sig själv', en: 'is a link that points at itself' },
  EBUSY: { sv: 'används av ett annat program', en: 'is in use by another program' },
  EEXIST: { sv: 'finns redan', en: 'already exists' },
};

function isErrno(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code ?? '');
}

/** One line, whatever the message held. */
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The line for an error. `file` names the workbook the command was working on, for causes
 * that carry no file of their own (a stack overflow, an unknown error).
 */
export function errorLine(e: unknown, lang: Language, file?: string): string {
  const en = lang === 'en';
  if (e instanceof WorkbookReadError || e instanceof WorkbookWriteError || e instanceof OutputFileError || e instanceof CannotRun) {
    return oneLine(en ? e.messageEn : e.message);
  }
  if (e instanceof UsageError) return oneLine(en ? (e.messageEn ?? e.message) : e.message);
  const name = file ? path.basename(file) : en ? 'the workbook' : 'arbetsboken';
  if (isErrno(e)) {
    const cause = FS_CAUSES[e.code];
    const what = e.path ? path.basename(e.path) : name;
    if (cause) return en ? `The file ${what} ${cause.en}.` : `Filen ${what} ${cause.sv}.`;
    // The system's code (EIO …) is internal: NAMNDRAPPORT_DEBUG=1 shows it with the stack.
    return en ? `The file ${what} could not be read or written.` : `Filen ${what} kunde inte läsas eller skrivas.`;
  }
  if (e instanceof RangeError && /call stack|Invalid (array|string) length/i.test(e.message)) {
    return en
      ? `${name} is too large or too deeply nested to process. Nothing was written.`
      : `${name} är för stor eller för djupt nästlad för att behandlas. Inget har skrivits.`;
  }
  return en
    ? `An unexpected error occurred with ${name}. Check the workbook and try again (NAMNDRAPPORT_DEBUG=1 shows details).`
    : `Ett oväntat fel inträffade med ${name}. Kontrollera arbetsboken och försök igen (NAMNDRAPPORT_DEBUG=1 visar detaljer).`;
}

/** The language asked for on the command line, read even when the arguments did not parse. */
export function languageOf(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'sv';
}

/** The workbook argument, if one was given (for lines about errors that name no file). */
export function workbookArg(argv: readonly string[]): string | undefined {
  return argv.find((a) => /\.xlsx$/i.test(a));
}
