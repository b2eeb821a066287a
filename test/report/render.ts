import * as fs from 'fs';
import * as path from 'path';
import type { Cell } from '../../src/grid/types';
import type { NewSheet } from '../../src/grid/write-plan';
import { isCellError } from '../../src/grid/types';

/**
 * Compact, reviewable renderings of generated sheets for golden files: every cell with its type,
 * format, bold, fill, indent and extra style; and a preview that shows the sheet as Excel would
 * display it with Swedish separators, to compare with the printed report.
 */

function styleText(sheet: NewSheet, cell: string): string {
  const s = sheet.styles?.[cell];
  if (!s) return '';
  const parts: string[] = [];
  if (s.border?.top) parts.push('rule-top');
  if (s.border?.bottom) parts.push('rule-bottom');
  if (s.wrap) parts.push('wrap');
  if (s.horizontal) parts.push(`h=${s.horizontal}`);
  if (s.vertical) parts.push(`v=${s.vertical}`);
  if (s.italic) parts.push('italic');
  if (s.fontColor) parts.push(`color=${s.fontColor}`);
  if (s.fontSize) parts.push(`size=${s.fontSize}`);
  return parts.join(' ');
}

function valueText(c: Cell): string {
  const v = c.value;
  if (v === null) return 'empty';
  if (typeof v === 'number') return `n ${v}`;
  if (typeof v === 'string') return `s ${JSON.stringify(v)}`;
  if (typeof v === 'boolean') return `b ${v}`;
  if (v instanceof Date) return `d ${v.toISOString()}`;
  if (isCellError(v)) return `e ${v.error}`;
  return '?';
}

export function renderCells(sheet: NewSheet): string {
  const g = sheet.grid;
  const widths = sheet.columnWidths ?? [];
  const lines = [
    `# ${g.name}`,
    `widths ${widths.join(',')} (sum ${widths.reduce((a, b) => a + b, 0)})`,
    `print ${sheet.print ? `${sheet.print.orientation}${sheet.print.fitToWidth ? ' fit-to-width' : ''}` : 'none'}`,
    `merges ${g.merges.join(' ') || '-'}`,
    `rowHeights ${Object.entries(sheet.rowHeights ?? {}).map(([r, h]) => `${r}:${h}`).join(' ') || '-'}`,
  ];
  const seen = new Set<string>();
  g.rows.forEach((row) => {
    row?.forEach((c) => {
      if (!c) return;
      seen.add(c.address);
      const attrs = [
        c.numFmt ? `fmt=${c.numFmt}` : '',
        c.bold ? 'bold' : '',
        c.fill ? `fill=${c.fill}` : '',
        c.indent ? `indent=${c.indent}` : '',
        c.merge ? `merge=${c.merge}` : '',
        styleText(sheet, c.address),
      ].filter(Boolean);
      lines.push(`${c.address} ${valueText(c)}${attrs.length ? ` | ${attrs.join(' ')}` : ''}`);
    });
  });
  // Styles on cells without a value (rules across empty cells).
  for (const a of Object.keys(sheet.styles ?? {})) {
    if (!seen.has(a)) lines.push(`${a} (no value) | ${styleText(sheet, a)}`);
  }
  return lines.join('\n') + '\n';
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Display a number as Excel would with a Swedish locale for the formats the report uses. */
export function displayNumber(v: number, fmt: string | undefined): string {
  const fixed = (x: number, d: number) => {
    const s = Math.abs(x).toFixed(d).split('.');
    return (x < 0 && Number(s.join('.')) !== 0 ? '-' : '') + group(s[0]) + (s[1] ? ',' + s[1] : '');
  };
  if (!fmt) return String(v).replace('.', ',');
  if (fmt === '0%') return `${fixed(v * 100, 0)} %`;
  const signed = /^\+(#,##)?0(?:\.(0+))?;/.exec(fmt);
  if (signed) {
    const s = fixed(v, signed[2]?.length ?? 0);
    const shown = signed[1] ? s : s.replace(/ /g, '');
    return v > 0 ? `+${shown}` : shown.replace(/^-(0(,0+)?)$/, '$1');
  }
  const pctUnits = /^0(?:\.(0+))?" %"$/.exec(fmt);
  if (pctUnits) return `${fixed(v, pctUnits[1]?.length ?? 0)} %`;
  const m = /^(#,##)?0(?:\.(0+))?$/.exec(fmt);
  if (m) {
    const d = m[2]?.length ?? 0;
    const s = fixed(v, d);
    return m[1] ? s : s.replace(/ /g, '');
  }
  return `${v} [${fmt}]`;
}

export function renderPreview(sheet: NewSheet): string {
  const g = sheet.grid;
  const widths = sheet.columnWidths ?? [];
  const covered = new Set<string>();
  const out: string[] = [`=== ${g.name} ===`];
  const maxRow = g.rows.length;
  for (let r = 1; r <= maxRow; r++) {
    const row = g.rows[r - 1] ?? [];
    const cells: string[] = [];
    const ncols = Math.max(widths.length, row.length);
    let merged = 0;
    for (let c = 1; c <= ncols; c++) {
      const cell = row[c - 1];
      const w = Math.max(3, Math.round(widths[c - 1] ?? 10));
      if (merged > 0) {
        merged--;
        continue;
      }
      let text = '';
      let width = w;
      if (cell) {
        if (cell.merge) {
          const [, to] = cell.merge.split(':');
          const toCol = /^[A-Z]+/.exec(to)?.[0] ?? '';
          let last = 0;
          for (const ch of toCol) last = last * 26 + (ch.charCodeAt(0) - 64);
          for (let k = c + 1; k <= last; k++) {
            width += Math.max(3, Math.round(widths[k - 1] ?? 10)) + 1;
            covered.add(`${r}:${k}`);
          }
          merged = last - c;
        }
        const v = cell.value;
        text = typeof v === 'number' ? displayNumber(v, cell.numFmt) : v === null ? '' : String(v);
        if (cell.fill) text = `[${cell.fill}]${text ? ' ' + text : ''}`;
        if (cell.bold && text) text = `*${text}*`;
        if (cell.indent) text = '  '.repeat(cell.indent) + text;
      }
      text = text.replace(/\n/g, ' ⏎ ');
      const numeric = typeof cell?.value === 'number';
      const shown = text.length > width ? text.slice(0, width - 1) + '…' : text;
      cells.push(numeric ? shown.padStart(width) : shown.padEnd(width));
    }
    out.push(cells.join('|').replace(/\s+$/, ''));
  }
  return out.join('\n') + '\n';
}

/** Compare with a golden file; UPDATE_GOLDEN=1 writes it instead. */
export function golden(name: string, actual: string): { expected: string; actual: string } {
  const file = path.join(__dirname, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
  }
  return { expected: fs.readFileSync(file, 'utf8'), actual };
}
