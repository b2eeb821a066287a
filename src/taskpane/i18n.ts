import type { Lang } from '../excel/errors';

/** Pane texts: Swedish first, English when Office's display language is not Swedish. */

const sv = {
  appTitle: 'Nämndrapport',
  stepMapping: 'Mappning',
  stepValidate: 'Validera',
  stepAssess: 'Bedömningar',
  stepReport: 'Rapport',
  undo: 'Ångra',
  undoOf: 'Ångra: {label}',
  nothingToUndo: 'Inget att ångra',
  reload: 'Läs in igen',
  reading: 'Läser arbetsboken …',
  analysing: 'Tolkar och kontrollerar …',
  writing: 'Skriver i arbetsboken …',
  undoing: 'Ångrar …',
  notAvailable: '{what} är inte tillgängligt ännu i den här versionen.',
  unexpected: 'Något gick fel: {message}',
  undone: 'Ångrat: {restored} celler återställda.',
  undoneSkipped: '{count} celler hade ändrats efter skrivningen och lämnades orörda: {cells}.',
  // Mapping
  mappingIntro: 'Tabellerna som hittades. Rätta en rads eller kolumns roll och spara – mappningen sparas i arbetsboken.',
  noTables: 'Inga tabeller hittades i arbetsboken.',
  tableSummary: '{kind} · {range} · {rows} rader, {cols} kolumner · säkerhet {confidence} %',
  confirmed: 'bekräftad',
  rows: 'Rader',
  columns: 'Kolumner',
  saveMapping: 'Spara mappning',
  mappingSaved: 'Mappningen är sparad i arbetsboken.',
  unsaved: 'Osparade ändringar',
  unmapped: 'Ej tolkat: {range} ({reason})',
  label: 'Etikett',
  header: 'Rubrik',
  role: 'Roll',
  // Validate
  rerun: 'Kör igen',
  errors: 'Fel',
  warnings: 'Varningar',
  infos: 'Info',
  noFindings: 'Inga avvikelser hittades.',
  noFindingsFiltered: 'Inga avvikelser med valt filter.',
  expectedActual: 'Förväntat {expected}, angivet {actual}',
  showCell: 'Visa cellen {cell}',
  severityError: 'Fel',
  severityWarning: 'Varning',
  severityInfo: 'Info',
  // Assess
  assessIntro: 'Förhandsgranskning av bedömningarna som skrivs i Bedömning-kolumnerna.',
  scaleUsed: 'Skala: {name}',
  fill: 'Fyll i',
  filledDone: '{count} bedömningar ifyllda.',
  nothingToFill: 'Det finns inga tomma bedömningsceller att fylla i.',
  skipped: 'Hoppas över',
  indicator: 'Nyckeltal / mål',
  assessment: 'Bedömning',
  reason: 'Motivering',
  // Report
  reportIntro: 'Sammanställningsblad i rapportens form, med utkast till text.',
  generate: 'Skapa rapportblad',
  regenerate: 'Skapa om rapportblad',
  generated: '{count} rapportblad skapade.',
  sheetsToCreate: 'Blad som skapas',
  draftText: 'Utkast till text',
  copy: 'Kopiera text',
  copied: 'Texten är kopierad.',
  noText: 'Inget textutkast.',
  // Demo
  demoBanner: 'Demoläge – Excel är inte anslutet. Panelen arbetar på en exempelarbetsbok i webbläsaren.',
  demoSample: 'Exempel',
  demoOpen: 'Öppna .xlsx …',
  demoLoading: 'Läser {name} …',
  demoReadError: 'Kunde inte läsa {name}: {message}',
  demoCell: 'Markerad cell: {sheet}!{cell}',
};

export type TextKey = keyof typeof sv;

