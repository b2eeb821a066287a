import type { Scale, ScaleUse } from './scales';
import { levelKey, recognizeLevel } from './scales';

/**
 * Which scale a workbook already speaks. Evidence comes in two strengths: assessment cells
 * (a whole cell naming a level: "Nära värde") and legend text anywhere (a level name inside a
 * longer text: "Ej uppfyllt | Delvis uppfyllt | …"). The scale whose levels the cells name
 * most wins, then the one the legend names most, then the one the evidence covers more fully:
 * "Helt uppfyllt" and "Ej uppfyllt" alone point to the two-level 2019 scale, unless a legend
 * lists the four-level one.
 */

export interface Detected {
  scale: Scale;
  /** The level names that gave it away. */
  evidence: string[];
}

interface Score {
  scale: Scale;
  names: Set<string>;
  coverage: number;
}

/** Whole-cell evidence: every recognised text must belong to the scale. */
export function scoreCells(candidates: readonly Scale[], texts: readonly string[]): Score[] {
  const recognised = texts.filter((t) => candidates.some((s) => recognizeLevel(s, t)));
  return candidates.map((scale) => {
    const names = new Set<string>();
    let foreign = false;
    for (const t of recognised) {
      const l = recognizeLevel(scale, t);
      if (l) names.add(l.name);
      else foreign = true;
    }
    return { scale, names: foreign ? new Set<string>() : names, coverage: names.size / scale.levels.length };
  });
}

/** Legend evidence: level names (not aliases, which can be as short as "Uppfyllt") inside texts. */
export function scoreLegend(candidates: readonly Scale[], texts: readonly string[]): Score[] {
  const keys = texts.map(levelKey);
  return candidates.map((scale) => {
    const names = new Set<string>();
    for (const l of scale.levels) {
      const k = levelKey(l.name);
      if (keys.some((t) => t.includes(k))) names.add(l.name);
    }
    return { scale, names, coverage: names.size / scale.levels.length };
  });
}

export function detectScale(
  all: readonly Scale[],
  use: ScaleUse,
  cellTexts: readonly string[],
  legendTexts: readonly string[],
): (Detected & { from: 'cells' | 'legend' }) | undefined {
  const candidates = all.filter((s) => s.uses.includes(use));
  const cells = scoreCells(candidates, cellTexts);
  // Legends hold two level names at least; one stray "ej uppfyllt" in prose is no legend.
  const legend = scoreLegend(candidates, legendTexts).map((s) => (s.names.size >= 2 ? s : { ...s, names: new Set<string>(), coverage: 0 }));
  const rows = candidates.map((scale, i) => ({ scale, cell: cells[i], legend: legend[i] }));
  const key = (r: (typeof rows)[number]) => [r.cell.names.size, r.legend.names.size, r.cell.coverage, r.legend.coverage];
  const ok = rows.filter((r) => r.cell.names.size > 0 || r.legend.names.size > 0);
  ok.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
    return 0;
  });
  // Sorting is stable: on a full tie (a custom scale copying a built-in one) the first listed wins.
  const first = ok[0];
  if (!first) return undefined;
  const from = first.cell.names.size > 0 ? 'cells' : 'legend';
  const evidence = [...(from === 'cells' ? first.cell.names : first.legend.names)];
  return { scale: first.scale, evidence, from };
}
