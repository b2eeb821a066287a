import type { TableKind } from '../model/types';
import type { Lang } from '../excel/errors';
import { ROLE_LABELS_SV as LABELS_SV } from '../model/role-labels';

/** The roles a row or column can take per table kind (from src/model/types.ts), with labels. */

const COLUMN_ROLES: Record<TableKind, string[]> = {
  operating: ['budget', 'forecast', 'variance', 'actual', 'previousActual', 'difference'],
  investments: ['budget', 'forecast', 'variance', 'actual', 'previousActual', 'difference'],
  indicators: ['goal', 'indicator', 'target', 'outcome', 'previousOutcome', 'assessment', 'goalAssessment', 'comment', 'footnote'],
  internalControl: ['risk', 'control', 'frequency', 'method', 'assessment', 'result'],
  staff: ['persons', 'employments', 'fullTimeEquivalents', 'averageAge', 'employmentRate'],
  sickLeave: ['current', 'previous', 'difference'],
  workInjuries: ['current', 'previous', 'difference'],
  forecastAccuracy: ['forecast', 'deviation'],
  // Drift per verksamhet: a column's role is its header read compositionally (src/structure).
  activities: [],
  // Resultaträkning and Prognossäkerhet per nämnd: likewise (src/mapping/income-statement.ts, forecast-review.ts).
  incomeStatement: [],
  forecastReview: [],
  narrative: [],
};

const ROW_ROLES: Record<TableKind, string[]> = {
  operating: ['revenue', 'personnel', 'premises', 'purchasedServices', 'otherCosts', 'costGroup', 'totalCosts', 'netCosts', 'allocation', 'financialNet', 'result'],
  investments: ['category', 'item', 'total'],
  indicators: [],
  internalControl: [],
  staff: ['total', 'group'],
  sickLeave: ['total', 'women', 'men', 'age', 'days'],
  workInjuries: ['incidents', 'injuries', 'other'],
  forecastAccuracy: ['forecast', 'finalResult'],
  activities: ['activity', 'total'],
  incomeStatement: ['revenue', 'costs', 'depreciation', 'netCosts', 'taxRevenue', 'generalGrants', 'operatingResult', 'financialIncome', 'financialCosts', 'resultAfterFinancial', 'extraordinary', 'result', 'balanceAdjustments', 'adjustedResult', 'balanceResult', 'subtotal', 'line', 'subRow', 'other'],
  forecastReview: ['activity', 'total'],
  narrative: [],
};


/**
 * Roles the mapper adds beyond the model's (src/mapping/README.md) and the pane's word for
 * "ignore": Swedish names here so no internal English key reaches the controller.
 */
const PANE_LABELS_SV: Record<string, string> = {
  point: 'Kontrollpunkt',
  note: 'Anmärkning',
  section: 'Rubrik',
  heading: 'Rubrik',
  text: 'Text',
  paragraph: 'Stycke',
  label: 'Etikett',
  ignore: 'Ignorera',
};

const PANE_LABELS_EN: Record<string, string> = { ignore: 'Ignore' };

function splitCamel(role: string): string {
  const s = role.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function roleLabel(role: string, lang: Lang): string {
  if (lang === 'sv') return PANE_LABELS_SV[role] ?? LABELS_SV[role] ?? splitCamel(role);
  return PANE_LABELS_EN[role] ?? splitCamel(role);
}

/** Options for a dropdown: the kind's known roles plus any the mapper used that we do not list. */
export function roleOptions(kind: TableKind, axis: 'row' | 'column', used: string[]): string[] {
  const known = (axis === 'row' ? ROW_ROLES : COLUMN_ROLES)[kind] ?? [];
  return [...new Set([...known, ...used])];
}

/** Column roles a table may hold more than once (the mapper's REPEATABLE, plus "ignore"). */
export const REPEATABLE_COLUMN_ROLES: ReadonlySet<string> = new Set(['previousOutcome', 'label', 'ignore']);

/** Columns that share a role which must be unique: role → column letters. */
export function duplicateColumnRoles(columns: readonly { letter: string; role: string }[]): { role: string; letters: string[] }[] {
  const by = new Map<string, string[]>();
  for (const c of columns) {
    if (REPEATABLE_COLUMN_ROLES.has(c.role)) continue;
    by.set(c.role, [...(by.get(c.role) ?? []), c.letter]);
  }
  return [...by.entries()].filter(([, l]) => l.length > 1).map(([role, letters]) => ({ role, letters }));
}
