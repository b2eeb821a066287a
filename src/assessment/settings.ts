import type { ToolState } from '../grid/tool-state';
import type { GoalRule } from './goal';
import { isGoalRule } from './goal';

/**
 * The fill's settings: what the pane or the command line passes, over what the workbook has
 * saved (ToolState.assessment), over the defaults. Whatever is passed is saved back, so the
 * next fill of the same workbook behaves the same.
 */

export interface ThresholdSettings {
  /** Per scale id: level name → highest shortfall in percent ({ "I hög grad uppfyllt": 5 }). */
  scales?: Record<string, Record<string, number>>;
  /**
   * Per indicator: keyed by the indicator's name cell ("Mål och nyckeltal!A12") or its name as
   * written; level name → highest shortfall in percent. Wins over the per-scale values.
   */
  indicators?: Record<string, Record<string, number>>;
}

export interface FillSettings {
  /** Scale id for key figures (and for goals unless goalScale says otherwise). */
  scale?: string;
  goalScale?: string;
  /** A board's own scales (see parseCustomScales). */
  customScales?: unknown[];
  thresholds?: ThresholdSettings;
  /** Project cumulative indicators to the target date in interim reports (default off). */
  projectCumulative?: boolean;
  goalRule?: GoalRule;
}

export interface ResolvedSettings {
  scale?: string;
  goalScale?: string;
  customScales: unknown[];
  thresholds: ThresholdSettings;
  projectCumulative: boolean;
  goalRule: GoalRule;
  /** A saved goal rule that is not one of ours (reported, then the default is used). */
  badGoalRule?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function numberMap(v: unknown): Record<string, number> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(v)) if (typeof n === 'number' && Number.isFinite(n) && n >= 0) out[k] = n;
  return out;
}

function nestedMap(v: unknown): Record<string, Record<string, number>> | undefined {
  if (!isRecord(v)) return undefined;
  const out: Record<string, Record<string, number>> = {};
  for (const [k, m] of Object.entries(v)) {
    const inner = numberMap(m);
    if (inner) out[k] = inner;
  }
  return out;
}

/** Read thresholds saved as unknown JSON; anything malformed is dropped, never half-used. */
export function readThresholds(v: unknown): ThresholdSettings {
  if (!isRecord(v)) return {};
  const scales = nestedMap(v.scales);
  const indicators = nestedMap(v.indicators);
  return { ...(scales ? { scales } : {}), ...(indicators ? { indicators } : {}) };
}

export function resolveSettings(state: ToolState, passed: FillSettings = {}): ResolvedSettings {
  const saved = state.assessment ?? {};
  const rule = passed.goalRule ?? saved.goalRule;
  return {
    scale: passed.scale ?? saved.scale,
    goalScale: passed.goalScale ?? saved.goalScale,
    customScales: passed.customScales ?? saved.customScales ?? [],
    thresholds: passed.thresholds ?? readThresholds(saved.thresholds),
    projectCumulative: passed.projectCumulative ?? saved.projectCumulative ?? false,
    goalRule: isGoalRule(rule) ? rule : 'average',
    ...(rule !== undefined && !isGoalRule(rule) ? { badGoalRule: String(rule) } : {}),
  };
}

/** The tool state's assessment part after a fill: saved values with the passed ones on top. */
export function savedAssessment(state: ToolState, passed: FillSettings = {}): ToolState['assessment'] {
  const out: NonNullable<ToolState['assessment']> = { ...(state.assessment ?? {}) };
  if (passed.scale !== undefined) out.scale = passed.scale;
  if (passed.goalScale !== undefined) out.goalScale = passed.goalScale;
  if (passed.customScales !== undefined) out.customScales = passed.customScales;
  if (passed.thresholds !== undefined) out.thresholds = passed.thresholds;
  if (passed.projectCumulative !== undefined) out.projectCumulative = passed.projectCumulative;
  if (passed.goalRule !== undefined) out.goalRule = passed.goalRule;
  return Object.keys(out).length ? out : undefined;
}
