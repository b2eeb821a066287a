import type { Finding } from '../../../src/model/finding';

/**
 * What the printed reports contain, checked by hand (see the common brief): the errors the
 * product must find, the rounding differences it must not call errors.
 */
export const KNOWN_2024 = {
  errors: ['Drift!G12', 'Kommentarer!B10'],
  rounding: ['Drift!F12', 'Drift!B13', 'Drift!C13', 'Drift!E13', 'Sjukfrånvaro!D10', 'Sjukfrånvaro!D14'],
};

export const KNOWN_2019 = {
  errors: ['Investeringar!B10', 'Investeringar!C10', 'Kommentarer!B25'],
  rounding: ['Drift!F4', 'Drift!D6', 'Drift!F6', 'Drift!F8', 'Drift!D11', 'Drift!E13'],
};

export const at = (f: Finding) => `${f.sheet}!${f.cell}`;

export function bySeverity(findings: readonly Finding[], severity: Finding['severity']): string[] {
  return findings.filter((f) => f.severity === severity).map(at).sort();
}
