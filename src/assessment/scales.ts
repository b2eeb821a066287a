import { normalizeText } from './target';

/**
 * Assessment scales as data. A scale lists its levels worst first, as the 2024 report prints
 * its legend ("Ej uppfyllt | Delvis uppfyllt | I hög grad uppfyllt | Helt uppfyllt"); the
 * position is the level's rank. Thresholds are shortfalls in percent of the target (see assess.ts).
 */

export interface ScaleLevel {
  name: string;
  /** Other spellings that mean the same level ("Ej acceptabelt värde"). */
  aliases?: string[];
  /** Signal colour, 6-digit RGB without '#'; null for no fill. */
  fill: string | null;
  /** The level for a met target. */
  met?: boolean;
  /** Highest shortfall (percent of the target) that still earns this level. */
  maxShortfallPercent?: number;
  /** The level for "no outcome" ("Inget värde angivet"); it has no rank among the others. */
  noValue?: boolean;
  /**
   * The band of fulfilment (outcome in percent of the target, 100 − shortfall) a board's legend
   * gives this level: "Uppfyllelse 91–99 procent" → { min: 91, max: 99 }, "90 procent eller
   * lägre" → { max: 90 }. Bounds are inclusive unless marked strict ("> 75"). A scale whose
   * levels have bands is read by them: a fulfilment in no band, or in two, decides nothing.
   */
  band?: { min?: number; max?: number; minStrict?: boolean; maxStrict?: boolean };
  /** The board marks this level by colour alone: the tool writes the fill and no text. */
  colourOnly?: boolean;
}

/** Where a scale fits: key figures, goals, control points. */
export type ScaleUse = 'indicator' | 'goal' | 'control';

export interface Scale {
  id: string;
  /** Swedish name for the task pane. */
  name: string;
  uses: ScaleUse[];
  /** Worst first. */
  levels: ScaleLevel[];
  /** A board's own scale from the tool state. */
  custom?: boolean;
}

/** Is a fulfilment (percent of the target) inside a level's band? */
export function inBand(band: NonNullable<ScaleLevel['band']>, fulfilment: number): boolean {
  const EPS = 1e-9;
  if (band.min !== undefined && (band.minStrict ? fulfilment <= band.min + EPS : fulfilment < band.min - EPS)) return false;
  if (band.max !== undefined && (band.maxStrict ? fulfilment >= band.max - EPS : fulfilment > band.max + EPS)) return false;
  return true;
}

/** The band in words: "91–99 %", "högst 90 %", "minst 75 %". */
export function describeBand(band: NonNullable<ScaleLevel['band']>): string {
  const n = (v: number) => String(v).replace('.', ',');
  if (band.min !== undefined && band.max !== undefined) return band.min === band.max ? `${n(band.min)} %` : `${n(band.min)}–${n(band.max)} %`;
  if (band.min !== undefined) return `${band.minStrict ? 'över' : 'minst'} ${n(band.min)} %`;
  if (band.max !== undefined) return `${band.maxStrict ? 'under' : 'högst'} ${n(band.max)} %`;
  return 'alla värden';
}

/** Excel's standard colours, which boards use for signal fills. */
export const COLOURS = {
  green: '00B050',
  lightGreen: '92D050',
  yellow: 'FFFF00',
  red: 'FF0000',
  grey: 'BFBFBF',
} as const;

export const goal4: Scale = {
  id: 'goal4',
  name: 'Måluppfyllelse i fyra nivåer',
  uses: ['indicator', 'goal'],
  levels: [
    { name: 'Ej uppfyllt', aliases: ['Ej uppnått', 'Inte uppfyllt'], fill: COLOURS.red },
    { name: 'Delvis uppfyllt', aliases: ['Delvis uppnått'], fill: COLOURS.yellow, maxShortfallPercent: 25 },
    { name: 'I hög grad uppfyllt', aliases: ['I hög grad uppnått'], fill: COLOURS.lightGreen, maxShortfallPercent: 10 },
    { name: 'Helt uppfyllt', aliases: ['Uppfyllt'], fill: COLOURS.green, met: true },
  ],
};

