import type { Finding, FindingSummary } from '../model/finding';
import { summarize } from '../model/finding';
import type { WorkbookMapping } from '../model/mapping-types';
import { mappingJson } from './mapping';

const SEVERITY_SV: Record<Finding['severity'], string> = { error: 'fel', warning: 'varning', info: 'info' };

function summaryLine(s: FindingSummary): string {
  return `${s.errors} fel, ${s.warnings} varningar, ${s.infos} info`;
}

/** Compiler-style text, grouped by sheet: `Drift!G12: fel: … [operating/difference]`. */
export function formatFindingsText(file: string, findings: readonly Finding[]): string {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  const out: string[] = [];
  for (const [sheet, list] of bySheet) {
    out.push(`${sheet}`);
    for (const f of list) out.push(`  ${sheet}!${f.cell}: ${SEVERITY_SV[f.severity]}: ${f.message} [${f.rule}]`);
  }
  out.push(`${file}: ${summaryLine(summarize(findings))}`);
  return out.join('\n') + '\n';
}

/** The JSON the command line prints for `validate`. */
export function validateJson(file: string, mapping: WorkbookMapping, findings: readonly Finding[]): object {
  const { tables } = mappingJson(file, mapping) as { tables: unknown[] };
  return {
    file,
    tables,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      identity: f.identity ?? null,
    })),
    summary: summarize(findings),
  };
}
