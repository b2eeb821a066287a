import type { Indicator, Indicators, ReportModel } from '../../model/types';
import { tablesOf } from '../../model/types';
import { parseTarget } from '../../assessment';
import type { Target } from '../../assessment';

export function indicatorTables(model: ReportModel): Indicators[] {
  return tablesOf(model, 'indicators');
}

export function* indicatorsOf(model: ReportModel): Generator<{ table: Indicators; goal: Indicators['goals'][number]; indicator: Indicator }> {
  for (const table of indicatorTables(model)) {
    for (const goal of table.goals) for (const indicator of goal.indicators) yield { table, goal, indicator };
  }
}

const targets = new Map<string, Target>();

/**
 * The target as the assessment layer reads it (one parser for the whole product). Memoised on
 * its inputs: two rules read every indicator's target, and the rules only read the result.
 */
export function targetOf(indicator: Indicator, goalTitle: string): Target {
  const text = indicator.target?.text ?? null;
  const key = `${text === null ? '\u0001' : text}\u0000${indicator.name.text}\u0000${goalTitle}`;
  let target = targets.get(key);
  if (!target) {
    if (targets.size > 5000) targets.clear();
    target = parseTarget(text, { indicator: indicator.name.text, goal: goalTitle });
    targets.set(key, target);
  }
  return target;
}

export function shortName(indicator: Indicator): string {
  const n = indicator.name.text.replace(/\s+/g, ' ').trim();
  return n.length > 80 ? `${n.slice(0, 77)}…` : n;
}
