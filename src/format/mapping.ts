import type { WorkbookMapping } from '../model/mapping-types';
import { KIND_NAMES } from '../mapping/kind-names';
import { ROLE_LABELS_SV } from '../model/role-labels';

const UNIT_NAMES: Record<string, string> = { percent: '%', count: 'antal', years: 'år' };

function roleName(role: string): string {
  return ROLE_LABELS_SV[role] ?? role;
}

export function kindName(kind: string): string {
  return (KIND_NAMES as Record<string, string>)[kind] ?? kind;
}

/** The JSON the command line prints for `map`. */
export function mappingJson(file: string, mapping: WorkbookMapping): object {
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
    })),
    unmapped: mapping.unmapped,
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
  if (s.leftOut.length) {
    out.push('  Utanför kontrollerna:');
    for (const l of s.leftOut) out.push(`    ${t.sheet}!${l.range}: ${l.reason}`);
  }
  return out;
}

/** A person-readable rendering of the mapping. */
export function formatMappingText(file: string, mapping: WorkbookMapping): string {
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
      const span = c.facets?.span && c.facets.span !== 'fullYear' && !name.includes('ack') ? ` (${c.facets.months ? 'jan–' : ''}${c.facets.span === 'month' ? 'månad' : 'hittills i år'})` : '';
      return `${c.letter} ${name}${year}${t.kind === 'activities' ? '' : span}`;
    };
    out.push(`  Kolumner: ${t.columns.map(colText).join(', ')}`);
    for (const r of t.rows) out.push(`  rad ${r.row}: ${'  '.repeat(r.level ?? 0)}${r.label} → ${roleName(r.role)}${r.inferred === 'sum' ? ' (ur siffrorna)' : ''}`);
    out.push(...structureLines(t));
  }
  if (mapping.unmapped.length > 0) {
    out.push('');
    out.push('Ej kartlagt:');
    for (const u of mapping.unmapped) out.push(`  ${u.sheet}!${u.range}: ${u.reason}`);
  }
  return out.join('\n') + '\n';
}
