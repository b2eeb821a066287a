import { buildModel, leftOutItems, mapWorkbook, readSynonyms } from '../mapping';
import { validate } from '../rules/validate';
import { planFill } from '../assessment';
import { planReport } from '../report';
import type { CoreApi } from './core';
import { describeTables } from './table-notes';

/** The core layers wired to the pane's CoreApi (its own lazily loaded chunk). */
export const core: CoreApi = {
  // Remembered words come from the pane's storage: only their well-formed part is used.
  mapWorkbook: (grid, saved, extra) => mapWorkbook(grid, { saved, extraSynonyms: readSynonyms(extra) }),
  leftOut: (grid, mapping) => leftOutItems(grid, mapping),
  buildModel: (grid, mapping) => buildModel(grid, mapping),
  describe: (grid, mapping, extra) => describeTables(grid, mapping, extra),
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
