import type { CellValue } from '../grid/types';
import { normalizeText } from './target';

/**
 * Outcomes as boards store them: a number (a fraction shown as percent by its number format is
 * read in percent, 0.87 with "0 %" → 87), "87 %", "87 procent", "1 234 st", "4,3 dagar",
 * "79 kr/inv", "NKI 79", "87 % (2023)", "Ja" / "Nej". A missing figure ("-", "Ej mätt",
 * "Data saknas", "Mätning ej genomförd") is `missing`; anything else is unreadable, never
 * guessed ("ca 87 %", "2 av 3", "87 eller 88").
 */

export type ParsedOutcome =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'yesno'; value: boolean }
  | { kind: 'missing'; raw: string }
  | { kind: 'unreadable'; raw: string };

const MISSING = new RegExp(
  String.raw`^(?:[-–—.…]+|x|n/a|saknas|uppgift saknas|data saknas|värde saknas|utfall saknas|ej tillgängligt?|inte tillgängligt?|` +
    String.raw`(?:ej|inte)\s+(?:mätt|mätbart?|genomförd|redovisad|tillgänglig|aktuell|känt?)|mätning\s+(?:ej|inte)\s+(?:genomförd|gjord)|` +
    String.raw`ingen mätning|mäts ej|redovisas senare|kommer senare|ej klart|inte klart|inget utfall|inget värde)(?:\s+\d{4})?\.?$`,
  'i',
);

const NUM = String.raw`[-+]?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?`;
/** Units and "per" forms after the figure: "%", "procent", "st", "dagar", "kr/inv", "st/1000 inv". */
const AFTER = String.raw`(%|procent|procentenheter|st\.?|stycken|personer|pers\.?|dagar|dgr|timmar|tim|veckor|månader|år|tkr|mnkr|mkr|kr|poäng|p\.?|index)?(?:\s*\/\s*[\p{L}\d ]{1,12})?`;

function toNumber(s: string): number {
  return Number(s.replace(/ /g, '').replace('+', '').replace(',', '.'));
}

/** Read an outcome's text. */
export function parseOutcomeText(text: string): ParsedOutcome {
  const raw = text;
  const s = normalizeText(text);
  if (s === '' || MISSING.test(s)) return { kind: 'missing', raw };
  const yn = /^(ja|nej)\.?$/i.exec(s);
  if (yn) return { kind: 'yesno', value: yn[1].toLowerCase() === 'ja' };
  // A remark in parentheses after the figure ("87 % (2023)", "12 (15)") is no part of it.
  const body = s.replace(/\s*\([^()]*\)\s*$/, '');
  // "NKI 79", "Index 72": the measure's name before the figure.
  const m = new RegExp(String.raw`^(?:([\p{L}][\p{L}-]*)\s+)?(${NUM})\s*${AFTER}$`, 'iu').exec(body);
  if (!m) return { kind: 'unreadable', raw };
  if (m[1] && /^(ca|cirka|runt|ungefär|omkring|drygt|knappt|nästan|kring|minst|högst|över|under)$/i.test(m[1])) return { kind: 'unreadable', raw };
  const value = toNumber(m[2]);
  if (!Number.isFinite(value)) return { kind: 'unreadable', raw };
  const unit = (m[3] ?? '').toLowerCase();
  return { kind: 'number', value, percent: unit === '%' || unit === 'procent' };
}

function formatIsPercent(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

/** Read a stored outcome cell (value and number format). */
export function parseOutcome(value: CellValue | undefined, numFmt?: string): ParsedOutcome {
  if (value === null || value === undefined) return { kind: 'missing', raw: '' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'unreadable', raw: String(value) };
    return formatIsPercent(numFmt) ? { kind: 'number', value: Number((value * 100).toPrecision(12)), percent: true } : { kind: 'number', value, percent: false };
  }
  if (typeof value === 'boolean') return { kind: 'yesno', value };
  if (typeof value === 'string') return parseOutcomeText(value);
  if (value instanceof Date) return { kind: 'unreadable', raw: value.toISOString().slice(0, 10) };
  return { kind: 'unreadable', raw: value.error };
}
