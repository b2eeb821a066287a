import type { Scale, ScaleLevel } from './scales';
import { lowestLevel, metLevel, rankedLevels, rankOf } from './scales';

/**
 * A goal's suggested assessment from its key figures. Levels are compared as fractions of
 * their scale (worst 0, met 1), so key figures on the 2019 three-level scale can suggest a
 * goal on the two-level one.
 *
 * - "worst": the weakest key figure decides.
 * - "average" (default): the mean, rounded to the nearest goal level; a tie rounds down, so a
 *   suggestion never claims more than the figures show (Nära värde alone → Ej uppfyllt).
 * - "allMet": every key figure met → the met level, otherwise the lowest.
 */

export type GoalRule = 'worst' | 'average' | 'allMet';

export const GOAL_RULES: readonly GoalRule[] = ['worst', 'average', 'allMet'];

export function isGoalRule(v: unknown): v is GoalRule {
  return typeof v === 'string' && (GOAL_RULES as readonly string[]).includes(v);
}

export interface RatedLevel {
  level: ScaleLevel;
  scale: Scale;
}

export interface GoalSuggestion {
  level: ScaleLevel;
  /** Swedish, e.g. "Medel av 2 nyckeltal (Delvis uppfyllt, Helt uppfyllt) → I hög grad uppfyllt". */
  reason: string;
}

const EPS = 1e-9;

function fraction(r: RatedLevel): number | undefined {
  const ranked = rankedLevels(r.scale);
  const i = rankOf(r.scale, r.level);
  if (i < 0 || ranked.length < 2) return undefined;
  return i / (ranked.length - 1);
}

const RULE_WORDS: Record<GoalRule, string> = {
  worst: 'Sämsta av',
  average: 'Medel av',
  allMet: 'Alla uppnådda bland',
};

export function suggestGoal(rated: readonly RatedLevel[], goalScale: Scale, rule: GoalRule = 'average'): GoalSuggestion | undefined {
  const usable = rated.map((r) => ({ r, f: fraction(r) })).filter((x): x is { r: RatedLevel; f: number } => x.f !== undefined);
  if (usable.length === 0) return undefined;
  const ranked = rankedLevels(goalScale);
  const top = ranked.length - 1;
  let level: ScaleLevel;
  if (rule === 'allMet') {
    level = usable.every((x) => x.r.level.met || x.f === 1) ? metLevel(goalScale) : lowestLevel(goalScale);
  } else if (rule === 'worst') {
    const min = Math.min(...usable.map((x) => x.f));
    level = ranked[Math.min(top, Math.floor(min * top + EPS))];
  } else {
    const mean = usable.reduce((s, x) => s + x.f, 0) / usable.length;
    level = ranked[Math.max(0, Math.min(top, Math.ceil(mean * top - 0.5 - EPS)))];
  }
  const names = usable.map((x) => x.r.level.name).join(', ');
  const n = usable.length;
  return { level, reason: `${RULE_WORDS[rule]} ${n} nyckeltal (${names}) → ${level.name}` };
}