const en: Record<TextKey, string> = {
  appTitle: 'Nämndrapport',
  stepMapping: 'Mapping',
  stepValidate: 'Validate',
  stepAssess: 'Assessments',
  stepReport: 'Report',
  undo: 'Undo',
  undoOf: 'Undo: {label}',
  nothingToUndo: 'Nothing to undo',
  reload: 'Reload',
  reading: 'Reading the workbook …',
  analysing: 'Mapping and checking …',
  writing: 'Writing to the workbook …',
  undoing: 'Undoing …',
  notAvailable: '{what} is not available yet in this version.',
  unexpected: 'Something went wrong: {message}',
  undone: 'Undone: {restored} cells restored.',
  undoneSkipped: '{count} cells were changed after the write and were left alone: {cells}.',
  mappingIntro: 'The tables found. Correct a row or column role and save – the mapping is stored in the workbook.',
  noTables: 'No tables were found in the workbook.',
  tableSummary: '{kind} · {range} · {rows} rows, {cols} columns · confidence {confidence} %',
  confirmed: 'confirmed',
  rows: 'Rows',
  columns: 'Columns',
  saveMapping: 'Save mapping',
  mappingSaved: 'The mapping is saved in the workbook.',
  unsaved: 'Unsaved changes',
  unmapped: 'Not mapped: {range} ({reason})',
  label: 'Label',
  header: 'Header',
  role: 'Role',
  rerun: 'Run again',
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Info',
  noFindings: 'No findings.',
  noFindingsFiltered: 'No findings with this filter.',
  expectedActual: 'Expected {expected}, found {actual}',
  showCell: 'Show cell {cell}',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Info',
  assessIntro: 'Preview of the assessments to write in the assessment columns.',
  scaleUsed: 'Scale: {name}',
  fill: 'Fill in',
  filledDone: '{count} assessments filled in.',
  nothingToFill: 'There are no empty assessment cells to fill.',
  skipped: 'Skipped',
  indicator: 'Indicator / goal',
  assessment: 'Assessment',
  reason: 'Reason',
  reportIntro: 'Summary sheets in the report layout, with draft text.',
  generate: 'Create report sheets',
  regenerate: 'Recreate report sheets',
  generated: '{count} report sheets created.',
  sheetsToCreate: 'Sheets to create',
  draftText: 'Draft text',
  copy: 'Copy text',
  copied: 'The text is copied.',
  noText: 'No draft text.',
  demoBanner: 'Demo mode – Excel is not connected. The pane works on a sample workbook in the browser.',
  demoSample: 'Sample',
  demoOpen: 'Open .xlsx …',
  demoLoading: 'Reading {name} …',
  demoReadError: 'Could not read {name}: {message}',
  demoCell: 'Selected cell: {sheet}!{cell}',
};

export type Translate = (key: TextKey, data?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const table: Record<TextKey, string> = lang === 'sv' ? sv : en;
  return (key, data) => table[key].replace(/\{(\w+)\}/g, (_, k: string) => (data && k in data ? String(data[k]) : `{${k}}`));
}

/** Swedish for any Swedish display language ("sv-SE", "sv-FI"), English otherwise. */
export function langFrom(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^sv\b/i.test(displayLanguage) ? 'sv' : 'en';
}

const KIND_SV: Record<string, string> = {
  operating: 'Drift',
  investments: 'Investeringar',
  indicators: 'Mål och nyckeltal',
  internalControl: 'Internkontroll',
  staff: 'Personal',
  sickLeave: 'Sjukfrånvaro',
  workInjuries: 'Arbetsskador',
  forecastAccuracy: 'Prognossäkerhet',
  narrative: 'Text',
};

const KIND_EN: Record<string, string> = {
  operating: 'Operating statement',
  investments: 'Investments',
  indicators: 'Goals and indicators',
  internalControl: 'Internal control',
  staff: 'Staff',
  sickLeave: 'Sick leave',
  workInjuries: 'Work injuries',
  forecastAccuracy: 'Forecast accuracy',
  narrative: 'Narrative',
};

export function kindLabel(kind: string, lang: Lang): string {
  return (lang === 'sv' ? KIND_SV : KIND_EN)[kind] ?? kind;
}
