import type { Cell, WorkbookGrid } from '../grid/types';
import { STATE_SHEET } from '../grid/tool-state';
import { cellsOf } from '../grid/sheet';
import { parseRange, toA1 } from '../grid/address';
import type { Scale, ScaleLevel } from './scales';
import { COLOURS, describeBand } from './scales';
import { normalizeText } from './target';

/**
 * A board's own scale, read from the workbook: a legend row above or below the table
 * ("Uppfyllelse 100 procent | Uppfyllelse 91–99 procent | …"), a note in one cell
 * ("Bedömning av nyckeltal: Värde uppnått | Nära värde | …"), a colour key
 * ("Grönt = ≥ 75 procent måluppfyllelse"), a sheet of its own ("Skala", "Förklaring"), or the
 * labels already typed in the assessment column. The levels keep the board's own words.
 *
 * The order of the levels comes from the bands the legend states, else from the words
 * ("ej" / "inte" worst, "delvis" / "nära" between, "helt" / "uppfyllt" best) or the colours
 * (red, yellow, green). Thresholds come from the bands; a legend that states none gets the
 * documented default (DEFAULT_SHORTFALLS), which the pane shows and the controller can change.
 */

export interface LegendLevel {
  /** The board's word for the level, as written ("Uppfyllelse 91–99 procent", "Grönt"). */
  name: string;
  /** The whole label (name and description) as written. */
  text: string;
  band?: ScaleLevel['band'];
  fill?: string;
  noValue?: boolean;
  /** 0 worst … 3 best, from the words or the colour; undefined when they say nothing. */
  rank?: number;
}

export interface BoardScale {
  scale: Scale;
  /** Where it was read: a sheet and the cells of the legend ("Förklaring!A2:A5"). */
  where: string;
  from: 'legend' | 'sheet' | 'cells';
  /** The thresholds are the legend's own bands, or the documented default. */
  thresholds: 'legend' | 'default';
}

/** Default highest shortfalls (percent of the target) for the levels between met and the lowest, best first. */
export const DEFAULT_SHORTFALLS: Record<number, number[]> = { 1: [25], 2: [10, 25], 3: [5, 15, 25] };

const COLOUR_WORDS: [RegExp, string, number][] = [
  [/^(?:ljusgrön[at]?|ljusgrönt)$/i, COLOURS.lightGreen, 2],
  [/^(?:grön[at]?|grönt)$/i, COLOURS.green, 3],
  [/^(?:gul[at]?|gult)$/i, COLOURS.yellow, 1],
  [/^(?:orange)$/i, 'FFC000', 1],
  [/^(?:röd[at]?|rött|röda)$/i, COLOURS.red, 0],
  [/^(?:grå[at]?|grått|vit[at]?|vitt)$/i, COLOURS.grey, -1],
];

function colourOf(word: string): [string, number] | undefined {
  const w = word.trim().replace(/[.:]$/, '');
  const hit = COLOUR_WORDS.find(([re]) => re.test(w));
  return hit ? [hit[1], hit[2]] : undefined;
}

/** Words of a level that says nothing was measured or assessed. */
const NO_VALUE = /(inte genomförd|ej genomförd|inte mätt|ej mätt|mätning saknas|saknas|inte bedömd|ej bedömd|kan inte bedömas|går inte att bedöma|ej bedömningsbar|inget värde|ingen mätning|ej mätbar|inte mätbar|mätning ej|ej aktuell|uppföljning är inte)/i;
/** Words that make a short text a level of a goal scale. */
const LEVEL_WORDS = /(uppfyll|uppnå|uppnåd|måluppfyllelse|\bnått|\bnås\b|värde|genomförd|bedöm|acceptera|acceptabel|på väg|på god väg|rätt riktning)/i;

const PCT = String.raw`(\d+(?:[.,]\d+)?)\s*(?:%|procent)`;

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

