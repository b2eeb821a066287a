import { parseA1, parseRange } from '../grid/address';
import type { Finding } from '../model/finding';
import type { WorkbookMapping } from '../model/mapping-types';
import { KIND_NAMES } from '../mapping/kind-names';

/**
 * What the report step says before it writes: a table with rows the tool did not understand
 * (kept as they stand, checked by no rule) or with open errors gives report sheets that copy
 * what may be wrong. One line per table, in Swedish.
 */
export function reportWarnings(mapping: WorkbookMapping, findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const t of mapping.tables) {
    const where = `${KIND_NAMES[t.kind] ?? t.kind} (${t.sheet}!${t.range})`;
    // Rows left out (a percentage column left out of the sums is still copied and checked otherwise).
    const rows = (t.structure?.leftOut ?? []).filter((l) => !l.reason.startsWith('Kolumn'));
    if (rows.length) {
      out.push(`${where}: ${rows.length === 1 ? 'en rad' : `${rows.length} områden med rader`} som verktyget inte förstår (${rows.map((r) => r.range).join(', ')}) kopieras som de står men är inte kontrollerade.`);
    }
    let box: ReturnType<typeof parseRange>;
    try {
      box = parseRange(t.range);
    } catch {
      continue;
    }
    const errors = findings.filter((f) => {
      if (f.severity !== 'error' || f.sheet !== t.sheet) return false;
      try {
        const p = parseA1(f.cell);
        return p.row >= box.top && p.row <= box.bottom && p.col >= box.left && p.col <= box.right;
      } catch {
        return false;
      }
    });
    if (errors.length) {
      const cells = errors.slice(0, 5).map((f) => `${f.sheet}!${f.cell}`).join(', ');
      out.push(`${where}: ${errors.length === 1 ? 'ett öppet fel' : `${errors.length} öppna fel`} (${cells}${errors.length > 5 ? ' …' : ''}); rapportbladet kopierar figurerna som de står.`);
    }
  }
  return out;
}
