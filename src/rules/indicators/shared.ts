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

/** The target as the assessment layer reads it (one parser for the whole product). */
export function targetOf(indicator: Indicator, goalTitle: string): Target {
  return parseTarget(indicator.target?.text ?? null, { indicator: indicator.name.text, goal: goalTitle });
}

export function shortName(indicator: Indicator): string {
  const n = indicator.name.text.replace(/\s+/g, ' ').trim();
  return n.length > 80 ? `${n.slice(0, 77)}…` : n;
}