/** The band a label states: "91–99 procent", "≥ 75 procent", "90 procent eller lägre". */
export function parseBand(text: string): ScaleLevel['band'] | undefined {
  const t = normalizeText(text);
  let m = new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s*(?:%|procent)?\s*(?:[-–—]|till)\s*${PCT}`, 'i').exec(t);
  if (m) return { min: num(m[1]), max: num(m[2]) };
  m = new RegExp(String.raw`(≥|>=|minst|över|mer än|högre än|>)\s*${PCT}`, 'i').exec(t);
  if (m) return { min: num(m[2]), ...(/^(över|mer än|högre än|>)$/i.test(m[1]) ? { minStrict: true } : {}) };
  m = new RegExp(String.raw`(≤|<=|högst|under|mindre än|lägre än|<)\s*${PCT}`, 'i').exec(t);
  if (m) return { max: num(m[2]), ...(/^(under|mindre än|lägre än|<)$/i.test(m[1]) ? { maxStrict: true } : {}) };
  m = new RegExp(String.raw`${PCT}\s*(?:eller|och)\s*(mer|högre|över|uppåt|lägre|mindre|under|nedåt)`, 'i').exec(t);
  if (m) return /^(mer|högre|över|uppåt)$/i.test(m[2]) ? { min: num(m[1]) } : { max: num(m[1]) };
  m = new RegExp(PCT, 'i').exec(t);
  if (m) return { min: num(m[1]), max: num(m[1]) };
  // "Målet uppnått, förväntad målnivå eller bättre": the target itself, or beyond it.
  if (/\b(?:mål(?:nivå|värde)(?:n|t)?|målet)\s+eller\s+(?:bättre|mer|högre|över)\b/i.test(t)) return { min: 100 };
  return undefined;
}

/** Rank from the words: 0 "ej/inte uppfyllt", 1 "delvis", 2 "i hög grad", 3 "helt/uppfyllt". */
function rankFromWords(text: string): number | undefined {
  const t = text.toLowerCase();
  if (/(^|\s)(ej|inte|icke|ingen|inga)(\s|$)|svag|svårt|ofullständig|försämr|långt från/.test(t)) return 0;
  if (/i hög grad|till stor del|i stort sett|nästan/.test(t)) return 2;
  if (/delvis|nära|till viss del|påbörjad|osäker|del av/.test(t)) return 1;
  if (/helt|uppfyll|uppnå|nått|\bnås\b|genomförd|accepter|godkänd|på god väg|rätt riktning/.test(t)) return 3;
  return undefined;
}

/**
 * One level of a legend from its label (and, from a row of its own, the description beside
 * it), or undefined when the text is no level label.
 */
export function parseLevelLabel(label: string, description = '', fill?: string): LegendLevel | undefined {
  const text = normalizeText(`${label}${description ? ` ${description}` : ''}`);
  if (!text || text.length > 140 || text.split(' ').length > 16) return undefined;
  let name = normalizeText(label);
  let rest = normalizeText(description);
  // "Grönt = ≥ 75 procent måluppfyllelse", "😊= Delmålet bedöms bli uppfyllt", "Gult: nära målet".
  const split = /^([^=:]{1,40}?)\s*[=:]\s*(.+)$/.exec(name);
  if (split && split[1].split(' ').length <= 4 && !rest) {
    name = split[1].trim();
    rest = split[2].trim();
  }
  const all = `${name} ${rest}`.trim();
  const colour = colourOf(name);
  const band = parseBand(all);
  const noValue = !band && NO_VALUE.test(all);
  const symbol = /^\p{Extended_Pictographic}/u.test(name) || colour !== undefined;
  if (!band && !noValue && !LEVEL_WORDS.test(all) && !symbol) return undefined;
  // A symbol or a colour word alone is a level only with words that say which.
  if (symbol && !rest && !colour) return undefined;
  const level: LegendLevel = { name, text: all };
  if (band) level.band = band;
  if (noValue) level.noValue = true;
  const f = fill ?? colour?.[0];
  if (f) level.fill = f.toUpperCase();
  // "Delvis uppfyllt … eller kan inte mätas": the first clause says which level it is.
  const rank = colour && colour[1] >= 0 ? colour[1] : (rankFromWords(all.split(/\s+eller\s+|,\s*/)[0]) ?? rankFromWords(all));
  if (rank !== undefined && !noValue) level.rank = rank;
  if (colour && colour[1] < 0 && !band) level.noValue = true;
  return level;
}

/** A label that says which level it is: a band, a rank from its words or colour, or "not measured". */
const strong = (l: LegendLevel) => l.band !== undefined || l.noValue === true || l.rank !== undefined;

/** Split a one-cell legend: "A | B | C", "A; B", lines, or runs of three spaces; an intro up to ':' is dropped. */
export function splitLegendText(text: string): string[] {
  const raw = text.replace(/\r/g, '');
  const split = raw.split(/\s*\|\s*|\s*;\s*|\n+|\u00A0{2,}| {3,}|\t+/).map((p) => p.trim()).filter(Boolean);
  // "… 90 procent eller lägre Uppföljning är inte genomförd": labels run together with one space
  // are split where a capital starts a new label, if every piece then reads as a level.
  const parts = split.flatMap((p) => {
    const pieces = p.split(/ (?=\p{Lu})/u);
    if (pieces.length < 2) return [p];
    return pieces.every((x) => {
      const l = parseLevelLabel(x);
      return l !== undefined && strong(l);
    })
      ? pieces
      : [p];
  });
  if (parts.length < 2) return [];
  // "Bedömning av nyckeltal: Värde uppnått": the intro names the legend, not a level.
  const first = /^(.*?):\s*(.+)$/.exec(parts[0]);
  if (first && !parseBand(first[1]) && !/^\p{Extended_Pictographic}/u.test(first[1]) && !colourOf(first[1])) parts[0] = first[2];
  return parts;
}

/** Order the levels worst first and give them thresholds; a problem when the order or the levels don't hold. */
export function scaleFromLevels(levels: LegendLevel[], id: string, name: string): { scale?: Scale; thresholds: 'legend' | 'default'; problem?: string } {
  const ranked = levels.filter((l) => !l.noValue);
  const none = levels.filter((l) => l.noValue);
  if (ranked.length < 2) return { thresholds: 'default', problem: 'förklaringen har färre än två nivåer' };
  if (new Set(levels.map((l) => l.name.toLowerCase())).size !== levels.length) return { thresholds: 'default', problem: 'två nivåer har samma namn' };
  const banded = ranked.every((l) => l.band);
  let order: LegendLevel[];
  if (banded) {
    const key = (l: LegendLevel) => l.band?.max ?? Infinity;
    const keyMin = (l: LegendLevel) => l.band?.min ?? -Infinity;
    order = [...ranked].sort((a, b) => key(a) - key(b) || keyMin(a) - keyMin(b));
  } else {
    if (ranked.some((l) => l.rank === undefined)) return { thresholds: 'default', problem: 'ordningen mellan nivåerna framgår inte av orden' };
    order = [...ranked].sort((a, b) => (a.rank as number) - (b.rank as number));
    if (new Set(order.map((l) => l.rank)).size !== order.length) return { thresholds: 'default', problem: 'två nivåer har samma rang' };
  }
  const middle = order.length - 2;
  const defaults = DEFAULT_SHORTFALLS[middle] ?? order.slice(1, -1).map((_, i) => Math.round((25 * (i + 1)) / middle));
  // A ladder of open bands ("minst 80 procent" below "målnivå eller bättre"): each open band
  // ends where the next level's begins, as the ladder means — else 100 % lay in both.
  if (banded) {
    order = order.map((l, i) => {
      const next = order[i + 1]?.band;
      const band = l.band;
      if (!band || !next || band.max !== undefined || next.min === undefined || band.min === undefined || next.min <= band.min) return l;
      return { ...l, band: { ...band, max: next.min, maxStrict: !next.minStrict } };
    });
  }
  const out: ScaleLevel[] = order.map((l, i) => {
    const level: ScaleLevel = { name: l.name, fill: l.fill ?? null };
    if (i === order.length - 1) level.met = true;
    if (banded && l.band) level.band = l.band;
    else if (i > 0 && i < order.length - 1) level.maxShortfallPercent = defaults[order.length - 2 - i];
    if (l.text !== l.name) level.aliases = [l.text];
    return level;
  });
  for (const l of none) out.push({ name: l.name, fill: l.fill ?? null, noValue: true, ...(l.text !== l.name ? { aliases: [l.text] } : {}) });
  return { scale: { id, name, uses: ['indicator', 'goal'], levels: out, custom: true }, thresholds: banded ? 'legend' : 'default' };
}

const LEGEND_SHEET = /^(?:skala|bedömningsskala|förklaring|teckenförklaring|legend|signalfärger|färgförklaring)\b/i;

interface Candidate {
  levels: LegendLevel[];
  where: string;
  from: BoardScale['from'];
}

function textOf(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * The legends in a workbook, best first: a legend sheet, then legend rows and one-cell legends
 * on the other sheets. `skip` holds "Sheet!A1" of cells that are assessments (never a legend),
 * `inside` the boxes of the goal tables (a legend sits above or below a table, not in it).
 */
export function findLegends(wb: WorkbookGrid, skip: ReadonlySet<string>, inside: readonly { sheet: string; range: string }[]): Candidate[] {
  const out: Candidate[] = [];
  const boxes = inside.map((b) => ({ sheet: b.sheet, box: parseRange(b.range) }));
  const within = (sheet: string, row: number, col: number) => boxes.some((b) => b.sheet === sheet && row >= b.box.top && row <= b.box.bottom && col >= b.box.left && col <= b.box.right);
  for (const sheet of wb.sheets) {
    if (sheet.name === STATE_SHEET) continue;
    const own = LEGEND_SHEET.test(sheet.name.trim());
    if (own) {
      // One level a row: the first text cell is the label, the next one (if any) its description.
      const levels: LegendLevel[] = [];
      let first = '';
      let last = '';
      sheet.rows.forEach((row, i) => {
        const cells = (row ?? []).filter((c): c is Cell => !!c && !!textOf(c.value).trim());
        if (!cells.length) return;
        const [a, b] = cells;
        const lvl = parseLevelLabel(textOf(a.value), textOf(b?.value), a.fill && a.fill !== 'FFFFFF' ? a.fill : undefined);
        // A heading ("Bedömning av mätetal") names the legend: it has no band, rank or no-value sense.
        if (lvl && (lvl.band || lvl.noValue || lvl.rank !== undefined)) {
          levels.push(lvl);
          first ||= toA1(i + 1, a.col);
          last = toA1(i + 1, a.col);
        }
      });
      if (levels.length >= 2) out.push({ levels, where: `${sheet.name}!${first}:${last}`, from: 'sheet' });
      continue;
    }
    // Legend rows: two or more level labels side by side in one row, outside the tables.
    sheet.rows.forEach((row, i) => {
      const r = i + 1;
      const cells = (row ?? []).filter((c): c is Cell => !!c && !!textOf(c.value).trim() && !skip.has(`${sheet.name}!${c.address}`) && !within(sheet.name, r, c.col));
      const levels: LegendLevel[] = [];
      for (const c of cells) {
        const lvl = parseLevelLabel(textOf(c.value), '', c.fill && c.fill !== 'FFFFFF' ? c.fill : undefined);
        // Outside a legend sheet only labels that say which level they are count ("Värde 2024" is a header).
        if (lvl && strong(lvl)) levels.push(lvl);
      }
      if (levels.length >= 2 && levels.length === cells.length) {
        out.push({ levels, where: `${sheet.name}!${cells[0].address}:${cells[cells.length - 1].address}`, from: 'legend' });
      }
    });
    // One-cell legends: "Bedömning av nyckeltal: Värde uppnått | Nära värde | Ej accepterat värde".
    for (const c of cellsOf(sheet)) {
      const t = textOf(c.value);
      if (!t || t.length > 400 || skip.has(`${sheet.name}!${c.address}`)) continue;
      const parts = splitLegendText(t);
      if (parts.length < 2) continue;
      const levels = parts.map((p) => parseLevelLabel(p));
      if (levels.every((l): l is LegendLevel => l !== undefined && strong(l))) out.push({ levels, where: `${sheet.name}!${c.address}`, from: 'legend' });
    }
  }
  return out.sort((a, b) => (a.from === 'sheet' ? 0 : 1) - (b.from === 'sheet' ? 0 : 1));
}

/** The board's scale from its legend, or why the legend could not be used. */
export function boardScaleFromLegends(candidates: readonly Candidate[]): { board?: BoardScale; problem?: { where: string; problem: string } } {
  let problem: { where: string; problem: string } | undefined;
  for (const c of candidates) {
    const r = scaleFromLevels(c.levels, 'board', 'Nämndens egen skala');
    if (r.scale) return { board: { scale: r.scale, where: c.where, from: c.from, thresholds: r.thresholds } };
    problem ??= { where: c.where, problem: r.problem ?? 'okänt fel' };
  }
  return problem ? { problem } : {};
}

/** The rule of each level in words, for the pane and the command line. */
export function levelRules(scale: Scale): { name: string; fill: string | null; rule: string }[] {
  return scale.levels.map((l) => {
    let rule: string;
    if (l.noValue) rule = 'utfall saknas';
    else if (l.met) rule = 'målet nått';
    else if (l.band) rule = `${describeBand(l.band)} av målet`;
    else if (l.maxShortfallPercent !== undefined) rule = `högst ${String(l.maxShortfallPercent).replace('.', ',')} % från målet`;
    else rule = 'längre från målet';
    return { name: l.name, fill: l.fill, rule };
  });
}

// ---------------------------------------------------------------- colours already used

type Family = 'red' | 'orange' | 'yellow' | 'lightGreen' | 'green';
const FAMILY_ORDER: Family[] = ['red', 'orange', 'yellow', 'lightGreen', 'green'];
const FAMILY_NAMES: Record<Family, string> = { red: 'Röd', orange: 'Orange', yellow: 'Gul', lightGreen: 'Ljusgrön', green: 'Grön' };

/** The signal family of a fill by its hue; greys, whites and blues are no signal. */
export function colourFamily(hex: string): Family | undefined {
  const n = parseInt(hex.replace(/^#/, '').slice(-6), 16);
  if (!Number.isFinite(n)) return undefined;
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.25 || max < 0.3) return undefined;
  let h: number;
  if (max === r) h = (60 * ((g - b) / (max - min)) + 360) % 360;
  else if (max === g) h = 60 * ((b - r) / (max - min)) + 120;
  else h = 60 * ((r - g) / (max - min)) + 240;
  if (h < 20 || h >= 340) return 'red';
  if (h < 45) return 'orange';
  if (h < 70) return 'yellow';
  if (h < 100) return 'lightGreen';
  if (h < 170) return 'green';
  return undefined;
}

/**
 * The board's scale from the colours a person set in its assessment cells (no text): the
 * families seen, worst (red) to best (green), each with the board's own fill; the tool then
 * writes the colour alone. Red, a middle colour and green must all be seen: from two colours
 * alone the tool cannot tell whether the board has a level between them.
 */
export function scaleFromColours(fills: readonly string[], where: string): { board?: BoardScale; problem?: string } {
  const seen = new Map<Family, string>();
  for (const f of fills) {
    const fam = colourFamily(f);
    if (fam && !seen.has(fam)) seen.set(fam, f.toUpperCase().replace(/^#/, '').slice(-6));
  }
  if (seen.size === 0) return {};
  const fams = FAMILY_ORDER.filter((f) => seen.has(f));
  if (!seen.has('red') || !seen.has('green') || fams.length < 3) {
    return { problem: `bedömningscellerna är bara färgade ${fams.map((f) => FAMILY_NAMES[f].toLowerCase()).join(' och ')}, och skalans nivåer framgår inte av det` };
  }
  const middle = fams.length - 2;
  const defaults = DEFAULT_SHORTFALLS[middle] ?? fams.slice(1, -1).map((_, i) => Math.round((25 * (i + 1)) / middle));
  const levels: ScaleLevel[] = fams.map((f, i) => {
    const level: ScaleLevel = { name: FAMILY_NAMES[f], fill: seen.get(f) as string, colourOnly: true };
    if (i === fams.length - 1) level.met = true;
    else if (i > 0) level.maxShortfallPercent = defaults[fams.length - 2 - i];
    return level;
  });
  return { board: { scale: { id: 'boardColours', name: 'Nämndens färger (från färgade bedömningar)', uses: ['indicator', 'goal'], levels, custom: true }, where, from: 'cells', thresholds: 'default' } };
}

// ---------------------------------------------------------------- the goal rule a board states

const MEASURES = String.raw`(?:nyckeltal(?:en)?|mätetal(?:en)?|indikator(?:er|erna)?|mått(?:en)?)`;
const ALL_MET = new RegExp(String.raw`(?:samtliga|alla)\s+(?:(?:dess|målets|tillhörande|kopplade)\s+)?${MEASURES}\s+(?:är|har|ska vara|blivit)?\s*(?:uppfyllda|uppnådda|uppfyllt|uppnått|nått sina målvärden|nått målvärdet)`, 'i');
const WORST = new RegExp(String.raw`(?:det\s+)?(?:sämsta|lägsta)\s+${MEASURES}\s+(?:avgör|styr|bestämmer|ger)`, 'i');

/**
 * The rule a board prints for a goal as a whole: "Målet är uppfyllt när samtliga nyckeltal är
 * uppfyllda" → allMet, "det sämsta nyckeltalet avgör" → worst. Vaguer words ("det samlade
 * resultatet", "en sammanvägning") state no rule and give none.
 */
export function goalRuleFromTexts(texts: readonly string[]): { rule: 'allMet' | 'worst'; text: string } | undefined {
  for (const t of texts) {
    if (t.length > 400) continue;
    const s = normalizeText(t);
    if (ALL_MET.test(s)) return { rule: 'allMet', text: s };
    if (WORST.test(s)) return { rule: 'worst', text: s };
  }
  return undefined;
}
