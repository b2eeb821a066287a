import type { Figure, SourceRef } from '../model/types';
import { cellLabel } from './tables';
import { formatNumber } from './format';
import { classify, displayDecimals, unitOf } from './tolerance';
import type { Equation, EquationTerm, MessageTemplate, RuleContext } from './types';

/**
 * Messages every identity rule carries besides its own: the rounding note and the root-cause
 * finding that validate() writes when one cell breaks several identities.
 */
export const IDENTITY_MESSAGES: Record<'rounding' | 'rootCause', MessageTemplate> = {
  rounding: {
    sv: '{{label}}: {{actual}} mot beräknat {{expected}} ({{identity}}), skillnad {{diff}} – ryms inom avrundningen av de tryckta talen.',
    en: '{{label}}: {{actual}} against computed {{expected}} ({{identity}}), difference {{diff}} – within the rounding of the printed figures.',
  },
  rootCause: {
    sv: '{{label}} är {{actual}} men bör vara {{expected}} (skillnad {{diff}}): cellen bryter {{count}} samband – {{identities}}.',
    en: '{{label}} is {{actual}} but should be {{expected}} (difference {{diff}}): the cell breaks {{count}} identities – {{identities}}.',
  },
};

export interface LabelledFigure {
  figure: Figure | undefined;
  label: string;
}

export interface IdentitySpec {
  /** Message for a broken identity; it receives label, actual, expected, diff and identity. */
  messageId: string;
  /** The figure the identity defines (a total, a variance); blamed when no root cause is found. */
  target: LabelledFigure;
  /** target = Σ sign·term */
  terms: (LabelledFigure & { sign?: 1 | -1 })[];
  identity: string;
  data?: Record<string, string | number>;
  /** Counts (persons, injuries) are exact, not rounded: no rounding tolerance. */
  exact?: boolean;
}

/**
 * Each row's figure in the column with its label: the terms of a column's sum. A loop in a module
 * function rather than a closure per rule call: a closure's optimized code does not outlive the
 * closure past a full GC (see sheetRead in xlsx/reader.ts).
 */
export function columnTerms<C extends string>(rows: readonly { label: string; values: Partial<Record<C, Figure>> }[], col: { role: C; header: string }): LabelledFigure[] {
  const out: LabelledFigure[] = [];
  for (const r of rows) out.push({ figure: r.values[col.role], label: cellLabel(r, col) });
  return out;
}

function usable(f: Figure | undefined): f is Figure & { value: number } {
  return !!f && typeof f.value === 'number' && Number.isFinite(f.value) && f.problem !== 'error-value';
}

function term(f: Figure & { value: number }, label: string, coef: number): EquationTerm {
  return { ref: f.ref, label, coef, value: f.value, decimals: f.decimals };
}

/**
 * Check target = Σ sign·term. Records the identity in the ledger; reports an info when the
 * difference is rounding, an error (the rule's severity) when it is not. Skips the identity
 * when a figure is missing: an empty cell is not a zero.
 */
export function checkIdentity(ctx: RuleContext, spec: IdentitySpec): Equation | undefined {
  const { target } = spec;
  if (!usable(target.figure)) return undefined;
  if (spec.terms.length === 0 || !spec.terms.every((t) => usable(t.figure))) return undefined;
  // One pass for the terms, the residual and the rounding tolerance (summed in the same order as
  // before, so the floating-point results are the same): a ledger of thousands of identities
  // otherwise builds three arrays per identity for one number each.
  const terms: EquationTerm[] = [];
  let residual = 0;
  let slack = 0;
  const add = (t: EquationTerm): void => {
    terms.push(t);
    residual += t.coef * t.value;
    slack += unitOf(t.decimals) / 2;
  };
  for (const t of spec.terms) add(term(t.figure as Figure & { value: number }, t.label, t.sign ?? 1));
  add(term(target.figure, target.label, -1));
  const tolerance = spec.exact ? 0 : slack;
  const agreement = classify(residual, tolerance);
  const equation: Equation = {
    rule: ctx.id,
    identity: spec.identity,
    terms,
    target: terms.length - 1,
    residual,
    tolerance,
    status: agreement === 'exact' ? 'ok' : agreement,
  };
  ctx.recordIdentity(equation);
  if (agreement === 'exact') return equation;
  const decimals = displayDecimals(terms.map((t) => t.decimals));
  const actual = target.figure.value;
  const expected = actual + residual;
  const data = {
    label: target.label,
    actual: formatNumber(actual, decimals),
    expected: formatNumber(expected, decimals),
    diff: formatNumber(actual - expected, decimals),
    identity: spec.identity,
    ...spec.data,
  };
  const related: SourceRef[] = terms.slice(0, -1).map((t) => t.ref);
  ctx.report({
    messageId: agreement === 'rounding' ? 'rounding' : spec.messageId,
    severity: agreement === 'rounding' ? 'info' : undefined,
    data,
    ref: target.figure.ref,
    expected: round(expected, decimals),
    actual,
    identity: spec.identity,
    related,
    equation,
  });
  return equation;
}

export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
