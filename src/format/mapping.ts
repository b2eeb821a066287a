import type { WorkbookMapping } from '../model/mapping-types';
import type { WorkbookGrid } from '../grid/types';
import { inferRelations, type Relation } from '../structure';
import { KIND_NAMES } from '../mapping/kind-names';
import { ROLE_LABELS_SV } from '../model/role-labels';
import { spanText } from '../structure/headers';
import type { RecurringRelation } from '../structure/recurring';
import { columnLetters } from '../grid/address';
import { tableId } from '../mapping/recurring-pass';

const UNIT_NAMES: Record<string, string> = { percent: '%', count: 'antal', years: 'år' };

function roleName(role: string): string {
  return ROLE_LABELS_SV[role] ?? role;
}

// Report sheets that are not tables of a kind: the draft text sheet.
const REPORT_SHEET_NAMES: Record<string, string> = { text: 'Textutkast' };

export function kindName(kind: string): string {
  return (KIND_NAMES as Record<string, string>)[kind] ?? REPORT_SHEET_NAMES[kind] ?? kind;
}

/** The arithmetic of every sheet, inferred from its numbers (also sheets no table was recognized on). */
export function workbookRelations(wb: WorkbookGrid): Relation[] {
  return wb.sheets.flatMap((sheet) => inferRelations(sheet));
}

/** One relation as `map --format json` prints it (documented in README.md, "Relations"). */
export function relationJson(r: Relation): object {
  return {
    sheet: r.sheet,
    total: r.total,
    terms: r.terms.map((t) => ({ cell: t.cell, sign: t.sign })),
    holds: r.holds,
    support: r.support,
    axis: r.axis,
    kind: r.kind,
  };
}

/** One table's side of the recurring relations: its column, where the same figures are, row by row. */
function recurringOf(t: WorkbookMapping['tables'][number], recurring: readonly RecurringRelation[]) {
  const id = tableId(t);
  return recurring
    .filter((r) => r.a.table === id || r.b.table === id)
    .map((r) => {
      const mine = r.a.table === id ? 'a' : 'b';
      const own = r[mine];
      const other = r[mine === 'a' ? 'b' : 'a'];
      return {
        column: columnLetters(own.col),
        header: own.header,
        other: { sheet: other.sheet, column: columnLetters(other.col), header: other.header },
        later: r.later === mine,
        rows: r.rows.map((x) => ({ cell: (mine === 'a' ? x.a : x.b).cell, other: (mine === 'a' ? x.b : x.a).cell, holds: x.holds })),
        support: Math.round(r.support * 100) / 100,
      };
    });
}

/** The JSON the command line prints for `map`; with relations when they were inferred. */
export function mappingJson(file: string, mapping: WorkbookMapping, relations?: Relation[], recurring?: readonly RecurringRelation[]): object {
  return {
    version: mapping.version,
    file,
    board: mapping.board ?? null,
    period: mapping.period,
    tables: mapping.tables.map((t) => ({
      kind: t.kind,
      sheet: t.sheet,
      range: t.range,
      confidence: Math.round(t.confidence * 100) / 100,
      unit: t.unit,
      headerRows: t.headerRows,
      rows: t.rows,
      columns: t.columns,
      // What the numbers say (src/structure): each total row and its parts, where the sum holds
      // and breaks, and the rows and columns left out of the checks with the reason.
      structure: t.structure ?? null,
      // Columns whose figures recur in another table (src/structure/recurring.ts).
      ...(recurring ? { recurring: recurringOf(t, recurring) } : {}),
    })),
    unmapped: mapping.unmapped,
    ...(relations ? { relations: relations.map(relationJson) } : {}),
  };
}

function periodText(mapping: WorkbookMapping): string {
  const p = mapping.period;
  if (p.kind === 'interim') return `delårsbokslut per ${p.cutoff}`;
  if (p.kind === 'annual') return `årsbokslut ${p.year}`;
  return 'period okänd';
}

function rowList(rows: number[]): string {
  if (rows.length > 2 && rows.every((r, i) => i === 0 || r === rows[i - 1] + 1)) return `rad ${rows[0]}–${rows[rows.length - 1]}`;
  return `rad ${rows.join(' + ')}`;
}

