import type { Target, TargetUnit } from './target';
import { describeTarget, formatNumber } from './target';
import type { Scale, ScaleLevel } from './scales';
import { inBand, lowestLevel, metLevel, noValueLevel, rankedLevels } from './scales';

/**
 * One key figure against its target. The shortfall is the distance from the outcome to the
 * target relative to the target (0 when met); a strict operator stays strict, so 166 against
 * "<166" is not met, with shortfall 0 %.
 *
 * A target of 0 has no relative distance. For a share (percent) the distance is taken in
 * percentage points of the whole 0–100 scale, so 2 % against "0 %" is 2 % from the target. For
 * anything else every miss counts as a full miss (shortfall 100 %): "0 avvikelser" with one
 * avvikelse is not met, and no fraction of zero says how close it was.
 */

export interface AssessOptions {
  /** The previous outcome, for "lägre än föregående år". */
  previous?: { value: number; label?: string } | null;
  /** Cumulative indicator in an interim report: outcome × factor estimates the target date. */
  projection?: { factor: number; fromLabel: string; toLabel: string };
  /** Unit of the outcome (a percent target or outcome makes a zero target use percentage points). */
  unit?: TargetUnit | 'years';
  /** The outcome as written "Ja" / "Nej" (for a Ja/Nej target). */
  yesNo?: boolean;
  /** For "Bibehålla": the words that say less is better for this indicator. */
  lowerIsBetterBecause?: string;
}

export type NotAssessedCode = 'unreadable-target' | 'no-outcome' | 'no-previous-outcome' | 'between-levels' | 'not-yes-no';

export type Assessment =
  | {
      status: 'assessed';
      level: ScaleLevel;
      met: boolean;
      /** Percent of the target; 0 when met; Infinity for a missed zero target (not a share). */
      shortfallPercent: number;
      /** The outcome as read. */
      outcome: number;
      /** The value compared with the target (the projected one for a projected indicator). */
      compared: number;
      /** The value the outcome was measured against (target value, nearest bound, previous outcome). */
      reference: number;
      reason: string;
    }
  | { status: 'no-value'; level: ScaleLevel; reason: string }
  | { status: 'not-assessed'; code: NotAssessedCode; reason: string };

const EPS = 1e-9;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(a), Math.abs(b));
}

interface Measure {
  met: boolean;
  /** Absolute distance still to go (0 when met). */
  distance: number;
  reference: number;
  /** The target asked for a value strictly beyond the reference, and the outcome equals it. */
  strictTie: boolean;
}

function measure(op: '<' | '<=' | '>' | '>=' | '=', o: number, v: number): Measure {
  const tie = same(o, v);
  switch (op) {
    case '>=':
      return { met: tie || o > v, distance: tie || o > v ? 0 : v - o, reference: v, strictTie: false };
    case '>':
      return { met: !tie && o > v, distance: !tie && o > v ? 0 : Math.max(0, v - o), reference: v, strictTie: tie };
    case '<=':
      return { met: tie || o < v, distance: tie || o < v ? 0 : o - v, reference: v, strictTie: false };
    case '<':
      return { met: !tie && o < v, distance: !tie && o < v ? 0 : Math.max(0, o - v), reference: v, strictTie: tie };
    case '=':
      return { met: tie, distance: tie ? 0 : Math.abs(o - v), reference: v, strictTie: false };
  }
}

/** Shortfall in percent of the reference, with the zero-target rule above. */
export function shortfallPercent(distance: number, reference: number, unit?: AssessOptions['unit']): number {
  if (distance === 0) return 0;
  if (reference === 0) return unit === 'percent' ? distance : Infinity;
  return (distance * 100) / Math.abs(reference);
}

/**
 * The level for a met target, or for a miss of the given shortfall. On a scale with bands
 * (a board's legend: "Uppfyllelse 91–99 procent") the fulfilment 100 − shortfall must fall in
 * exactly one band of a level that is not the met one; otherwise the legend does not decide and
 * the result is undefined.
 */
export function levelFor(scale: Scale, met: boolean, shortfall: number): ScaleLevel | undefined {
  if (met) return metLevel(scale);
  const ranked = rankedLevels(scale);
  if (ranked.some((l) => l.band)) {
    const fulfilment = 100 - shortfall;
    const hits = ranked.filter((l) => !l.met && l.band && inBand(l.band, fulfilment));
    return hits.length === 1 ? hits[0] : undefined;
  }
  const steps = ranked
    .filter((l) => !l.met && l.maxShortfallPercent !== undefined)
    .sort((a, b) => (a.maxShortfallPercent ?? 0) - (b.maxShortfallPercent ?? 0));
  for (const l of steps) {
    if (shortfall <= (l.maxShortfallPercent ?? 0) + EPS) return l;
  }
  return lowestLevel(scale);
}

function fmtValue(n: number, unit?: AssessOptions['unit']): string {
  return unit === 'percent' ? `${formatNumber(n)} %` : formatNumber(n);
}

function fmtShortfall(p: number): string {
  return `${formatNumber(p, 1)} %`;
}

