import { STATE_SHEET, readToolStateChecked } from '../grid/tool-state';
import { ownGeneratedSheets } from '../grid/owned';
import { mergeSynonyms, readSynonyms } from './own-synonyms';
import type { WorkbookGrid } from '../grid/types';
import type { TableMapping, UnmappedRegion, WorkbookMapping } from '../model/mapping-types';
import { readInfoSheet } from './info-sheet';
import { mapSheet } from './map-sheet';
import { factsFromHeaders, mergeFacts, toPeriod, type ReportFacts } from './period';
import { savedMismatchReason, savedTableProblem, savedTables } from './saved';
import { attachViews, sheetView } from './sheet-view';
import { lexiconFor, type SynonymData } from './synonyms';

export interface MapOptions {
  /** A confirmed mapping to reuse; defaults to the one saved in the workbook's tool state. */
  saved?: WorkbookMapping;
  /** A controller's own labels, merged before the built-in synonyms (same shape as synonym-data.json). */
  extraSynonyms?: SynonymData;
}

const DAMAGED = 'Den sparade kopplingen i arbetsboken är skadad och har delvis ignorerats; tabellerna har identifierats på nytt.';

const NOTHING_FOUND =
  'Inga tabeller kändes igen i arbetsboken. Kontrollera att tabellerna har kolumnrubriker som "Budget 2024", ' +
  '"Prognos helår 2024" eller "Utfall 31 aug 2024", eller lägg till arbetsbokens egna benämningar som synonymer.';

/** Find every table of the report in a workbook and give its rows and columns their roles. */
export function mapWorkbook(wb: WorkbookGrid, opts: MapOptions = {}): WorkbookMapping {
  const reading = readToolStateChecked(wb);
  const state = reading.state;
  // Labels passed in (the command line's --synonyms) come before those saved in the workbook.
  const lex = lexiconFor(mergeSynonyms(opts.extraSynonyms, readSynonyms(state.synonyms)));
  // The state comes from a sheet anyone can edit: a sheet it lists is skipped only when the
  // workbook agrees (its marker cell carries the recorded id), so a forged state naming "Drift"
  // cannot hide the Drift. A user's sheet that merely has the state sheet's name is mapped.
  const skip = new Set<unknown>(ownGeneratedSheets(wb, state).map((g) => g.name));
  const views = new Map(
    wb.sheets.filter((s) => s !== reading.sheet && !skip.has(s.name)).map((s) => [s.name, sheetView(s)]),
  );
  const saved = opts.saved ?? state.mapping;
  const unmapped: UnmappedRegion[] = [];
  const kept = new Map<string, TableMapping[]>();
  const { tables: savedList, damaged } = savedTables(saved);
  const stateDamaged = opts.saved === undefined && reading.problems.some((p) => p.part === 'mapping' || p.part === 'tables');
  if (damaged > 0 || stateDamaged) unmapped.push({ sheet: STATE_SHEET, range: '', reason: DAMAGED });
  for (const t of savedList) {
    const why = savedTableProblem(t, views.get(t.sheet));
    if (why) unmapped.push({ sheet: t.sheet, range: t.range, reason: savedMismatchReason(t, why) });
    else kept.set(t.sheet, [...(kept.get(t.sheet) ?? []), t]);
  }
  const tables: TableMapping[] = [];
  let infoFacts: ReportFacts = {};
  let titleFacts: ReportFacts = {};
  let contentful = 0;
  for (const view of views.values()) {
    if (view.maxRow === 0) continue;
    contentful++;
    const res = mapSheet(view, lex, kept.get(view.name) ?? []);
    // A sheet of report facts ("Nämnd | Socialnämnden") is read, not listed as unmapped.
    const info = res.tables.length === 0 ? readInfoSheet(view, lex) : undefined;
    if (info) {
      infoFacts = mergeFacts(infoFacts, info.facts);
      continue;
    }
    tables.push(...res.tables);
    unmapped.push(...res.unmapped);
    titleFacts = mergeFacts(titleFacts, res.facts);
  }
  if (contentful === 0) unmapped.unshift({ sheet: '', range: '', reason: 'Arbetsboken innehåller inga blad med innehåll att kartlägga.' });
  else if (tables.length === 0) unmapped.unshift({ sheet: '', range: '', reason: NOTHING_FOUND });
  const facts = mergeFacts(mergeFacts(infoFacts, titleFacts), factsFromHeaders(tables));
  const mapping: WorkbookMapping = { version: 1, period: toPeriod(facts), tables, unmapped };
  if (facts.board) mapping.board = facts.board;
  // The views just built (cells already read, texts cleaned) go with this mapping object to
  // buildModel, which would otherwise build every sheet's view again.
  attachViews(mapping, views);
  return mapping;
}
