import { allColumns, hasFigure, inferRowHierarchy, nonZeroColumns, sumCheck, type BodyCell } from './rows';

/**
 * A chain of running subtotals, the shape of a resultaträkning: each subtotal is the previous
 * subtotal plus the rows printed between them (the first one: the rows above it), signs as
 * printed — Verksamhetens nettokostnader = intäkter + kostnader + avskrivningar; Verksamhetens
 * resultat = nettokostnader + skatteintäkter + statsbidrag; Resultat efter finansiella poster =
 * verksamhetens resultat + finansiella intäkter + finansiella kostnader; Årets resultat = that +
 * extraordinära poster. Found from the numbers alone; words only name the rows afterwards.
 */

export interface ChainLink {
  /** Index of the subtotal row. */
  total: number;
  /** The previous subtotal (absent for the first link) and the rows between, in order. */
  parts: number[];
  /** Whether the previous subtotal is the first part. */
  fromPrevious: boolean;
  /** Blocks between the subtotals that stand for their rows by their own sum (Skattenetto, Finansnetto). */
  blocks: { total: number; parts: number[] }[];
  /** Columns where the link could be checked, holds and breaks. */
  checked: number[];
  holds: number[];
  breaks: number[];
}

export interface ChainOptions {
  /** Columns to test (amounts; a Not column or percentages never take part). Default: all. */
  columns?: number[];
  /** Rows that are no part of the chain (varav rows, notes). */
  skip?: ReadonlySet<number>;
  /** Least share of the checkable columns where a link must hold. */
  minSupport?: number;
}

/** A link holds in most of its columns, with real (non-zero) figures, closely somewhere. */
function accepted(body: BodyCell[][], total: number, parts: number[], cols: number[], minSupport: number): ChainLink | undefined {
  const check = sumCheck(body, total, parts, cols);
  if (!check.checked.length || check.support < minSupport) return undefined;
  const rows = [total, ...parts];
  const informative = nonZeroColumns(body, rows, check.holds);
  if (check.checked.length === 1 ? informative !== 1 : informative < 2) return undefined;
  if (nonZeroColumns(body, rows, check.strong) < 1) return undefined;
  return { total, parts, fromPrevious: false, blocks: [], checked: check.checked, holds: check.holds, breaks: check.breaks };
}

/** The figures of one row replaced in some columns (the chain's reading of a subtotal printed wrong). */
function withRow(body: BodyCell[][], row: number, values: Map<number, number>): BodyCell[][] {
  if (!values.size) return body;
  const copy = body.slice();
  copy[row] = body[row].map((c, j) => (values.has(j) && c ? { ...c, value: values.get(j) as number } : c));
  return copy;
}

/**
 * A link that holds in too few columns, confirmed by the link after it: it holds in at least as
 * many columns as it breaks (with real figures in two, closely in one), and the next subtotal —
 * from this one's printed figure, or from the figure its parts give — holds, with a printed row of
 * its own, in enough of the columns where this one breaks that, those counted as holding, this
 * link holds in most columns. The chain as a whole then holds and each confirmed break is a
 * printed error at that cell (Malmö 2013: nettokostnader −14 548 where its parts give
 * −14 727, the next subtotal following the printed figure; 13 747 printed without its minus, the
 * next subtotal following −13 747). Returns the link and, per column, the figure the next link
 * follows where it is not the printed one.
 */
function confirmedByNext(
  body: BodyCell[][],
  rows: readonly number[],
  at: number,
  parts: number[],
  cols: number[],
  minSupport: number,
): { link: ChainLink; corrected: Map<number, number> } | undefined {
  const r = rows[at];
  const check = sumCheck(body, r, parts, cols);
  if (!check.breaks.length || check.holds.length < check.breaks.length) return undefined;
  const own = [r, ...parts];
  if (nonZeroColumns(body, own, check.holds) < 2 || nonZeroColumns(body, own, check.strong) < 1) return undefined;
  const computed = new Map<number, number>();
  for (const j of check.breaks) computed.set(j, parts.reduce((a, p) => a + (body[p][j]?.value ?? 0), 0));
  const fixed = withRow(body, r, computed);
  const since: number[] = [];
  for (let k = at + 1; k < rows.length && since.length < 64; k++) {
    const r2 = rows[k];
    if (since.length) {
      const next = [r, ...since];
      const printed = sumCheck(body, r2, next, cols);
      const other = sumCheck(fixed, r2, next, cols);
      const checked = new Set([...printed.checked, ...other.checked]);
      const holds = [...new Set([...printed.holds, ...other.holds])];
      const strong = [...new Set([...printed.strong, ...other.strong])];
      const closes = checked.size > 0 && holds.length / checked.size >= minSupport && nonZeroColumns(body, [r2, ...since], holds) >= 2 && nonZeroColumns(fixed, [r2, ...next], strong) >= 1;
      if (closes) {
        // Confirmed where the next link holds with a printed row of its own in that column; a break
        // the next link confirms counts for the chain, one it does not confirm against it.
        const confirmed = check.breaks.filter((j) => holds.includes(j) && since.some((p) => (body[p][j]?.value ?? 0) !== 0));
        if (!confirmed.length || (check.holds.length + confirmed.length) / check.checked.length < minSupport) return undefined;
        const corrected = new Map<number, number>();
        for (const j of confirmed) if (!printed.holds.includes(j)) corrected.set(j, computed.get(j) as number);
        return { link: { total: r, parts, fromPrevious: false, blocks: [], checked: check.checked, holds: check.holds, breaks: check.breaks }, corrected };
      }
    }
    since.push(r2);
  }
  return undefined;
}

