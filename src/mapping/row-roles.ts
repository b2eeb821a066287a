import type { TableKind } from '../model/types';
import { cleanText, labelKey, matchKey, parseBand } from './normalize';
import type { SheetView } from './sheet-view';
import type { Lexicon } from './synonyms';

/** A row label as the controller wrote it, with its indentation read as a level. */
export interface LabelInfo {
  label: string;
  /** Key for synonym lookup, sub-row prefix removed. */
  key: string;
  /** 1 when indented (alignment indent, leading spaces) or written as "varav …" / "- …". */
  level: number;
  /** "varav …": a part of the row above, not a sibling. */
  partOf: boolean;
}

export function readLabel(view: SheetView, row: number, col: number, lex: Lexicon): LabelInfo {
  const cell = view.cell(row, col);
  const rawValue = cell?.value;
  const raw = typeof rawValue === 'string' ? rawValue : view.text(row, col, true);
  const t = labelText(raw, lex);
  // An alignment indent makes any row a sub-row; the text decides for the rest.
  return { label: t.label, key: t.key, level: (cell?.indent ?? 0) > 0 ? 1 : t.level, partOf: t.partOf };
}

/**
 * What a label's text alone says (its cell's indent aside): a function of the text and the
 * lexicon's sub-row prefixes, read once per lexicon and text (labels repeat across tables and
 * boards; long texts are not kept).
 */
const labelTexts = new WeakMap<Lexicon, Map<string, Readonly<LabelInfo>>>();

function labelText(raw: string, lex: Lexicon): Readonly<LabelInfo> {
  if (raw.length > 200) return readLabelText(raw, lex);
  let memo = labelTexts.get(lex);
  if (!memo || memo.size > 20000) labelTexts.set(lex, (memo = new Map()));
  let t = memo.get(raw);
  if (t === undefined) memo.set(raw, (t = readLabelText(raw, lex)));
  return t;
}

function readLabelText(raw: string, lex: Lexicon): LabelInfo {
  const label = cleanText(raw);
  let level = /^[ \u00A0\u2000-\u200B\u202F]{2,}\S/.test(raw) ? 1 : 0;
  let body = label;
  let partOf = false;
  const lower = label.toLowerCase();
  for (const p of lex.subRowPrefixes) {
    if (lower.startsWith(p) && lower.length > p.length && /[\s:]/.test(lower[p.length] ?? ' ')) {
      body = label.slice(p.length).trim();
      partOf = true;
      level = 1;
      break;
    }
  }
  if (!partOf && /^[-–—•]\s*\p{L}/u.test(label)) {
    body = label.replace(/^[-–—•]\s*/, '');
    level = 1;
  }
  return { label, key: labelKey(body), level, partOf };
}

export interface RowRole {
  role: string;
  /** The label was found in the synonyms (or parsed as a band), not assigned by default. */
  known: boolean;
  band?: { from: number; to: number | null };
}

function sickLeaveRole(info: LabelInfo, lex: Lexicon): RowRole | undefined {
  const named = lex.rows.get('sickLeave')?.get(info.key);
  if (named) return { role: named, known: true };
  const band = parseBand(info.label);
  if (!band) return undefined;
  const key = matchKey(info.label);
  for (const w of lex.dayWords) if (key.includes(w)) return { role: 'days', known: true, band };
  for (const w of lex.ageWords) if (key.includes(w)) return { role: 'age', known: true, band };
  return undefined;
}

const DEFAULT_ROLE: Partial<Record<TableKind, string>> = {
  investments: 'item',
  staff: 'group',
  workInjuries: 'other',
  forecastAccuracy: 'forecast',
  activities: 'activity',
  // Named by the chain of subtotals afterwards (income-statement.ts); kept, never dropped.
  incomeStatement: 'line',
  forecastReview: 'activity',
};

/**
 * The role of a data row from its label, or undefined when the label is not recognised and
 * the kind has no default (Drift, Sjukfrånvaro: an unknown row is reported, not guessed).
 */
export function rowRole(kind: TableKind, info: LabelInfo, lex: Lexicon): RowRole | undefined {
  if (kind === 'sickLeave') return sickLeaveRole(info, lex);
  // "-varav exploatering" is a part of the item above, whatever its words.
  if (kind === 'investments' && info.partOf) return { role: 'item', known: true };
  const named = info.key ? lex.rows.get(kind)?.get(info.key) : undefined;
  if (named) return { role: named, known: true };
  // "varav ekonomiskt bistånd" under a cost group: a part of it, kept as a level-1 cost group.
  if (kind === 'operating' && info.level > 0) return { role: 'costGroup', known: false };
  const fallback = DEFAULT_ROLE[kind];
  return fallback ? { role: fallback, known: false } : undefined;
}

const evidenceKeys = new Map<string, string>();
const sickLeaveEvidence = new WeakMap<Lexicon, Map<string, boolean>>();

/**
 * The label's key without a "varav"/"därav" lead (memoised: the header search asks for the same
 * labels once per table kind and header candidate).
 */
function evidenceKey(label: string): string {
  let key = evidenceKeys.get(label);
  if (key === undefined) {
    if (evidenceKeys.size > 20000) evidenceKeys.clear();
    key = labelKey(label.replace(/^(-\s*)?(varav|därav)\s+/i, ''));
    evidenceKeys.set(label, key);
  }
  return key;
}

/** How strongly a label speaks for a kind (used to choose between look-alike tables). */
export function labelEvidence(kind: TableKind, label: string, lex: Lexicon): boolean {
  if (!label) return false;
  const key = evidenceKey(label);
  if (lex.rows.get(kind)?.has(key)) return true;
  if (kind === 'sickLeave') {
    // Band parsing is the costly part, and the same labels come back for every header candidate.
    let known = sickLeaveEvidence.get(lex);
    if (!known || known.size > 20000) sickLeaveEvidence.set(lex, (known = new Map()));
    let hit = known.get(label);
    if (hit === undefined) {
      const info: LabelInfo = { label, key, level: 0, partOf: false };
      known.set(label, (hit = sickLeaveRole(info, lex) !== undefined));
    }
    return hit;
  }
  return false;
}
