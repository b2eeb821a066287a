import { classify, roundingTolerance } from '../rules/tolerance';
import type { BodyCell } from './rows';

/**
 * Columns that are the sum or difference of two others on most rows (Nettokostnad = Intäkter +
 * Kostnader, Netto = Kostnader − Intäkter, Avvikelse = Utfall − Budget). A small check for
 * small tables: a table of six rows with one wrong figure still shows the relation on five.
 * (src/structure/relations.ts infers relations of any shape over whole sheets; this covers the
 * two-term relations of a table's own columns, established on fewer rows.)
 */
export interface ColumnRelation {
  target: number;
  terms: { col: number; sign: 1 | -1 }[];
  holds: number;
  checked: number;
  breaks: number[];
}

export function inferColumnRelations(body: BodyCell[][], columns: number[], minSupport = 0.75, minHolds = 3): ColumnRelation[] {
  const out: ColumnRelation[] = [];
  const seen = new Set<string>();
  // The derived column usually stands right of its parts (Netto after Intäkter and Kostnader,
  // Avvikelse after Budget and Utfall): try the rightmost as the total first.
  for (const t of [...columns].sort((x, y) => y - x)) {
    for (const a of columns) {
      for (const b of columns) {
        if (a === t || b === t || a >= b) continue;
        for (const signB of [1, -1] as const) {
          for (const signA of [1, -1] as const) {
            if (signA === -1 && signB === -1) continue;
            let checked = 0;
            let holds = 0;
            const breaks: number[] = [];
            body.forEach((row, i) => {
              const x = row[t];
              const y = row[a];
              const z = row[b];
              if (!x || !y || !z || x.value === null || y.value === null || z.value === null) return;
              if (x.value === 0 && y.value === 0 && z.value === 0) return;
              checked++;
              const r = signA * y.value + signB * z.value - x.value;
              // Exact agreement only counts as evidence when the figures are not all alike.
              if (classify(r, roundingTolerance([x.decimals, y.decimals, z.decimals])) !== 'broken') holds++;
              else breaks.push(i);
            });
            if (holds < minHolds || holds / checked < minSupport) continue;
            const key = [t, a, b].sort().join('|');
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ target: t, terms: [{ col: a, sign: signA }, { col: b, sign: signB }], holds, checked, breaks });
          }
        }
      }
    }
  }
  return out;
}
