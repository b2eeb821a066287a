import type { WorkbookGrid } from '../../src/grid/types';
import { parseA1 } from '../../src/grid/address';
import { readToolState, STATE_SHEET } from '../../src/grid/tool-state';
import type { WritePlan } from '../../src/grid/write-plan';
import type { Finding } from '../../src/model/finding';
import { mapWorkbook, buildModel } from '../../src/mapping';
import { validate } from '../../src/rules';
import { planFill } from '../../src/assessment';
import { planReport } from '../../src/report';

/**
 * The command line's pipeline run in memory, stage by stage, so a crash names the stage and a
 * broken promise (a finding pointing nowhere, a plan touching a cell the tool does not own) is
 * caught even when nothing throws.
 */

export type Stage = 'map' | 'model' | 'validate' | 'fill' | 'report';

export interface Crash {
  stage: Stage;
  message: string;
  stack: string;
}

export interface PipelineOutcome {
  /** Every stage that threw; after a crash in map or model, fill and report still run on a model built without the state sheet, so one run finds crashes in all stages. */
  crashes: Crash[];
  /** Broken promises found without a crash (message per problem). */
  problems: string[];
  findings: number;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Text a person would be shown that leaked a programming value. */
const LEAKED = /\bundefined\b|\bNaN\b|\[object Object\]|\{\{|\}\}|\bnull\b/;

/** Tokens the workbook itself contains (a message quoting the cell "NaN" leaks nothing). */
function quotedTokens(wb: WorkbookGrid): Set<string> {
  const found = new Set<string>();
  for (const s of wb.sheets) {
    for (const row of s.rows) {
      if (!row) continue;
      for (const c of row) {
        if (c && typeof c.value === 'string') for (const m of c.value.match(new RegExp(LEAKED, 'g')) ?? []) found.add(m);
      }
    }
  }
  return found;
}

export function findingProblems(findings: readonly Finding[], wb: WorkbookGrid): string[] {
  const names = new Set(wb.sheets.map((s) => s.name));
  const out: string[] = [];
  let quoted: Set<string> | undefined;
  const leaks = (message: string): boolean => {
    const hits = message.match(new RegExp(LEAKED, 'g'));
    if (!hits) return false;
    quoted ??= quotedTokens(wb);
    return hits.some((h) => !quoted?.has(h));
  };
  for (const f of findings) {
    const where = `${f.rule} ${f.sheet}!${f.cell}`;
    if (!SEVERITIES.has(f.severity)) out.push(`${where}: severity "${String(f.severity)}"`);
    if (typeof f.message !== 'string' || f.message.trim() === '') out.push(`${where}: empty message`);
    else if (leaks(f.message)) out.push(`${where}: message leaks a programming value: ${f.message.slice(0, 160)}`);
    // A finding about the whole workbook may name no sheet; one that names a sheet must name a real one.
    if (f.sheet && !names.has(f.sheet)) out.push(`${where}: names a sheet that does not exist`);
    if (f.cell) {
      try {
        parseA1(f.cell);
      } catch {
        out.push(`${where}: cell is not an A1 address`);
      }
    }
  }
  return out;
}

/** Cells and sheets a plan may touch: the cells it says it filled, sheets the tool generated. */
export function planProblems(kind: 'fill' | 'report', plan: WritePlan, wb: WorkbookGrid, ownedCells: Set<string>): string[] {
  const out: string[] = [];
  const names = new Set(wb.sheets.map((s) => s.name));
  for (const e of plan.edits) {
    if (e.sheet === STATE_SHEET) continue;
    if (!names.has(e.sheet)) out.push(`${kind}: edit on missing sheet ${e.sheet}!${e.cell}`);
    if (!ownedCells.has(`${e.sheet}!${e.cell}`)) out.push(`${kind}: edits ${e.sheet}!${e.cell}, which it does not report as filled`);
  }
  const deleted = new Set(plan.deleteSheets);
  // No corpus workbook holds a sheet the tool generated (whatever a forged state claims), so
  // deleting any sheet but the state sheet would destroy a person's work.
  for (const name of plan.deleteSheets) {
    if (name !== STATE_SHEET && names.has(name)) out.push(`${kind}: deletes sheet "${name}", which the tool never generated`);
  }
  for (const s of plan.addSheets) {
    if (names.has(s.grid.name) && !deleted.has(s.grid.name)) out.push(`${kind}: adds sheet "${s.grid.name}" over an existing sheet`);
  }
  return out;
}

function crashOf(stage: Stage, e: unknown): Crash {
  const err = e instanceof Error ? e : new Error(String(e));
  return { stage, message: err.message.split('\n')[0], stack: (err.stack ?? '').split('\n').slice(0, 8).join('\n') };
}

function attempt<T>(stage: Stage, crashes: Crash[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (e) {
    crashes.push(crashOf(stage, e));
    return undefined;
  }
}

export function runPipeline(wb: WorkbookGrid): PipelineOutcome {
  const problems: string[] = [];
  const crashes: Crash[] = [];
  let findings = 0;
  const mapping = attempt('map', crashes, () => mapWorkbook(wb, { saved: readToolState(wb).mapping }));
  let built = mapping && attempt('model', crashes, () => buildModel(wb, mapping));
  if (built) {
    const model = built.model;
    const found = attempt('validate', crashes, () => [...(built?.findings ?? []), ...validate(model, wb)]);
    if (found) {
      findings = found.length;
      problems.push(...findingProblems(found, wb));
    }
  } else {
    // Keep probing the later stages with a model read from the workbook minus its state sheet.
    const clean = { sheets: wb.sheets.filter((s) => s.name !== STATE_SHEET) };
    built = attempt('model', [], () => buildModel(clean, mapWorkbook(clean)));
  }
  if (!built) return { crashes, problems, findings };
  const model = built.model;
  const fill = attempt('fill', crashes, () => planFill(wb, model));
  if (fill) {
    problems.push(...findingProblems(fill.findings, wb));
    problems.push(...planProblems('fill', fill.plan, wb, new Set(fill.filled.map((f) => `${f.sheet}!${f.cell}`))));
  }
  const report = attempt('report', crashes, () => planReport(wb, model));
  if (report) problems.push(...planProblems('report', report.plan, wb, new Set()));
  return { crashes, problems, findings };
}
