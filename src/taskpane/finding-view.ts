import type { AcknowledgedFinding } from '../grid/tool-state';
import type { Finding } from '../model/finding';
import type { Lang } from '../excel/errors';
import type { Translate } from './i18n';

/**
 * A finding as the pane shows it: a short headline in the board's words, then expected /
 * actual / difference on one line, the relation on demand. Numbers are written the Swedish way
 * with one minus sign (U+2212) and non-breaking spaces inside them, so a number never breaks
 * across lines and never mixes "-" with "−".
 */

export const MINUS = '\u2212';
const NBSP = '\u00a0';

export interface FindingView {
  headline: string;
  /** Expected, actual and difference, formatted; absent parts are left out (never "Förväntat –"). */
  figures: { key: 'expected' | 'actual' | 'difference'; text: string }[];
  /** The identities checked, one per line. */
  relations: string[];
  /** The full message, numbers tidied. */
  message: string;
  rounding: boolean;
}

function decimalsOf(n: number): number {
  if (Number.isInteger(n)) return 0;
  const s = String(n);
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(2, s.length - i - 1);
}

export function formatAmount(n: number, decimals: number, lang: Lang = 'sv'): string {
  const text = n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return text.replace(/[\s\u202f]/g, NBSP).replace(/^[-\u2212]/, MINUS);
}

/** Numbers inside running text: "-32 296" → "−32 296" with a non-breaking space. */
export function tidyNumbers(text: string): string {
  return text
    .replace(/(^|[\s(=/:;,])-(?=\d)/g, `$1${MINUS}`)
    .replace(/(\d)[ \u202f](?=\d{3}(?!\d))/g, `$1${NBSP}`)
    .replace(/(\d)[ \u202f](?=\d{3}(?!\d))/g, `$1${NBSP}`)
    // A unit stays with its number ("9,6 %", "5,0 mnkr").
    .replace(/(\d) (?=(?:%|tkr|mnkr|kr)(?![\p{L}]))/gu, `$1${NBSP}`);
}

export function isRounding(f: Finding): boolean {
  return f.messageId === 'rounding';
}

function cut(text: string): string {
  const max = 140;
  let end = text.length;
  for (const mark of [' (', ': ', ' – ']) {
    const i = text.indexOf(mark, 20);
    if (i > 0 && i < end) end = i;
  }
  const head = text.slice(0, end);
  return head.length > max ? `${head.slice(0, max - 1)}…` : head;
}

export function viewFinding(f: Finding, lang: Lang, t: Translate): FindingView {
  const message = tidyNumbers(lang === 'en' && f.messageEn ? f.messageEn : f.message);
  const label = typeof f.data?.label === 'string' ? f.data.label : undefined;
  const numbers = typeof f.expected === 'number' && typeof f.actual === 'number';
  const rounding = isRounding(f);
  const headline = rounding && label ? label : label && f.identity && numbers ? t('headlineBroken', { label }) : cut(message);
  const figures: FindingView['figures'] = [];
  const show = (v: number | string, decimals: number) => (typeof v === 'number' ? formatAmount(v, decimals, lang) : tidyNumbers(String(v)));
  const decimals = Math.max(typeof f.expected === 'number' ? decimalsOf(f.expected) : 0, typeof f.actual === 'number' ? decimalsOf(f.actual) : 0);
  if (f.expected !== undefined && f.expected !== '') figures.push({ key: 'expected', text: show(f.expected, decimals) });
  if (f.actual !== undefined && f.actual !== '') figures.push({ key: 'actual', text: show(f.actual, decimals) });
  if (numbers) {
    const diff = Math.round(((f.actual as number) - (f.expected as number)) * 10 ** decimals) / 10 ** decimals;
    figures.push({ key: 'difference', text: formatAmount(diff, decimals, lang) });
  }
  const relations = f.identity ? f.identity.split(/;\s*/).map(tidyNumbers) : [];
  return { headline: tidyNumbers(headline), figures, relations, message, rounding };
}

export function ackOf(f: Finding): AcknowledgedFinding {
  return { rule: f.rule, sheet: f.sheet, cell: f.cell, actual: f.actual === undefined ? '' : String(f.actual) };
}

export function ackKey(a: AcknowledgedFinding): string {
  return `${a.rule}\u0000${a.sheet}\u0000${a.cell}\u0000${a.actual}`;
}
