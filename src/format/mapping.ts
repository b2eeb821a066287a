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

/** A person-readable rendering of the mapping. */
export function formatMappingText(file: string, mapping: WorkbookMapping): string {
  const out: string[] = [];
  out.push(`${file}: ${mapping.board ?? 'nämnd okänd'}, ${periodText(mapping)}`);
  if (mapping.tables.length === 0) out.push('Inga tabeller kunde kännas igen.');
  for (const t of mapping.tables) {
    out.push('');
    out.push(`${t.sheet}!${t.range}: ${kindName(t.kind)} (säkerhet ${Math.round(t.confidence * 100)} %, enhet ${UNIT_NAMES[t.unit] ?? t.unit})`);
    out.push(`  Kolumner: ${t.columns.map((c) => `${c.letter} ${roleName(c.role)}${c.year ? ' ' + c.year : ''}`).join(', ')}`);
    for (const r of t.rows) out.push(`  rad ${r.row}: ${'  '.repeat(r.level ?? 0)}${r.label} → ${roleName(r.role)}`);
  }
  if (mapping.unmapped.length > 0) {
    out.push('');
    out.push('Ej kartlagt:');
    for (const u of mapping.unmapped) out.push(`  ${u.sheet}!${u.range}: ${u.reason}`);
  }
  return out.join('\n') + '\n';
}
