/**
 * Office.js errors → short messages that say what happened and what to do. Swedish first;
 * English when Office's display language is not Swedish.
 */

export type Lang = 'sv' | 'en';

/** An error the adapter raises itself, with an Office-style code. */
export class ExcelActionError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ExcelActionError';
  }
}

interface Texts {
  sv: (detail?: string) => string;
  en: (detail?: string) => string;
}

const MESSAGES: Record<string, Texts> = {
  InvalidOperationInCellEditMode: {
    sv: () => 'Excel redigerar en cell just nu. Tryck Enter eller Esc i cellen och försök igen.',
    en: () => 'Excel is editing a cell. Press Enter or Esc in the cell and try again.',
  },
  ItemNotFound: {
    sv: (d) => `${d ? `Bladet eller cellen ”${d}”` : 'Ett blad eller en cell'} finns inte längre. Läs in arbetsboken på nytt och försök igen.`,
    en: (d) => `${d ? `The sheet or cell "${d}"` : 'A sheet or cell'} no longer exists. Reload the workbook and try again.`,
  },
  RequestPayloadSizeLimitExceeded: {
    sv: () => 'Arbetsboken är för stor för att hanteras på en gång i Excel på webben. Öppna den i Excel för skrivbordet eller ta bort tomma rader och kolumner.',
    en: () => 'The workbook is too large for Excel on the web to handle at once. Open it in Excel desktop or remove empty rows and columns.',
  },
  AccessDenied: {
    sv: (d) => `${d ? `Bladet ”${d}”` : 'Bladet'} är skyddat. Ta bort bladskyddet (Granska › Ta bort skydd för blad) och försök igen.`,
    en: (d) => `${d ? `The sheet "${d}"` : 'The sheet'} is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
  },
  ItemAlreadyExists: {
    sv: (d) => `Det finns redan ett blad som heter ”${d ?? ''}” och som inte skapats av Nämndrapport. Byt namn på det och försök igen.`,
    en: (d) => `A sheet named "${d ?? ''}" already exists and was not made by Nämndrapport. Rename it and try again.`,
  },
  WorkbookProtected: {
    sv: () => 'Arbetsbokens struktur är skyddad, så blad kan inte läggas till eller tas bort. Ta bort skyddet (Granska › Skydda arbetsbok) och försök igen.',
    en: () => 'The workbook structure is protected, so sheets cannot be added or removed. Unprotect it (Review › Protect Workbook) and try again.',
  },
  MergedRangeConflict: {
    sv: () => 'Cellen ingår i sammanfogade celler som inte kan skrivas på det sättet. Dela upp de sammanfogade cellerna eller skriv i den första cellen.',
    en: () => 'The cell is part of merged cells that cannot be written that way. Unmerge them or write in the first cell.',
  },
  ActivityLimitReached: {
    sv: () => 'Excel hann inte med. Vänta en stund och försök igen.',
    en: () => 'Excel is busy. Wait a moment and try again.',
  },
  StateSheetTaken: {
    sv: (d) => `Bladet ”${d ?? ''}” har samma namn som verktygets dolda datablad (Nämndrapport_data) men är arbetsbokens eget; verktyget ändrar det aldrig. Byt namn på bladet och försök igen. Inget har skrivits.`,
    en: (d) => `The sheet "${d ?? ''}" has the name of the tool's hidden data sheet (Nämndrapport_data) but belongs to the workbook; the tool never changes it. Rename the sheet and try again. Nothing was written.`,
  },
  NotAvailable: {
    sv: (d) => `${d ?? 'Funktionen'} är inte tillgänglig ännu i den här versionen.`,
    en: (d) => `${d ?? 'This feature'} is not available yet in this version.`,
  },
};

MESSAGES.ResponsePayloadSizeLimitExceeded = MESSAGES.RequestPayloadSizeLimitExceeded;
MESSAGES.RangeExceedsLimit = MESSAGES.RequestPayloadSizeLimitExceeded;
MESSAGES.ApiNotFound = {
  sv: () => 'Den här versionen av Excel saknar en funktion som tillägget behöver. Uppdatera Excel eller öppna arbetsboken i Excel på webben och försök igen.',
  en: () => 'This version of Excel lacks a feature the add-in needs. Update Excel or open the workbook in Excel on the web and try again.',
};

function codeOf(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const c = (err as { code: unknown }).code;
    if (typeof c === 'string') return c;
  }
  return undefined;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function errorCode(err: unknown): string {
  const code = codeOf(err);
  // Excel reports edits on a protected sheet as AccessDenied or, on some hosts, InvalidOperation.
  if ((code === 'InvalidOperation' || code === 'GeneralException') && /protect/i.test(messageOf(err))) return 'AccessDenied';
  return code ?? 'Unknown';
}

/** A short message for the user, in `lang`. */
export function describeExcelError(err: unknown, lang: Lang = 'sv'): string {
  const code = errorCode(err);
  const detail = err instanceof ExcelActionError ? err.detail : undefined;
  const texts = MESSAGES[code];
  if (texts) return texts[lang](detail);
  return lang === 'sv'
    ? `Excel kunde inte slutföra åtgärden (${code}: ${messageOf(err)}). Försök igen; kvarstår felet, spara och öppna arbetsboken på nytt.`
    : `Excel could not complete the action (${code}: ${messageOf(err)}). Try again; if it persists, save and reopen the workbook.`;
}
