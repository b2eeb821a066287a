import { buildModel, mapWorkbook } from '../mapping';
import { validate } from '../rules/validate';
import { planFill } from '../assessment';
import { planReport } from '../report';
import type { CoreApi } from './core';

/** The core layers wired to the pane's CoreApi (its own lazily loaded chunk). */
export const core: CoreApi = {
  mapWorkbook: (grid, saved) => mapWorkbook(grid, { saved }),
  buildModel: (grid, mapping) => buildModel(grid, mapping),
  validate: (model, grid) => validate(model, grid),
  planFill: (grid, model, settings) => {
    const r = planFill(grid, model, settings);
    return {
      plan: r.plan,
      filled: r.filled,
      skipped: r.skipped,
      findings: r.findings,
      scaleName: r.scales.indicator.name,
      scales: r.scales,
      choices: r.choices,
      goalRule: r.goalRule,
      ...(settings ? { settings } : {}),
    };
  },
  planReport: (grid, model) => planReport(grid, model),
};
