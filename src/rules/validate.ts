import type { Finding, Severity } from '../model/finding';
import type { ReportModel, SourceRef } from '../model/types';
import type { WorkbookGrid } from '../grid/types';
import { parseA1 } from '../grid/address';
import { renderMessage } from './messages';
import { rules as registry } from './registry';
import { findRootCauses, rootCauseReport } from './root-cause';
import { refKey } from './tables';
import type { AnyRule, Equation, RawReport, RuleContext, RuleSetting, ValidateOptions } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Resolved {
  rule: AnyRule;
  /** Set only when the caller configured a severity. */
  severity?: Severity;
  options: object;
}

function resolve(rule: AnyRule, setting: RuleSetting | undefined): Resolved | undefined {
  if (setting === 'off') return undefined;
  let severity: Severity | undefined;
  let options: Record<string, unknown> = { ...(rule.meta.defaultOptions as Record<string, unknown>) };
  if (typeof setting === 'string') severity = setting;
  else if (setting) {
    if (setting.severity === 'off') return undefined;
    if (setting.severity) severity = setting.severity;
    if (setting.options) {
      const schema = rule.meta.schema as Record<string, string>;
      for (const [k, v] of Object.entries(setting.options)) {
        if (!(k in schema)) throw new Error(`Regeln ${rule.meta.id} har ingen inställning "${k}".`);
        if (typeof v !== schema[k]) throw new Error(`Inställningen "${k}" för ${rule.meta.id} ska vara av typen ${schema[k]}.`);
      }
      options = { ...options, ...setting.options };
    }
  }
  return { rule, severity, options };
}

/** Run one rule and collect its raw reports and the identities it checked. */
export function runRule(
  rule: AnyRule,
  model: ReportModel,
  workbook: WorkbookGrid,
  options: object = rule.meta.defaultOptions,
  configured?: Severity,
  shared: Map<string, unknown> = new Map(),
): { reports: RawReport[]; ledger: Equation[] } {
  const reports: RawReport[] = [];
  const ledger: Equation[] = [];
  const context: RuleContext = {
    id: rule.meta.id,
    model,
    workbook,
    options,
    report(d) {
      if (!(d.messageId in rule.meta.messages)) throw new Error(`Regeln ${rule.meta.id} rapporterar okänt messageId "${d.messageId}".`);
      // A rounding note stays info whatever the rule is configured to; otherwise a configured
      // severity wins over the rule's own choice for the report.
      const severity: Severity = d.severity === 'info' ? 'info' : (configured ?? d.severity ?? rule.meta.severity);
      reports.push({ ...d, rule: rule.meta.id, severity });
    },
    recordIdentity(eq) {
      ledger.push(eq);
    },
    shared,
  };
  rule.check(context);
  return { reports, ledger };
}

function render(report: RawReport, rule: AnyRule | undefined, language: 'sv' | 'en'): Finding {
  const template = rule?.meta.messages[report.messageId];
  const data = report.data ?? {};
  const sv = template ? renderMessage(template.sv, data) : report.messageId;
  const en = template ? renderMessage(template.en, data) : report.messageId;
  const f: Finding = {
    rule: report.rule,
    severity: report.severity,
    sheet: report.ref.sheet,
    cell: report.ref.cell,
    messageId: report.messageId,
    data,
    message: language === 'en' ? en : sv,
    messageEn: en,
  };
  if (report.expected !== undefined) f.expected = report.expected;
  if (report.actual !== undefined) f.actual = report.actual;
  if (report.identity !== undefined) f.identity = report.identity;
  if (report.related?.length) f.related = report.related;
  return f;
}

