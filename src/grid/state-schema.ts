import { z } from 'zod';
import { parseRange } from './address';
import { TABLE_KINDS } from '../model/types';
import { LIMITS } from './state-limits';

/**
 * Loaded only when a state sheet or a --mapping file is actually read (zod is about a third of a
 * command-line process's module loading): import it through `stateSchemas()` in
 * ./state-limits, never directly from code every run reaches.
 *
 * The shape of the tool's state sheet, with every size bounded. The state lives in a sheet
 * anyone can edit (or forge), so each part is checked before the tool trusts it: a string
 * where a list belongs, a range of a million rows or a name of 10 000 characters costs that
 * part, never a crash or minutes of work.
 */

// The task pane runs under a CSP without 'unsafe-eval': zod must never try `new Function`.
z.config({ jitless: true });

/** Excel's own maximum sheet size. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const RANGE = /^[A-Z]{1,3}[1-9]\d{0,6}(:[A-Z]{1,3}[1-9]\d{0,6})?$/;

function safeRange(r: unknown): ReturnType<typeof parseRange> | undefined {
  if (typeof r !== 'string' || !RANGE.test(r)) return undefined;
  try {
    return parseRange(r);
  } catch {
    return undefined;
  }
}

const sheetName = z.string().min(1).max(LIMITS.sheetName);
const shortText = z.string().max(LIMITS.shortText);
const text = z.string().max(LIMITS.text);
const a1 = z.string().max(10).regex(A1);
const rowNo = z.number().int().min(1).max(MAX_ROW);
const colNo = z.number().int().min(1).max(MAX_COL);

export const filledCellSchema = z.object({ sheet: sheetName, cell: a1, value: z.string().max(255) });

/** A finding the controller acknowledged ("Kvittera"); `actual` is the figure as it was then. */
export const acknowledgedSchema = z.object({ rule: z.string().max(100), sheet: sheetName, cell: a1, actual: z.string().max(255) });

export const generatedSheetSchema = z.object({
  name: sheetName,
  kind: shortText.min(1),
  id: z.string().min(1).max(LIMITS.shortText).regex(/^\S+$/),
  /** The marker cell's address, recorded since the hardening; older states lack it. */
  marker: a1.optional(),
});

/** A range within Excel's sheet and within the table limits. */
const tableRange = z
  .string()
  .max(20)
  .regex(RANGE)
  .refine((r) => {
    // zod runs refinements even after the regex failed: parse defensively.
    const b = safeRange(r);
    return !!b && b.bottom <= MAX_ROW && b.right <= MAX_COL && b.bottom - b.top < LIMITS.tableRows && b.right - b.left < LIMITS.tableCols;
  }, 'range too large');

export const tableMappingSchema = z
  .object({
    kind: z.enum(TABLE_KINDS as unknown as [string, ...string[]]),
    sheet: sheetName,
    range: tableRange,
    confidence: z.number().min(0).max(1).default(1),
    headerRows: z.array(rowNo).max(LIMITS.headerRows),
    unit: z.enum(['kr', 'tkr', 'mnkr', 'percent', 'count', 'years']).default('tkr'),
    title: text.optional(),
    rows: z
      .array(z.object({ row: rowNo, label: text, role: shortText, level: z.number().int().min(0).max(9).optional() }))
      .max(LIMITS.tableRows),
    columns: z
      .array(
        z.object({
          col: colNo,
          letter: z.string().max(3).default(''),
          header: text,
          role: shortText,
          year: z.number().int().min(1900).max(2200).optional(),
          date: z.string().max(30).optional(),
        }),
      )
      .max(LIMITS.tableCols),
    confirmed: z.boolean().optional(),
  })
  .refine((t) => {
    // Rows, header rows and columns must lie inside the table's own range.
    const b = safeRange(t.range);
    if (!b || !Array.isArray(t.headerRows) || !Array.isArray(t.rows) || !Array.isArray(t.columns)) return false;
    return (
      t.headerRows.every((r) => typeof r === 'number' && r >= b.top && r <= b.bottom) &&
      t.rows.every((r) => r?.row >= b.top && r.row <= b.bottom) &&
      t.columns.every((c) => c?.col >= b.left && c.col <= b.right)
    );
  }, 'rows or columns outside the range');

export const assessmentSchema = z.object({
  scale: shortText.optional(),
  customScales: z.array(z.unknown()).max(LIMITS.customScales).optional(),
  thresholds: z.unknown().optional(),
  projectCumulative: z.boolean().optional(),
  goalScale: shortText.optional(),
  goalRule: shortText.optional(),
});
