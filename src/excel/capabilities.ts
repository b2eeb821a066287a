import type { Lang } from './errors';

/**
 * What a host below the requirement sets the adapter uses cannot show it, and what that means
 * for the checks. The manifest asks for ExcelApi 1.7 (the least the add-in runs on); the read
 * uses 1.9 for fills, bold, indent and hidden rows and columns (getCellProperties, getRowProperties, getColumnProperties) and
 * 1.13 for merged cells (getMergedAreasOrNullObject). Below those, values, formulas and number
 * formats are still read and every check runs, on less.
 */

export interface MissingCapabilities {
  /** Below ExcelApi 1.9: no fill colours, bold, indent or hidden rows and columns. */
  cellProperties: boolean;
  /** Below ExcelApi 1.13: no merged cells. */
  merges: boolean;
}

export function missingCapabilities(supports: (version: string) => boolean): MissingCapabilities {
  return { cellProperties: !supports('1.9'), merges: !supports('1.13') };
}

const TEXT = {
  sv: {
    lead: (sets: string, what: string) => `Den här versionen av Excel (${sets} saknas) visar inte tillägget ${what}. Värden, formler och talformat läses som vanligt och alla kontroller körs.`,
    props: 'cellfärger, fetstil, indrag eller dolda rader och kolumner',
    merges: 'sammanfogade celler',
    both: (a: string, b: string) => `${a} eller ${b}`,
    and: ' och ',
    propsMeaning:
      'En bedömning som bara är markerad med färg syns inte, så cellen räknas som tom. Indragna delrader känns igen bara när texten börjar med blanksteg, ”varav” eller ”-”; annars kan summakontrollerna ta med dem som egna rader. Dolda rader och kolumner kontrolleras som synliga.',
    mergesMeaning: 'En rubrik som spänner över flera kolumner gäller då bara sin första kolumn, så kolumnerna under den kan sakna år eller rubrik i kartläggningen: granska kartläggningen i steg 1.',
  },
  en: {
    lead: (sets: string, what: string) => `This version of Excel (${sets} missing) does not show the add-in ${what}. Values, formulas and number formats are read as usual and every check runs.`,
    props: 'fill colours, bold, indent or hidden rows and columns',
    merges: 'merged cells',
    both: (a: string, b: string) => `${a} or ${b}`,
    and: ' and ',
    propsMeaning:
      'An assessment marked only by colour is not seen, so its cell counts as empty. Indented sub-rows are recognised only when their text starts with spaces, "varav" or "-"; otherwise the sum checks may count them as rows of their own. Hidden rows and columns are checked as visible.',
    mergesMeaning: 'A heading that spans several columns then applies to its first column only, so the columns under it may lack a year or heading in the mapping: review the mapping in step 1.',
  },
};

/** The notice the pane shows, or null when the host has everything the read uses. */
export function capabilityNotice(supports: (version: string) => boolean, lang: Lang = 'sv'): string | null {
  const m = missingCapabilities(supports);
  if (!m.cellProperties && !m.merges) return null;
  const t = TEXT[lang];
  const sets = [m.cellProperties ? 'ExcelApi 1.9' : null, m.merges ? 'ExcelApi 1.13' : null].filter(Boolean).join(t.and);
  const what = m.cellProperties && m.merges ? t.both(t.props, t.merges) : m.cellProperties ? t.props : t.merges;
  return [t.lead(sets, what), m.cellProperties ? t.propsMeaning : null, m.merges ? t.mergesMeaning : null].filter(Boolean).join(' ');
}