/** Assess one outcome against one target on one scale. */
export function assess(target: Target, outcome: number | null | undefined, scale: Scale, options: AssessOptions = {}): Assessment {
  if (target.kind === 'unreadable') {
    return {
      status: 'not-assessed',
      code: 'unreadable-target',
      reason: target.reason === 'empty' ? 'Målvärde saknas' : `Målvärdet "${target.raw.trim()}" är inte ett maskinläsbart mål`,
    };
  }
  if (outcome === null || outcome === undefined || !Number.isFinite(outcome)) {
    const none = noValueLevel(scale);
    if (none) return { status: 'no-value', level: none, reason: `Utfall saknas → ${none.name}` };
    return { status: 'not-assessed', code: 'no-outcome', reason: 'Utfall saknas' };
  }
  if (target.kind === 'yesno') {
    if (options.yesNo === undefined) {
      return { status: 'not-assessed', code: 'not-yes-no', reason: `Målet är "${target.raw.trim()}" men utfallet är inte Ja eller Nej` };
    }
    const met = options.yesNo === target.expected;
    const level = met ? metLevel(scale) : lowestLevel(scale);
    const said = options.yesNo ? 'Ja' : 'Nej';
    return {
      status: 'assessed',
      level,
      met,
      shortfallPercent: met ? 0 : 100,
      outcome,
      compared: outcome,
      reference: target.expected ? 1 : 0,
      reason: `Utfall ${said} mot målet ${target.expected ? 'Ja' : 'Nej'}: ${met ? 'målet är nått' : 'målet är inte nått'} → ${level.name}`,
    };
  }
  const unit = options.unit ?? (target.kind === 'compare' || target.kind === 'range' ? target.unit : undefined);
  const compared = options.projection ? outcome * options.projection.factor : outcome;

  // "75" for a share reads better as "minst 75 %".
  const shown = (t: Target) => describeTarget((t.kind === 'compare' || t.kind === 'range') && !t.unit && unit === 'percent' ? { ...t, unit } : t);
  let m: Measure;
  let against: string;
  if (target.kind === 'compare') {
    m = measure(target.op, compared, target.value);
    against = `målvärde ${shown(target)}`;
  } else if (target.kind === 'range') {
    if (compared < target.min && !same(compared, target.min)) {
      m = { met: false, distance: target.min - compared, reference: target.min, strictTie: false };
    } else if (compared > target.max && !same(compared, target.max)) {
      m = { met: false, distance: compared - target.max, reference: target.max, strictTie: false };
    } else {
      m = { met: true, distance: 0, reference: compared < target.min ? target.min : target.max, strictTie: false };
    }
    against = `målvärde ${shown(target)}`;
  } else {
    const prev = options.previous;
    if (!prev || !Number.isFinite(prev.value)) {
      return {
        status: 'not-assessed',
        code: 'no-previous-outcome',
        reason: `Målet "${describeTarget(target)}" kräver ett tidigare utfall, och raden har inget`,
      };
    }
    const keepOp = options.lowerIsBetterBecause ? '<=' : '>=';
    m = measure(target.direction === 'keep' ? keepOp : target.direction === 'lower' ? '<' : '>', compared, prev.value);
    against = `${prev.label ?? 'föregående år'} ${fmtValue(prev.value, unit)} (målet: ${describeTarget(target)})`;
  }

  const shortfall = shortfallPercent(m.distance, m.reference, unit);
  const found = levelFor(scale, m.met, shortfall);
  if (!found) {
    const f = formatNumber(Math.max(0, 100 - shortfall), 1);
    return {
      status: 'not-assessed',
      code: 'between-levels',
      reason: `Utfall ${fmtValue(compared, unit)} mot ${against}: ${f} % av målet, som inte faller i precis en nivå av skalans förklaring`,
    };
  }
  const level = found;
  const p = options.projection;
  const what = p
    ? `Utfall ${fmtValue(outcome, unit)} ${p.fromLabel}, framskrivet till ${fmtValue(compared, unit)} ${p.toLabel},`
    : `Utfall ${fmtValue(outcome, unit)}`;
  let how: string;
  if (m.met) how = 'målet är nått';
  else if (m.strictTie) how = `${fmtShortfall(0)} från målet (värdet är lika med gränsen, som inte ska nås)`;
  else if (shortfall === Infinity) how = 'målvärdet är 0, så varje avvikelse räknas som hel';
  else how = `${fmtShortfall(shortfall)} från målet`;
  return {
    status: 'assessed',
    level,
    met: m.met,
    shortfallPercent: shortfall,
    outcome,
    compared,
    reference: m.reference,
    reason: `${what} mot ${against}: ${how} → ${level.name}`,
  };
}

// ---------------------------------------------------------------- interim projection

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

function parseIso(d: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "2024-08-31" → "per 31 aug". */
export function dateLabel(iso: string): string {
  const d = parseIso(iso);
  return d ? `per ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}` : iso;
}

/**
 * Linear projection of a count that grows through the year: days elapsed at the target date
 * over days elapsed at the cutoff, both counted from 1 January of the cutoff's year (8 by
 * 31 Aug 2024 → 8 × 366/244 = 12 by 31 Dec). Undefined when the dates don't allow it.
 */
export function projectionFactor(cutoff: string, targetDate: string): number | undefined {
  const c = parseIso(cutoff);
  const t = parseIso(targetDate);
  if (!c || !t || t.getUTCFullYear() !== c.getUTCFullYear() || t <= c) return undefined;
  const start = Date.UTC(c.getUTCFullYear(), 0, 1);
  const day = 86_400_000;
  const elapsed = (d: Date) => Math.round((d.getTime() - start) / day) + 1;
  return elapsed(t) / elapsed(c);
}