/** The structure read from the numbers: totals and their parts, where they hold and break, what was left out. */
function structureLines(t: WorkbookMapping['tables'][number]): string[] {
  const s = t.structure;
  if (!s) return [];
  const out: string[] = [];
  if (s.rowSums.length) {
    const where = s.placement === 'before' ? ' (summan före delarna)' : s.placement === 'mixed' ? ' (summor före och efter delarna)' : '';
    out.push(`  Summor enligt siffrorna${where}:`);
    for (const r of s.rowSums) {
      const holds = r.holds.length ? `gäller i ${r.holds.join(', ')}` : 'gäller ingenstans';
      const breaks = r.breaks.length ? `; bryts i ${r.breaks.join(', ')}` : '';
      out.push(`    rad ${r.total} = ${rowList(r.parts)} (${holds}${breaks})`);
    }
  }
  if (s.columnRelations?.length) {
    out.push('  Kolumner enligt siffrorna:');
    for (const r of s.columnRelations) {
      const terms = r.terms.map((x, i) => `${i === 0 ? (x.sign < 0 ? '−' : '') : x.sign < 0 ? ' − ' : ' + '}${x.col}`).join('');
      out.push(`    ${r.total} = ${terms} (gäller på ${r.holds} av ${r.checked} rader)`);
    }
  }
  if (s.leftOut.length) {
    out.push('  Utanför kontrollerna:');
    for (const l of s.leftOut) out.push(`    ${t.sheet}!${l.range}: ${l.reason}`);
  }
  return out;
}

/** Relations in the text of `map`: how many hold per sheet, and every place a pattern breaks. */
function relationsText(relations: Relation[]): string[] {
  if (relations.length === 0) return [];
  const out = ['', 'Samband i siffrorna:'];
  const bySheet = new Map<string, Relation[]>();
  for (const r of relations) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);
  for (const [sheet, list] of bySheet) {
    const broken = list.filter((r) => r.holds === 'no');
    const rounding = list.filter((r) => r.holds === 'rounding').length;
    out.push(`  ${sheet}: ${list.length - broken.length} stämmer${rounding ? ` (${rounding} inom avrundning)` : ''}, ${broken.length} stämmer inte`);
    for (const r of broken) {
      const terms = r.terms.map((t, i) => `${i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + '}${t.cell}`).join('');
      out.push(`    ${r.total} ≠ ${terms || '0'} (mönstret håller på ${Math.round(r.support * 100)} % av raderna/kolumnerna)`);
    }
  }
  return out;
}

/** "Återkommer i …": the table's columns whose figures another table prints, and where they differ. */
function recurringLines(t: WorkbookMapping['tables'][number], recurring: readonly RecurringRelation[]): string[] {
  const list = recurringOf(t, recurring);
  if (!list.length) return [];
  const out = ['  Återkommer i andra tabeller:'];
  for (const r of list) {
    const agree = r.rows.filter((x) => x.holds !== 'no');
    const breaks = r.rows.filter((x) => x.holds === 'no').map((x) => `${x.cell} (${r.other.sheet}!${x.other})`);
    const rounding = agree.filter((x) => x.holds === 'rounding').length;
    out.push(
      `    ${r.column} ${r.header}: återkommer i ${r.other.sheet}!${r.other.column} ${r.other.header} (samma på ${agree.length} av ${r.rows.length} rader${rounding ? `, ${rounding} inom avrundning` : ''}${breaks.length ? `; skiljer i ${breaks.join(', ')}` : ''})`,
    );
  }
  return out;
}

/** A person-readable rendering of the mapping. */
export function formatMappingText(file: string, mapping: WorkbookMapping, relations: Relation[] = [], recurring: readonly RecurringRelation[] = []): string {
  const out: string[] = [];
  out.push(`${file}: ${mapping.board ?? 'nämnd okänd'}, ${periodText(mapping)}`);
  if (mapping.tables.length === 0) out.push('Inga tabeller kunde kännas igen.');
  for (const t of mapping.tables) {
    out.push('');
    out.push(`${t.sheet}!${t.range}: ${kindName(t.kind)} (säkerhet ${Math.round(t.confidence * 100)} %, enhet ${UNIT_NAMES[t.unit] ?? t.unit})`);
    const colText = (c: (typeof t.columns)[number]) => {
      const name = roleName(c.role);
      const year = c.year && !name.includes(String(c.year)) ? ` ${c.year}` : '';
      // A column for part of the year says so (Budget ack., Utfall jan–aug): never the full year.
      const span = c.facets?.span && c.facets.span !== 'fullYear' && !name.includes('ack') ? ` (${spanText(c.facets) ?? 'del av året'})` : '';
      // Kinds whose column roles are the header read compositionally already say the span.
      const compositional = t.kind === 'activities' || t.kind === 'incomeStatement' || t.kind === 'forecastReview';
      return `${c.letter} ${name}${year}${compositional ? '' : span}`;
    };
    out.push(`  Kolumner: ${t.columns.map(colText).join(', ')}`);
    for (const r of t.rows) out.push(`  rad ${r.row}: ${'  '.repeat(r.level ?? 0)}${r.label} → ${roleName(r.role)}${r.inferred === 'sum' ? ' (ur siffrorna)' : ''}`);
    out.push(...structureLines(t));
    out.push(...recurringLines(t, recurring));
  }
  if (mapping.unmapped.length > 0) {
    out.push('');
    out.push('Ej kartlagt:');
    for (const u of mapping.unmapped) out.push(`  ${u.sheet}!${u.range}: ${u.reason}`);
  }
  out.push(...relationsText(relations));
  return out.join('\n') + '\n';
}
