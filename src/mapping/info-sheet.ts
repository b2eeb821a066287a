import type { Unit } from '../model/types';
import { unitOf } from './context';
import { isoDate, matchKey } from './normalize';
import { factsFromTitle, boardName, type ReportFacts } from './period';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';

/** Report facts kept as key/value rows on an info sheet ("Nämnd | Socialnämnden", "Bokslutsdatum | 2024-08-31"). */
export interface InfoSheet {
  facts: ReportFacts;
  unit?: Unit;
}

function dateText(v: unknown): string | undefined {
  if (v instanceof Date) return isoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === 'string') {
    const m = /((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(v);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  if (typeof v === 'number' && v > 30000 && v < 80000) {
    // An Excel serial date that lost its format.
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return undefined;
}

/**
 * Per lexicon, whether a field label's key could be the key of a number's text: String(n) holds
 * digits, "-", ".", "e", "+", or spells Infinity or NaN, and its key keeps the digits and letters.
 */
const numberKeyed = new WeakMap<Lexicon, boolean>();

function numbersNameFields(lex: Lexicon): boolean {
  let v = numberKeyed.get(lex);
  if (v === undefined) {
    v = false;
    for (const key of lex.info.keys()) if (/^[\de]*$/.test(key) || /infinity|nan/.test(key)) v = true;
    numberKeyed.set(lex, v);
  }
  return v;
}

/** Read an info sheet, or undefined when the sheet is not one (fewer than two known keys). */
export function readInfoSheet(view: SheetView, lex: Lexicon): InfoSheet | undefined {
  const named = (lex.sheets.get(matchKey(view.name)) ?? []).includes('info');
  const facts: ReportFacts = {};
  let unit: Unit | undefined;
  let known = 0;
  const numbersName = numbersNameFields(lex);
  for (let r = 1; r <= view.maxRow; r++) {
    const cols = view.filledCols(r);
    if (cols.length === 0) continue;
    // A row opening with a number (a ledger's account) names no field unless a label's key could
    // be a number's: its text is then neither made nor keyed.
    const field = !numbersName && typeof view.raw(r, cols[0]) === 'number' ? undefined : lex.info.get(matchKey(view.text(r, cols[0])));
    const valueCol = cols[1];
    if (!field || valueCol === undefined) {
      if (cols.length === 1) Object.assign(facts, { ...factsFromTitle(view.text(r, cols[0])), ...facts });
      continue;
    }
    known++;
    const raw = view.raw(r, valueCol);
    const text = view.text(r, valueCol);
    if (field === 'board') facts.board ??= boardName(text) ?? text;
    else if (field === 'report') {
      const t = text.toLowerCase();
      if (/del[åa]r|tertial|vår/.test(t)) facts.kind = 'interim';
      else if (/års|bokslut|årsredovisning|verksamhetsberättelse/.test(t)) facts.kind = 'annual';
    } else if (field === 'cutoff') {
      const d = dateText(raw);
      if (d) {
        facts.cutoff = d;
        facts.year ??= Number(d.slice(0, 4));
      }
    } else if (field === 'period') {
      const dates = [...text.matchAll(/((?:19|20)\d{2})-(\d{2})-(\d{2})/g)];
      const last = dates[dates.length - 1];
      if (last) {
        facts.cutoff ??= `${last[1]}-${last[2]}-${last[3]}`;
        facts.year ??= Number(last[1]);
      }
    } else if (field === 'unit') unit = unitOf(text, lex);
    else if (field === 'year' && /^(19|20)\d{2}$/.test(text)) facts.year = Number(text);
  }
  if (known < 2 && !named) return undefined;
  if (facts.kind === 'annual') delete facts.cutoff;
  return { facts, unit };
}
