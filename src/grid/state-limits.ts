import type * as Schemas from './state-schema';

/**
 * The state sheet's limits and the checks that need no schema; the zod schemas themselves
 * (./state-schema) are loaded on first use, so a run that reads no saved state never loads zod.
 */

/** Limits. Generous for any real board report, small enough that a forged state costs nothing. */
export const LIMITS = {
  /** Characters of state JSON read at all (the sheet holds it in 30 000-character chunks). */
  jsonChars: 4_000_000,
  /** Nesting of arrays and objects, checked before JSON.parse can recurse. */
  depth: 40,
  sheetName: 31,
  shortText: 64,
  text: 2000,
  filled: 20_000,
  acknowledged: 5_000,
  generatedSheets: 100,
  tables: 200,
  tableRows: 20_000,
  tableCols: 500,
  headerRows: 20,
  customScales: 50,
} as const;

/** The deepest nesting of arrays and objects in a JSON text, without parsing it (strings skipped). */
export function jsonDepth(json: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const ch = json.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return max;
}

/** Nesting depth of a parsed value, stopping as soon as it passes `limit`. */
export function valueDepthExceeds(v: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length) {
    const [x, d] = stack.pop() as [unknown, number];
    if (typeof x !== 'object' || x === null) continue;
    if (d + 1 > limit) return true;
    for (const child of Object.values(x)) stack.push([child, d + 1]);
  }
  return false;
}

let schemas: typeof Schemas | undefined;

/** The zod schemas of the state sheet, loaded the first time a saved state is checked. */
export function stateSchemas(): typeof Schemas {
  // A deferred require, not an import: the module (and zod with it) costs a third of a fresh
  // process's loading and only runs when there is something saved to check.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (schemas ??= require('./state-schema') as typeof Schemas);
}
