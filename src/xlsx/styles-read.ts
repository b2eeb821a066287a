import { resolveColor, type ExcelColor } from './colors';
import { isEmptyPart, parseXml, parseXmlPart, type XmlHandlers } from './xml';

/**
 * What the grid needs of styles.xml: per cell format (cellXfs index) its number format code,
 * solid fill colour, bold font and indent. Built once per workbook, looked up per cell.
 */

export interface CellFormat {
  numFmt?: string;
  /** True when the number format shows a date or time, so a number reads as a Date. */
  isDate: boolean;
  fill?: string;
  bold: boolean;
  indent: number;
}

/** Excel's built-in number formats (ids without a numFmts entry), as Excel shows them in en-US. */
export const BUILTIN_NUMFMTS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Built-in ids that are dates in every locale, though their code differs by locale (27–36, 50–58). */
const LOCALE_DATE_IDS = new Set([27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A number format shows a date when, outside quoted text and [..] sections, it has date or time letters. */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  // Escaped (\x), padding (_x) and fill (*x) characters are literal, never date parts.
  const bare = code.replace(/\\.|_.|\*./g, '').replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

interface RawXf {
  numFmtId: number;
  fontId: number;
  fillId: number;
  indent: number;
}

/** The cell formats of styles.xml, given as text or as its bytes (`fast`: see parseXmlPart). */
export function readStyles(xml: string | Uint8Array | undefined, palette: readonly string[], fast = true): CellFormat[] {
  if (xml === undefined || (typeof xml === 'string' ? !xml : isEmptyPart(xml))) return [];
  const numFmts = new Map<number, string>();
  const bold: boolean[] = [];
  const fills: (string | undefined)[] = [];
  const xfs: RawXf[] = [];
  const stack: string[] = [];
  let fontBold = false;
  let pattern: string | undefined;
  let fg: ExcelColor | undefined;
  let xf: RawXf | undefined;

  const handlers: XmlHandlers = {
    open: (name, a) => {
      const parent = stack[stack.length - 1];
      const grand = stack[stack.length - 2];
      if (name === 'numFmt' && parent === 'numFmts') {
        const id = Number(a.numFmtId);
        if (Number.isInteger(id) && typeof a.formatCode === 'string') numFmts.set(id, a.formatCode);
      } else if (name === 'font' && parent === 'fonts') fontBold = false;
      else if (name === 'b' && parent === 'font' && grand === 'fonts') fontBold = a.val === undefined || a.val === '1' || a.val === 'true';
      else if (name === 'fill' && parent === 'fills') {
        pattern = undefined;
        fg = undefined;
      } else if (name === 'patternFill' && grand === 'fills') pattern = a.patternType;
      else if (name === 'fgColor' && parent === 'patternFill' && stack[stack.length - 3] === 'fills') fg = colorOf(a);
      else if (name === 'xf' && (parent === 'cellXfs' || inFallbackOf(stack, 'cellXfs'))) {
        xf = { numFmtId: intOf(a.numFmtId), fontId: intOf(a.fontId), fillId: intOf(a.fillId), indent: 0 };
      } else if (name === 'alignment' && parent === 'xf' && xf) xf.indent = intOf(a.indent);
      // saxes reports a close for self-closing tags too, so every open pushes.
      stack.push(name);
    },
    close: (name) => {
      if (stack[stack.length - 1] === name) stack.pop();
      closeOf(name, stack[stack.length - 1]);
    },
  };
  if (typeof xml === 'string') parseXml(xml, handlers);
  else parseXmlPart(xml, handlers, fast);

  function closeOf(name: string, parent: string | undefined): void {
    if (name === 'font' && parent === 'fonts') bold.push(fontBold);
    else if (name === 'fill' && parent === 'fills') fills.push(pattern === 'solid' ? resolveColor(fg, palette) : undefined);
    else if (name === 'xf' && (parent === 'cellXfs' || inFallbackOf(stack, 'cellXfs')) && xf) {
      xfs.push(xf);
      xf = undefined;
    }
  }

  return xfs.map((x) => {
    let numFmt = x.numFmtId ? (numFmts.get(x.numFmtId) ?? BUILTIN_NUMFMTS[x.numFmtId]) : undefined;
    // "GENERAL" as LibreOffice writes it is General; the grid leaves General out.
    if (numFmt !== undefined && /^general$/i.test(numFmt.trim())) numFmt = undefined;
    // Every field in the literal (absent ones undefined): a format that grew numFmt or fill after
    // it was made would have a shape V8 keeps only weakly, and the reader's optimized code, which
    // tests those shapes for every cell, would be thrown away at each full GC.
    return {
      numFmt: numFmt || undefined,
      isDate: isDateFormat(numFmt) || (!numFmts.has(x.numFmtId) && LOCALE_DATE_IDS.has(x.numFmtId)),
      fill: fills[x.fillId] || undefined,
      bold: bold[x.fontId] ?? false,
      indent: x.indent,
    };
  });
}

/**
 * mc:AlternateContent inside cellXfs holds one format as a Choice (for an application that knows
 * the Choice's namespace) and a Fallback; Excel takes the Fallback, and the pair counts as one.
 */
function inFallbackOf(stack: string[], section: string): boolean {
  const n = stack.length;
  return stack[n - 1] === 'Fallback' && stack[n - 2] === 'AlternateContent' && stack[n - 3] === section;
}

function intOf(v: string | undefined): number {
  const n = v === undefined ? 0 : parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function colorOf(a: Record<string, string>): ExcelColor {
  const c: ExcelColor = {};
  if (a.rgb) c.argb = a.rgb;
  if (a.theme !== undefined) c.theme = parseInt(a.theme, 10);
  if (a.tint !== undefined) c.tint = parseFloat(a.tint);
  if (a.indexed !== undefined) c.indexed = parseInt(a.indexed, 10);
  return c;
}