export const keyFigure2019: Scale = {
  id: 'keyFigure2019',
  name: 'Nyckeltal: värde uppnått – nära värde – ej accepterat värde',
  uses: ['indicator'],
  levels: [
    { name: 'Ej accepterat värde', aliases: ['Ej acceptabelt värde', 'Inte accepterat värde'], fill: COLOURS.red },
    { name: 'Nära värde', fill: COLOURS.yellow, maxShortfallPercent: 25 },
    { name: 'Värde uppnått', fill: COLOURS.green, met: true },
    { name: 'Inget värde angivet', fill: COLOURS.grey, noValue: true },
  ],
};

export const goal2019: Scale = {
  id: 'goal2019',
  name: 'Åtaganden: helt uppfyllt – ej uppfyllt',
  uses: ['goal', 'indicator'],
  levels: [
    { name: 'Ej uppfyllt', aliases: ['Ej uppnått', 'Inte uppfyllt'], fill: COLOURS.red },
    { name: 'Helt uppfyllt', aliases: ['Uppfyllt'], fill: COLOURS.green, met: true },
  ],
};

/**
 * The internal-control signals. Never computed (the controller judges a control), only
 * recognised, e.g. for counting "tre av fyra utan anmärkning" in a summary.
 */
export const internalControl: Scale = {
  id: 'internalControl',
  name: 'Internkontroll: utan anmärkning – med anmärkning',
  uses: ['control'],
  levels: [
    {
      name: 'Med anmärkning',
      aliases: ['Kontrollen är genomförd med anmärkning', 'Genomförd med anmärkning'],
      fill: COLOURS.yellow,
    },
    {
      name: 'Utan anmärkning',
      aliases: [
        'Kontrollen är genomförd utan anmärkning/med försumbar anmärkning',
        'Kontrollen är genomförd utan anmärkning',
        'Genomförd utan anmärkning',
        'Utan anmärkning/med försumbar anmärkning',
        'Med försumbar anmärkning',
      ],
      fill: COLOURS.green,
      met: true,
    },
  ],
};

export const BUILTIN_SCALES: readonly Scale[] = [goal4, keyFigure2019, goal2019, internalControl];

/** Lower case, one space, no spaces around '/', no trailing punctuation: for comparing level names. */
export function levelKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/\s*\/\s*/g, '/')
    .replace(/[.:;!]+$/, '');
}

/** The level a cell's text names, or undefined. Accepts line breaks ("Värde\nuppnått"). */
export function recognizeLevel(scale: Scale, text: string | null | undefined): ScaleLevel | undefined {
  if (!text) return undefined;
  const key = levelKey(text);
  if (!key) return undefined;
  return scale.levels.find((l) => levelKey(l.name) === key || (l.aliases ?? []).some((a) => levelKey(a) === key));
}