/** One finding per cell: the most severe speaks, the others are mentioned in it. */
function mergeByCell(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.sheet}!${f.cell}`;
    const g = groups.get(k) ?? [];
    g.push(f);
    groups.set(k, g);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const [first, ...rest] = group;
    if (!rest.length) {
      out.push(first);
      continue;
    }
    const related = new Map<string, SourceRef>();
    for (const f of group) for (const r of f.related ?? []) related.set(refKey(r), r);
    related.delete(`${first.sheet}!${first.cell}`);
    out.push({
      ...first,
      message: `${first.message} Även: ${rest.map((f) => f.message).join(' ')}`,
      messageEn: first.messageEn && `${first.messageEn} Also: ${rest.map((f) => f.messageEn ?? f.message).join(' ')}`,
      related: related.size ? [...related.values()] : undefined,
    });
  }
  return out;
}

function sortFindings(findings: Finding[], workbook: WorkbookGrid, model: ReportModel): Finding[] {
  const order = new Map<string, number>();
  workbook.sheets.forEach((s, i) => order.set(s.name, i));
  model.tables.forEach((t) => order.has(t.sheet) || order.set(t.sheet, order.size));
  // Each address parsed once, not once per comparison.
  const positions = new Map<Finding, { row: number; col: number }>();
  const pos = (f: Finding) => {
    let p = positions.get(f);
    if (!p) {
      try {
        p = parseA1(f.cell);
      } catch {
        p = { row: 0, col: 0 };
      }
      positions.set(f, p);
    }
    return p;
  };
  return findings.sort((a, b) => {
    const s = (order.get(a.sheet) ?? 999) - (order.get(b.sheet) ?? 999);
    if (s) return s;
    const pa = pos(a);
    const pb = pos(b);
    return pa.row - pb.row || pa.col - pb.col || a.rule.localeCompare(b.rule);
  });
}

/**
 * A sentence quoting a table cell that is itself wrong is a consequence, not a second error:
 * the report says so at info level (rules opt in with an `afterTableError` message).
 */
function demoteConsequences(reports: RawReport[], byId: Map<string, AnyRule>): void {
  const wrongCells = new Set(reports.filter((r) => r.severity === 'error' && (r.equation || r.messageId === 'rootCause')).map((r) => refKey(r.ref)));
  reports.forEach((r, i) => {
    if (r.severity !== 'error' || r.equation || r.messageId === 'rootCause') return;
    if (!byId.get(r.rule)?.meta.messages.afterTableError) return;
    if (!r.related?.some((x) => wrongCells.has(refKey(x)))) return;
    reports[i] = { ...r, severity: 'info', messageId: 'afterTableError' };
  });
}

/**
 * A cell already reported wrong on its own (out of range, an error value) explains a broken
 * identity it takes part in: the identity's report moves to that cell and is merged there,
 * instead of accusing the identity's total.
 */
function blameKnownBadCells(reports: RawReport[]): void {
  const bad = new Map<string, RawReport['ref']>();
  for (const r of reports) if (r.severity === 'error' && !r.equation && r.messageId !== 'rootCause') bad.set(refKey(r.ref), r.ref);
  if (!bad.size) return;
  reports.forEach((r, i) => {
    if (r.severity !== 'error' || !r.equation) return;
    const culprit = r.equation.terms.map((t) => t.ref).find((ref) => bad.has(refKey(ref)));
    if (!culprit || refKey(culprit) === refKey(r.ref)) return;
    reports[i] = { ...r, ref: culprit, related: [r.ref, ...(r.related ?? []).filter((x) => refKey(x) !== refKey(culprit))] };
  });
}

/**
 * Run every rule over the model, settle root causes (one wrong cell reported once, not the
 * cascade of identities it breaks), merge what points at the same cell, and return the findings
 * in sheet order.
 */
export function validate(model: ReportModel, workbook: WorkbookGrid, options: ValidateOptions = {}): Finding[] {
  const reports: RawReport[] = [];
  const ledger: Equation[] = [];
  const byId = new Map<string, AnyRule>();
  // One memo for this call's model and workbook: rules read them, never change them.
  const shared = new Map<string, unknown>();
  for (const rule of registry) {
    byId.set(rule.meta.id, rule);
    const resolved = resolve(rule, options.rules?.[rule.meta.id]);
    if (!resolved) continue;
    const out = runRule(rule, model, workbook, resolved.options, resolved.severity, shared);
    // Loops, not push(...xs): a rule on a million-cell workbook records more equations than a
    // call's argument list can hold.
    for (const r of out.reports) reports.push(r);
    for (const e of out.ledger) ledger.push(e);
  }
  const causes = findRootCauses(ledger);
  const settled = new Set<Equation>(causes.flatMap((c) => c.equations));
  const kept = reports.filter((r) => !(r.equation && settled.has(r.equation)));
  for (const c of causes) kept.push(rootCauseReport(c, reports));
  demoteConsequences(kept, byId);
  blameKnownBadCells(kept);
  const visible = options.reportRounding === false ? kept.filter((r) => r.messageId !== 'rounding') : kept;
  const findings = visible.map((r) => render(r, byId.get(r.rule), options.language ?? 'sv'));
  const prior = (options.prior ?? []).map((f) => (options.language === 'en' && f.messageEn ? { ...f, message: f.messageEn } : { ...f }));
  return sortFindings(mergeByCell([...prior, ...findings]), workbook, model);
}
