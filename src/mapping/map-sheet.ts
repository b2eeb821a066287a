import { columnLetters, formatRange, parseRange } from '../grid/address';
import type { ColumnMapping, TableMapping, UnmappedRegion } from '../model/mapping-types';
import type { TableKind } from '../model/types';
import { columnFacets } from '../structure/headers';
import { activitiesHit } from './activities';
import { forecastReviewHit } from './forecast-review';
import { incomeStatementHit } from './income-statement';
import { tableContext, titleRowsAbove } from './context';
import type { HeaderHit } from './detect-headers';
import { findHeaders } from './find-headers';
import { headerYear } from './header';
import { emptyCoverage, proseTable, uncoveredRegions } from './leftovers';
import { matchKey } from './normalize';
import { factsFromTitle, mayNameReportKind, mergeFacts, reportTitleFacts, type ReportFacts } from './period';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';
import { readBody, tableColumns, type Body } from './table-body';

export interface SheetResult {
  tables: TableMapping[];
  unmapped: UnmappedRegion[];
  facts: ReportFacts;
}

/** The workbook's own title names the board and the period ("Socialnämnden – Årsbokslut 2019"). */
const isPeriodTitle = (t: string) => {
  if (!mayNameReportKind(t)) return false;
  return reportTitleFacts(t)?.board !== undefined;
};

function confidence(hit: HeaderHit, body: Body): number {
  let headed = 0;
  let withRole = 0;
  for (const c of hit.columns) {
    if (c.col < body.left || c.col > body.right || !c.header.text) continue;
    headed++;
    if (c.role) withRole++;
  }
  const colScore = headed ? withRole / headed : 0;
  // A resultaträkning's or forecast review's rows are named by the structure: a row the numbers
  // place (a part or subtotal of the chain, a board under the total) counts as understood.
  const structural = hit.kind === 'incomeStatement' || hit.kind === 'forecastReview';
  const known = structural ? body.rows.filter((r) => r.role !== 'note' && (r.inferred === 'sum' || r.role === 'subRow' || (r.level ?? 0) > 0)).length : body.knownRows;
  const rowScore = body.dataRows ? Math.min(1, known / body.dataRows) : 0.5;
  const score = 0.5 * colScore + 0.3 * rowScore + 0.2 * (hit.sheetMatch ? 1 : 0.5);
  return Math.round(score * 100) / 100;
}

function toColumns(hit: HeaderHit): ColumnMapping[] {
  const out: ColumnMapping[] = [];
  for (const c of hit.columns) {
    if (!c.role || c.role === 'label') continue;
    const col: ColumnMapping = { col: c.col, letter: columnLetters(c.col), header: c.header.text, role: c.role };
    const year = headerYear(c.header);
    if (year !== undefined) col.year = year;
    if (c.header.date) col.date = c.header.date;
    const facets = columnFacets(c.header.text);
    if (facets) col.facets = facets;
    out.push(col);
  }
  return out;
}

function headerRows(hit: HeaderHit): number[] {
  const rows: number[] = [];
  for (let r = hit.top; r <= hit.bottom; r++) rows.push(r);
  return rows;
}

function overlaps(hit: HeaderHit, kept: readonly TableMapping[]): boolean {
  return kept.some((t) => {
    const b = parseRange(t.range);
    return hit.top <= b.bottom && hit.bottom >= b.top;
  });
}

/** Find and map every table on one sheet; list what could not be placed. */
export function mapSheet(view: SheetView, lex: Lexicon, kept: readonly TableMapping[]): SheetResult {
  const coverage = emptyCoverage();
  const tables: TableMapping[] = [...kept];
  const unmapped: UnmappedRegion[] = [];
  let facts: ReportFacts = {};
  for (const t of kept) {
    const box = parseRange(t.range);
    coverage.add(box);
    for (const r of titleRowsAbove(view, box.top, 0)) coverage.addRow(r);
  }
  const sheetKinds = lex.sheets.get(matchKey(view.name)) ?? [];
  const hits = findHeaders(view, lex, sheetKinds).filter((h) => !overlaps(h, kept));
  // Tables side by side share rows, not columns: "above" and "below" only count in shared columns.
  const shares = (a: HeaderHit, b: HeaderHit) => {
    const x = tableColumns(a);
    const y = tableColumns(b);
    return x.left <= y.right && y.left <= x.right;
  };
  const above = (i: number) => hits.slice(0, i).filter((h) => h.bottom < hits[i].top && shares(h, hits[i])).pop();
  const contexts = hits.map((h, i) => tableContext(view, h, above(i)?.bottom ?? 0, lex, isPeriodTitle));
  hits.forEach((found, i) => {
    let hit = found;
    const ctx = contexts[i];
    const j = hits.findIndex((h, k) => k > i && h.top > hit.bottom && shares(h, hit));
    const limit = j >= 0 ? (contexts[j].titleRows[0] ?? hits[j].top) - 1 : view.maxRow;
    let body = readBody(view, hit, limit, lex);
    // The kind the structure shows: a resultaträkning by its chain of subtotals; a table per
    // verksamhet by its rows; a forecast review by its deviation columns (words: "prognos").
    const perActivity = activitiesHit(view, hit, body);
    const special = incomeStatementHit(view, hit, body) ?? forecastReviewHit(view, perActivity ?? hit, body, ctx.title) ?? perActivity;
    // (forecastReviewHit takes a Drift or Investeringar hit only when the title or sheet name calls it a forecast review.)
    if (special) {
      hit = special;
      body = readBody(view, hit, limit, lex);
    }
    const range = { top: hit.top, left: body.left, bottom: body.bottom, right: body.right };
    const table: TableMapping = {
      kind: hit.kind as TableKind,
      sheet: view.name,
      range: formatRange(range),
      confidence: confidence(hit, body),
      headerRows: headerRows(hit),
      unit: ctx.unit,
      rows: body.rows,
      columns: toColumns(hit),
    };
    if (ctx.title) table.title = ctx.title;
    if (body.structure) table.structure = body.structure;
    tables.push(table);
    unmapped.push(...body.unmapped);
    coverage.add(range);
    for (const r of ctx.titleRows) {
      coverage.addRow(r);
      for (const c of view.filledCols(r)) facts = mergeFacts(facts, factsFromTitle(view.text(r, c)));
    }
  });
  // A report title elsewhere near the top still tells the period.
  for (let r = 1; r <= Math.min(view.maxRow, 5); r++) {
    // Only a row of at most two cells, and only a text that names a report kind, can count:
    // the costly board-name search is not run on the rest (a paragraph of prose, a header band).
    if (view.filledCols(r).length > 2) continue;
    for (const c of view.filledCols(r)) {
      const t = view.text(r, c);
      if (!mayNameReportKind(t)) continue;
      const f = reportTitleFacts(t);
      if (f) {
        facts = mergeFacts(facts, f);
        coverage.addRow(r);
      }
    }
  }
  const prose = proseTable(view, coverage, sheetKinds.includes('narrative') ? 40 : 80);
  if (prose) {
    tables.push(prose);
    coverage.add(parseRange(prose.range));
  }
  const found = tables.length > 0;
  const reason = found
    ? 'Innehållet hör inte till någon igenkänd tabell och har inte kopplats.'
    : `Bladet "${view.name}" innehåller inga tabeller som känns igen (inga kända kolumnrubriker hittades).`;
  unmapped.push(...uncoveredRegions(view, coverage, reason));
  return { tables, unmapped, facts };
}