/** The level whose signal colour a cell has (the 2024 goals are colour only). */
export function levelByFill(scale: Scale, fill: string | undefined): ScaleLevel | undefined {
  if (!fill) return undefined;
  const f = fill.toUpperCase().replace(/^#/, '').slice(-6);
  const hits = scale.levels.filter((l) => l.fill !== null && l.fill.toUpperCase() === f);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Ranked levels, worst first (the no-value level has no rank). */
export function rankedLevels(scale: Scale): ScaleLevel[] {
  return scale.levels.filter((l) => !l.noValue);
}

export function rankOf(scale: Scale, level: ScaleLevel): number {
  return rankedLevels(scale).indexOf(level);
}

export function metLevel(scale: Scale): ScaleLevel {
  const ranked = rankedLevels(scale);
  return ranked.find((l) => l.met) ?? ranked[ranked.length - 1];
}

export function lowestLevel(scale: Scale): ScaleLevel {
  return rankedLevels(scale)[0];
}

export function noValueLevel(scale: Scale): ScaleLevel | undefined {
  return scale.levels.find((l) => l.noValue);
}

// ---------------------------------------------------------------- a board's own scale

export interface CustomScaleProblem {
  index: number;
  problem: string;
}

const HEX = /^[0-9A-Fa-f]{6}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Read the custom scales saved in the tool state. Each is
 * `{ id, name, levels: [{ name, fill?, met?, maxShortfallPercent?, noValue?, aliases? }] }`,
 * levels worst first. A damaged entry is reported and left out, never half-used.
 */
export function parseCustomScales(saved: unknown[] | undefined): { scales: Scale[]; problems: CustomScaleProblem[] } {
  const scales: Scale[] = [];
  const problems: CustomScaleProblem[] = [];
  (saved ?? []).forEach((entry, index) => {
    const fail = (problem: string) => problems.push({ index, problem });
    if (!isRecord(entry)) return fail('inte ett objekt');
    const { id, name, levels } = entry;
    if (typeof id !== 'string' || !id.trim()) return fail('id saknas');
    if (BUILTIN_SCALES.some((s) => s.id === id)) return fail(`id "${id}" är upptaget av en inbyggd skala`);
    if (!Array.isArray(levels) || levels.length < 2) return fail('minst två nivåer behövs');
    const out: ScaleLevel[] = [];
    for (const l of levels) {
      if (!isRecord(l) || typeof l.name !== 'string' || !l.name.trim()) return fail('en nivå saknar namn');
      const fill = l.fill === undefined || l.fill === null ? null : typeof l.fill === 'string' ? l.fill.replace(/^#/, '') : '';
      if (fill !== null && !HEX.test(fill)) return fail(`nivån "${l.name}" har ogiltig färg`);
      const max = l.maxShortfallPercent;
      if (max !== undefined && (typeof max !== 'number' || !Number.isFinite(max) || max < 0)) {
        return fail(`nivån "${l.name}" har ogiltigt gränsvärde`);
      }
      const aliases = Array.isArray(l.aliases) ? l.aliases.filter((a): a is string => typeof a === 'string') : undefined;
      out.push({
        name: l.name.trim(),
        fill: fill === null ? null : fill.toUpperCase(),
        ...(l.met === true ? { met: true } : {}),
        ...(l.noValue === true ? { noValue: true } : {}),
        ...(typeof max === 'number' ? { maxShortfallPercent: max } : {}),
        ...(aliases && aliases.length ? { aliases } : {}),
      });
    }
    if (out.filter((l) => !l.noValue).length < 2) return fail('minst två rangordnade nivåer behövs');
    if (out.filter((l) => l.met).length > 1) return fail('högst en nivå kan betyda "uppnått"');
    scales.push({ id, name: typeof name === 'string' && name.trim() ? name.trim() : id, uses: ['indicator', 'goal'], levels: out, custom: true });
  });
  return { scales, problems };
}

/** All scales known in a workbook: the built-in ones and the board's own. */
export function allScales(custom: readonly Scale[] = []): Scale[] {
  return [...BUILTIN_SCALES, ...custom];
}

export function scaleById(id: string | undefined, custom: readonly Scale[] = []): Scale | undefined {
  return id === undefined ? undefined : allScales(custom).find((s) => s.id === id);
}

/** Apply threshold overrides (level name → max shortfall in percent) to a scale. */
export function withThresholds(scale: Scale, overrides: Record<string, number> | undefined): Scale {
  if (!overrides || Object.keys(overrides).length === 0) return scale;
  const byKey = new Map(Object.entries(overrides).map(([k, v]) => [levelKey(k), v]));
  return {
    ...scale,
    levels: scale.levels.map((l) => {
      const v = byKey.get(levelKey(l.name));
      return typeof v === 'number' && Number.isFinite(v) && v >= 0 && !l.met && !l.noValue ? { ...l, maxShortfallPercent: v } : l;
    }),
  };
}
