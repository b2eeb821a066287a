import { inferRowHierarchy, nonZeroColumns, sumCheck, type BodyCell } from './rows';

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

/**
 * The longest chain from the table's first figure row: scanning down, the first row that is the
 * sum of everything since the previous subtotal (the previous subtotal included) closes a link.
 * A row equal to the previous subtotal alone (Årets resultat under Resultat efter finansiella
 * poster, with no extraordinary items printed) closes a link like any other: in most columns,
 * with real figures in at least two.
 */
export function inferRunningChain(body: BodyCell[][], opts: ChainOptions = {}): ChainLink[] {
  const width = Math.max(0, ...body.map((r) => r.length));
  const cols = opts.columns ?? Array.from({ length: width }, (_, j) => j);
  const minSupport = opts.minSupport ?? 0.6;
  const rows = body.map((_, i) => i).filter((i) => !opts.skip?.has(i) && cols.some((j) => body[i][j] && body[i][j].value !== null));
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
  let previous: number | undefined;
  let since: number[] = [];
  for (const r of rows) {
    const parts = previous === undefined ? since : [previous, ...since];
    const enough = previous === undefined ? since.length >= 2 : true;
    if (enough && parts.length) {
      // A row equal to the previous subtotal alone must still hold with real figures in two columns
      // (accepted() asks that of every link), so one wrong figure in it does not end the chain.
      let link = accepted(body, r, parts, cols, minSupport);
      if (!link) {
        const fewer = collapsed(since);
        if (fewer.rows.length < since.length && (previous !== undefined || fewer.rows.length >= 2)) {
          link = accepted(body, r, previous === undefined ? fewer.rows : [previous, ...fewer.rows], cols, minSupport);
          if (link) link.blocks = fewer.blocks;
        }
      }
      if (link) {
        links.push({ ...link, fromPrevious: previous !== undefined });
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
