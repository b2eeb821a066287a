import type { Severity } from '../model/finding';
import type { ReportModel } from '../model/types';
import type { WorkbookGrid } from '../grid/types';
import { missingPlaceholders } from './messages';
import type { AnyRule, RawReport } from './types';
import { runRule } from './validate';

/**
 * Table-driven rule tests after ESLint's RuleTester: one line per case, assert message ids and
 * data, never prose. A report with an unknown messageId or an unfilled placeholder fails the
 * case, as do reports a valid case did not expect.
 */

export interface ValidCase {
  name: string;
  model: ReportModel;
  workbook?: WorkbookGrid;
  options?: object;
}

export interface ExpectedReport {
  messageId: string;
  cell: string;
  sheet?: string;
  severity?: Severity;
  /** A subset of the report's data that must match. */
  data?: Record<string, string | number>;
  expected?: number | string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

type Describe = (name: string, fn: () => void) => void;
type It = (name: string, fn: () => void) => void;

const EMPTY_WORKBOOK: WorkbookGrid = { sheets: [] };

export function checkMeta(rule: AnyRule): void {
  const { meta } = rule;
  if (!/^[a-z]+(-[a-z]+)*\/[a-z]+(-[a-z]+)*$/.test(meta.id)) throw new Error(`Ogiltigt regel-id "${meta.id}".`);
  if (!meta.docs.description.sv.trim() || !meta.docs.description.en.trim()) throw new Error(`${meta.id}: beskrivning saknas.`);
  for (const [id, m] of Object.entries(meta.messages)) {
    if (!m.sv.trim() || !m.en.trim()) throw new Error(`${meta.id}: meddelandet "${id}" saknar svensk eller engelsk text.`);
  }
  checkOptions(rule, meta.defaultOptions as Record<string, unknown>);
}

/** Options must be declared in the rule's schema, with the declared type. */
export function checkOptions(rule: AnyRule, options: Record<string, unknown>): void {
  const schema = rule.meta.schema as Record<string, string>;
  for (const [k, v] of Object.entries(options)) {
    if (!(k in schema)) throw new Error(`${rule.meta.id}: inställningen "${k}" finns inte i schemat.`);
    if (typeof v !== schema[k]) throw new Error(`${rule.meta.id}: inställningen "${k}" ska vara av typen ${schema[k]}.`);
  }
}

function runCase(rule: AnyRule, c: ValidCase): RawReport[] {
  checkOptions(rule, (c.options ?? {}) as Record<string, unknown>);
  const options = { ...(rule.meta.defaultOptions as object), ...(c.options ?? {}) };
  const { reports } = runRule(rule, c.model, c.workbook ?? EMPTY_WORKBOOK, options);
  for (const r of reports) {
    const template = rule.meta.messages[r.messageId];
    const missing = missingPlaceholders(template, r.data ?? {});
    if (missing.length) throw new Error(`${rule.meta.id}: meddelandet "${r.messageId}" har ofyllda platshållare: ${missing.join(', ')}.`);
  }
  return reports;
}

function describeReports(reports: RawReport[]): string {
  return reports.map((r) => `${r.ref.sheet}!${r.ref.cell} ${r.severity} ${r.messageId} ${JSON.stringify(r.data ?? {})}`).join('\n  ');
}

export function assertValid(rule: AnyRule, c: ValidCase): void {
  const reports = runCase(rule, c);
  if (reports.length) throw new Error(`${rule.meta.id} / ${c.name}: väntade inga rapporter, fick ${reports.length}:\n  ${describeReports(reports)}`);
}

export function assertInvalid(rule: AnyRule, c: InvalidCase): void {
  if (!c.errors.length) throw new Error(`${rule.meta.id} / ${c.name}: ett ogiltigt fall måste ange minst en förväntad rapport.`);
  for (const e of c.errors) {
    if (!(e.messageId in rule.meta.messages)) throw new Error(`${rule.meta.id} / ${c.name}: okänt messageId "${e.messageId}" i testfallet.`);
  }
  const reports = runCase(rule, c);
  if (reports.length !== c.errors.length) {
    throw new Error(`${rule.meta.id} / ${c.name}: väntade ${c.errors.length} rapporter, fick ${reports.length}:\n  ${describeReports(reports)}`);
  }
  c.errors.forEach((e, i) => {
    const r = reports[i];
    const problems: string[] = [];
    if (r.messageId !== e.messageId) problems.push(`messageId ${r.messageId} ≠ ${e.messageId}`);
    if (r.ref.cell !== e.cell) problems.push(`cell ${r.ref.cell} ≠ ${e.cell}`);
    if (e.sheet && r.ref.sheet !== e.sheet) problems.push(`blad ${r.ref.sheet} ≠ ${e.sheet}`);
    if (e.severity && r.severity !== e.severity) problems.push(`allvarlighet ${r.severity} ≠ ${e.severity}`);
    if (e.expected !== undefined && r.expected !== e.expected) problems.push(`expected ${String(r.expected)} ≠ ${String(e.expected)}`);
    for (const [k, v] of Object.entries(e.data ?? {})) {
      if (r.data?.[k] !== v) problems.push(`data.${k} ${String(r.data?.[k])} ≠ ${String(v)}`);
    }
    if (problems.length) throw new Error(`${rule.meta.id} / ${c.name}, rapport ${i + 1}: ${problems.join('; ')}\n  ${describeReports(reports)}`);
  });
}

export class RuleTester {
  constructor(
    private readonly describeFn: Describe = (globalThis as unknown as { describe: Describe }).describe,
    private readonly itFn: It = (globalThis as unknown as { it: It }).it,
  ) {}

  run(rule: AnyRule, tests: RuleTests): void {
    if (!tests.valid.length || !tests.invalid.length) throw new Error(`${rule.meta.id}: minst ett giltigt och ett ogiltigt fall krävs.`);
    checkMeta(rule);
    this.describeFn(rule.meta.id, () => {
      this.describeFn('valid', () => {
        for (const c of tests.valid) this.itFn(c.name, () => assertValid(rule, c));
      });
      this.describeFn('invalid', () => {
        for (const c of tests.invalid) this.itFn(c.name, () => assertInvalid(rule, c));
      });
    });
  }
}