/**
 * A link with one row left out: the subtotal is the previous one plus the other rows (in most
 * columns, as any link), and the row left out has figures in two columns or more, in each of which
 * the link with it breaks (Malmö 2013: Resultatandelar i intresseföretag, 4 and 5, in neither
 * Resultat före extraordinära poster nor Periodens resultat). A row missing from its total in
 * every column where it is printed is how the table is built, not a slip; missing in one column
 * only, it is an error and this does not apply. Never the first link (the sum of single rows).
 */
function withRowLeftOut(body: BodyCell[][], r: number, previous: number, since: number[], cols: number[], minSupport: number): ChainLink | undefined {
  if (since.length < 2) return undefined;
  const all = sumCheck(body, r, [previous, ...since], cols);
  for (const out of since) {
    const filled = cols.filter((j) => (body[out][j]?.value ?? 0) !== 0);
    if (filled.length < 2 || !filled.every((j) => all.breaks.includes(j))) continue;
    const link = accepted(body, r, [previous, ...since.filter((p) => p !== out)], cols, minSupport);
    if (link && filled.some((j) => link.holds.includes(j))) return link;
  }
  return undefined;
}

/**
 * The longest chain from the table's first figure row: scanning down, the first row that is the
 * sum of everything since the previous subtotal (the previous subtotal included) closes a link.
 * A row equal to the previous subtotal alone (Årets resultat under Resultat efter finansiella
 * poster, with no extraordinary items printed) closes a link like any other: in most columns,
 * with real figures in at least two. A link that holds in too few columns still closes when the
 * next link confirms it (confirmedByNext); the links after it then read the subtotal at the figure
 * the chain follows, while each link's holds and breaks stay those of the printed figures.
 */
export function inferRunningChain(body: BodyCell[][], opts: ChainOptions = {}): ChainLink[] {
  const cols = opts.columns ?? allColumns(body);
  const minSupport = opts.minSupport ?? 0.6;
  const rows: number[] = [];
  for (let i = 0; i < body.length; i++) if (!opts.skip?.has(i) && hasFigure(body[i], cols)) rows.push(i);
  const links: ChainLink[] = [];
  // Blocks with their own sum between two subtotals (Skattenetto over the tax rows, Finansnetto
  // over the financial rows): the block's sum stands for its rows in the link.
  const blocks = inferRowHierarchy(body, { columns: cols, ...(opts.skip ? { skip: opts.skip } : {}) }).sums;
  const collapsed = (window: number[]): { rows: number[]; blocks: { total: number; parts: number[] }[] } => {
    const inside = new Set(window);
    const drop = new Set<number>();
    const used: { total: number; parts: number[] }[] = [];
    for (const b of blocks) {
      if (!inside.has(b.total) || !b.parts.every((p) => inside.has(p))) continue;
      used.push({ total: b.total, parts: b.parts });
      for (const p of b.parts) drop.add(p);
    }
    return { rows: window.filter((r) => !drop.has(r)), blocks: used };
  };
  // The figures as the chain reads them: a subtotal printed wrong stands, for the links after it,
  // at the figure its parts give where the next link follows that one.
  let read = body;
  let previous: number | undefined;
  let since: number[] = [];
  for (let at = 0; at < rows.length; at++) {
    const r = rows[at];
    const parts = previous === undefined ? since : [previous, ...since];
    const enough = previous === undefined ? since.length >= 2 : true;
    if (enough && parts.length) {
      // A row equal to the previous subtotal alone must still hold with real figures in two columns
      // (accepted() asks that of every link), so one wrong figure in it does not end the chain.
      let link = accepted(read, r, parts, cols, minSupport);
      if (!link) {
        const fewer = collapsed(since);
        if (fewer.rows.length < since.length && (previous !== undefined || fewer.rows.length >= 2)) {
          link = accepted(read, r, previous === undefined ? fewer.rows : [previous, ...fewer.rows], cols, minSupport);
          if (link) link.blocks = fewer.blocks;
        }
      }
      let corrected = new Map<number, number>();
      if (!link) {
        const confirmed = confirmedByNext(read, rows, at, parts, cols, minSupport);
        if (confirmed) ({ link, corrected } = confirmed);
      }
      if (!link && previous !== undefined) link = withRowLeftOut(read, r, previous, since, cols, minSupport);
      if (link) {
        if (read !== body) {
          // Holds and breaks as printed (the rules check the printed figures).
          const printed = sumCheck(body, r, link.parts, cols);
          link = { ...link, checked: printed.checked, holds: printed.holds, breaks: printed.breaks };
        }
        links.push({ ...link, fromPrevious: previous !== undefined });
        read = withRow(read, r, corrected);
        previous = r;
        since = [];
        continue;
      }
    }
    // A first subtotal must come from the table's top rows: if the rows so far never add up, the
    // table is no chain (a Drift's cost groups first, their sum below them, is caught by the hierarchy).
    if (previous === undefined && since.length >= 12) return [];
    // Bounded work: a link of more than 64 rows is no resultaträkning's; the chain ends there.
    if (since.length >= 64) break;
    since.push(r);
  }
  return links;
}

/** Links whose parts include a printed row besides the previous subtotal. */
export function substantialLinks(links: readonly ChainLink[]): number {
  return links.filter((l) => l.parts.length > (l.fromPrevious ? 1 : 0)).length;
}
