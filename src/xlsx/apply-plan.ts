import { unzipSync, zipSync } from 'fflate';
import type { CellEdit, WritePlan } from '../grid/write-plan';
import { needsTextProtection } from '../grid/write-plan';
import { formatRange, parseA1, parseRange, toA1 } from '../grid/address';
import { STATE_SHEET, stateSheet, type ToolState } from '../grid/tool-state';
import { WorkbookReadError, WorkbookWriteError } from './errors';
import { translateFormula } from './formula';
import { openPackage, type WorkbookInput } from './load';
import { parseRels, relativeTarget, relsPathOf, resolveTarget } from './opc';
import { damaged, decodeUtf8, partKey, tooLarge, type XlsxPackage } from './package';
import { readWorkbookInfo, type WorkbookInfo } from './reader';
import { cellXml, checkRgb, checkSheetName, MAIN_NS, newSheetXml, REL_NS } from './sheet-xml';
import { StyleEditor } from './styles-write';
import { elementEnd, findAll, findOpen, nextTag, setAttrs, tagAttrs, type Tag } from './tags';
import { escapeXml } from './xml';

export interface ApplyOptions {
  /**
   * Kept for callers of the earlier ExcelJS writer, which refused workbooks with charts, pivot
   * tables or macros unless this was set. The package writer keeps those parts as they are, so
   * nothing is refused and the option has no effect.
   */
  allowLoss?: boolean;
}

const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${REL_TYPE}/worksheet`;
const STYLES_TYPE = `${REL_TYPE}/styles`;
const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
/** Zip entries get a fixed time, so the same input and plan give the same bytes. */
const ZIP_TIME = new Date(Date.UTC(2000, 0, 1));

/**
 * Apply a write plan to a workbook by patching its package, and return the new file. The input
 * is never modified. Only the `<c>` elements of planned cells change (and the entries they need
 * are appended to styles.xml); listed sheets are removed with their parts and references; new
 * sheets and the tool's veryHidden state sheet are added as new parts. Every other part —
 * charts, pivot tables, macros, drawings, comments, defined names, properties — is copied byte
 * for byte.
 */
export async function applyWritePlan(input: WorkbookInput, plan: WritePlan, options: ApplyOptions = {}): Promise<Buffer> {
  void options;
  const pkg = await openPackage(input);
  const info = readWorkbookInfo(pkg);
  const parts = unzipAll(pkg);
  const writer = new PackageWriter(parts, info, pkg.displayName);
  writer.apply(plan);
  return zipParts(writer.parts);
}

function unzipAll(pkg: XlsxPackage): Map<string, Uint8Array> {
  const total = pkg.parts.reduce((n, p) => n + p.size, 0);
  if (total > pkg.limits.maxInflatedBytes) throw tooLarge(pkg.displayName, pkg.limits);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(pkg.bytes);
  } catch (err) {
    throw damaged(pkg.displayName, err);
  }
  const out = new Map<string, Uint8Array>();
  // In the archive's own order ([Content_Types].xml stays first where it was first).
  for (const p of pkg.parts) {
    const f = files[p.name];
    // Windows tools sometimes store "xl\\workbook.xml"; the copy uses the standard separator.
    if (f) out.set(p.name.replace(/\\/g, '/'), f);
  }
  return out;
}

export function zipParts(parts: Map<string, Uint8Array>): Buffer {
  const files: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = {};
  for (const [name, bytes] of parts) {
    // Folder entries and already-compressed media gain nothing from deflate.
    const level = /\.(png|jpe?g|gif|emf|wmf|bin|zip)$/i.test(name) || bytes.length === 0 ? 0 : 6;
    files[name] = [bytes, { level, mtime: ZIP_TIME }];
  }
  return Buffer.from(zipSync(files));
}

const encoder = new TextEncoder();

interface Located {
  edit: CellEdit;
  row: number;
  col: number;
  ref: string;
}

export class PackageWriter {
  private readonly texts = new Map<string, string>();
  private styles: StyleEditor | undefined;
  private stylesPart: string | undefined;
  private dropCalcChain = false;

  constructor(
    readonly parts: Map<string, Uint8Array>,
    private readonly info: WorkbookInfo,
    private readonly displayName: string,
  ) {}

  private find(name: string): string | undefined {
    const key = partKey(name);
    for (const k of this.parts.keys()) if (partKey(k) === key) return k;
    return undefined;
  }

  private text(name: string): string | undefined {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const bytes = this.parts.get(name);
    if (!bytes) return undefined;
    const t = decodeUtf8(bytes);
    this.texts.set(name, t);
    return t;
  }

  private setText(name: string, xml: string): void {
    this.texts.set(name, xml);
    this.parts.set(name, encoder.encode(xml));
  }

  private remove(name: string): void {
    this.texts.delete(name);
    this.parts.delete(name);
  }

  apply(plan: WritePlan): void {
    const located = plan.edits.map((e) => this.locate(e));
    const deleting = new Set(plan.deleteSheets);
    if (plan.state !== undefined) {
      if (typeof plan.state !== 'object' || plan.state === null) {
        throw new WorkbookWriteError('bad-value', 'Verktygets tillstånd kunde inte sparas (ogiltigt format).', "The tool's state could not be saved (invalid format).");
      }
    }
    for (const { edit } of located) {
      if (deleting.has(edit.sheet)) {
        throw new WorkbookWriteError('unknown-sheet', `Cellen ${edit.sheet}!${edit.cell} ska ändras men bladet ${edit.sheet} tas samtidigt bort.`, `Cell ${edit.sheet}!${edit.cell} is edited but its sheet ${edit.sheet} is deleted too.`);
      }
    }
    const removedNames = new Set([...plan.deleteSheets, ...(plan.state !== undefined ? [STATE_SHEET] : [])].map((n) => n.toLowerCase()));
    const remaining = new Set(this.info.allSheets.map((s) => s.name.toLowerCase()).filter((n) => !removedNames.has(n)));
    for (const added of plan.addSheets) {
      const name = added.grid.name;
      checkSheetName(name);
      if (remaining.has(name.toLowerCase())) {
        throw new WorkbookWriteError('sheet-exists', `Bladet ${name} finns redan och verktyget skriver inte över det. Byt namn på bladet eller ta bort det först.`, `Sheet ${name} already exists and the tool does not overwrite it. Rename or delete it first.`);
      }
      remaining.add(name.toLowerCase());
    }

    const bySheet = new Map<string, Located[]>();
    for (const l of located) {
      const list = bySheet.get(l.edit.sheet) ?? [];
      // A later edit of the same cell wins, as it would in Excel.
      const i = list.findIndex((x) => x.row === l.row && x.col === l.col);
      if (i >= 0) list[i] = l;
      else list.push(l);
      bySheet.set(l.edit.sheet, list);
    }
    for (const [name, edits] of bySheet) {
      const entry = this.info.sheets.find((s) => s.name === name)!;
      const xml = this.text(entry.part) ?? '';
      this.setText(entry.part, this.patchCells(xml, edits));
    }

    for (const name of plan.deleteSheets) this.removeSheet(name);
    for (const added of plan.addSheets) this.addSheet(added.grid.name, newSheetXml(added, this.styleEditor(), this.info.date1904), added.grid.state ?? 'visible');
    if (plan.state !== undefined) {
      this.removeSheet(STATE_SHEET);
      const grid = stateSheet(plan.state as ToolState);
      this.addSheet(STATE_SHEET, newSheetXml({ grid }, this.styleEditor(), this.info.date1904), 'veryHidden');
    }

    if (this.styles?.changed) {
      const part = this.stylesPart ?? 'xl/styles.xml';
      if (!this.stylesPart) {
        this.addRel(this.info.part, STYLES_TYPE, relativeTarget(this.info.part, part));
        this.addOverride(part, CT_STYLES);
      }
      this.setText(part, this.styles.result());
    }
    if (this.dropCalcChain) this.removeCalcChain();
  }

  private styleEditor(): StyleEditor {
    if (!this.styles) {
      const rel = this.info.rels.find((r) => r.kind === 'styles' && !r.external);
      const part = rel ? this.find(resolveTarget(this.info.part, rel.target)) : undefined;
      this.stylesPart = part;
      this.styles = new StyleEditor(part ? this.text(part) : undefined);
    }
    return this.styles;
  }

  /** Resolve an edit to its cell, refusing unknown sheets, bad addresses, bad values and covered merge cells. */
  private locate(edit: CellEdit): Located {
    const entry = this.info.sheets.find((s) => s.name === edit.sheet);
    if (!entry) {
      throw new WorkbookWriteError('unknown-sheet', `Bladet ${edit.sheet} finns inte i arbetsboken; cellen ${edit.cell} kan inte skrivas.`, `Sheet ${edit.sheet} is not in the workbook; cell ${edit.cell} cannot be written.`);
    }
    let pos: { row: number; col: number };
    try {
      pos = parseA1(edit.cell);
      if (pos.row < 1 || pos.row > 1048576 || pos.col < 1 || pos.col > 16384) throw new Error('out of range');
    } catch {
      throw new WorkbookWriteError('bad-address', `Ogiltig celladress ${edit.cell} på bladet ${edit.sheet}.`, `Invalid cell address ${edit.cell} on sheet ${edit.sheet}.`);
    }
    for (const range of this.mergesOf(entry.part)) {
      let box;
      try {
        box = parseRange(range);
      } catch {
        continue;
      }
      const inside = pos.row >= box.top && pos.row <= box.bottom && pos.col >= box.left && pos.col <= box.right;
      if (inside && (pos.row !== box.top || pos.col !== box.left)) {
        const master = toA1(box.top, box.left);
        throw new WorkbookWriteError('merged-cell', `Cellen ${edit.sheet}!${edit.cell} ligger i det sammanfogade området ${formatRange(box)}; bara ${master} kan skrivas.`, `Cell ${edit.sheet}!${edit.cell} lies in the merged range ${formatRange(box)}; only ${master} can be written.`);
      }
    }
    if (typeof edit.value === 'number' && !Number.isFinite(edit.value)) {
      throw new WorkbookWriteError('bad-value', `Värdet för ${edit.sheet}!${edit.cell} är inget giltigt tal.`, `The value for ${edit.sheet}!${edit.cell} is not a valid number.`);
    }
    if (edit.value !== null && typeof edit.value !== 'number' && typeof edit.value !== 'string') {
      throw new WorkbookWriteError('bad-value', `Värdet för ${edit.sheet}!${edit.cell} kan inte skrivas.`, `The value for ${edit.sheet}!${edit.cell} cannot be written.`);
    }
    if (typeof edit.fill === 'string') checkRgb(edit.fill, `${edit.sheet}!${edit.cell}`);
    return { edit, row: pos.row, col: pos.col, ref: toA1(pos.row, pos.col) };
  }

  private mergeCache = new Map<string, string[]>();

  private mergesOf(part: string): string[] {
    let m = this.mergeCache.get(part);
    if (!m) {
      const xml = this.text(part) ?? '';
      const mc = xml.indexOf('mergeCells');
      m = mc < 0 ? [] : findAll(xml, 'mergeCell', Math.max(0, xml.lastIndexOf('<', mc))).map((t) => tagAttrs(xml, t).get('ref') ?? '').filter(Boolean);
      this.mergeCache.set(part, m);
    }
    return m;
  }

  /** Replace or insert the edited `<c>` elements of one worksheet; every other byte stays. */
  private patchCells(xml: string, edits: Located[]): string {
    const sd = findOpen(xml, 'sheetData');
    if (!sd) throw new WorkbookWriteError('damaged', `Bladet ${edits[0].edit.sheet} i ${this.displayName} saknar celldata och kan inte skrivas.`, `Sheet ${edits[0].edit.sheet} in ${this.displayName} has no cell data and cannot be written.`);
    const prefix = sd.name.includes(':') ? sd.name.slice(0, sd.name.indexOf(':') + 1) : '';
    const q = (l: string) => prefix + l;
    const styles = this.styleEditor();
    const sdClose = sd.selfClosing ? sd.end : xml.lastIndexOf('</', elementEnd(xml, sd) - 1);

    // Rows, by position (rows never nest, so the next </row> closes each).
    interface RowInfo {
      r: number;
      tag: Tag;
      closeStart: number;
      end: number;
    }
    const rows: RowInfo[] = [];
    let i = sd.end;
    let implicit = 0;
    while (!sd.selfClosing && i < sdClose) {
      const t = nextTag(xml, i, sdClose);
      if (!t) break;
      if (t.local === 'row' && !t.closing) {
        const rAttr = tagAttrs(xml, t).get('r');
        const r = rAttr ? parseInt(rAttr, 10) : implicit + 1;
        implicit = r;
        let closeStart = t.end;
        let end = t.end;
        if (!t.selfClosing) {
          closeStart = xml.indexOf(`</${t.name}`, t.end);
          end = xml.indexOf('>', closeStart) + 1;
        }
        rows.push({ r, tag: t, closeStart, end });
        i = end;
      } else i = t.end;
    }

    const colStyles = this.colStyles(xml);
    interface Segment {
      start: number;
      end: number;
      order: number;
      text: string;
    }
    const segments: Segment[] = [];
    const masters: { si: string; formula: string; row: number; col: number }[] = [];
    const editedRefs = new Set(edits.map((e) => e.ref));
    const byRow = new Map<number, Located[]>();
    for (const e of edits) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
    const rowIndex = new Map(rows.map((r) => [r.r, r]));

    const newCell = (e: Located, base: number): string => {
      const protect = needsTextProtection(e.edit.value);
      const style = styles.derive(base, e.edit.fill, protect);
      return cellXml(q, e.ref, style, e.edit.value, undefined, this.info.date1904);
    };

    let minRow = Infinity;
    let maxRow = 0;
    let minCol = Infinity;
    let maxCol = 0;
    for (const [r, list] of byRow) {
      minRow = Math.min(minRow, r);
      maxRow = Math.max(maxRow, r);
      for (const e of list) {
        minCol = Math.min(minCol, e.col);
        maxCol = Math.max(maxCol, e.col);
      }
      const row = rowIndex.get(r);
      if (!row) {
        // A new row, before the first row below it.
        const next = rows.find((x) => x.r > r);
        const at = next ? next.tag.start : sdClose;
        const cells = [...list].sort((a, b) => a.col - b.col).map((e) => newCell(e, colStyles(e.col)));
        segments.push({ start: at, end: at, order: r, text: `<${q('row')} r="${r}">${cells.join('')}</${q('row')}>` });
        continue;
      }
      const rowAttrs = tagAttrs(xml, row.tag);
      const rowStyle = rowAttrs.get('customFormat') === '1' || rowAttrs.get('customFormat') === 'true' ? Number(rowAttrs.get('s') ?? 0) || 0 : -1;
      // Cells of the row.
      const cells: { col: number; start: number; end: number; s: number; tag: Tag }[] = [];
      let j = row.tag.end;
      let implicitCol = 0;
      while (!row.tag.selfClosing && j < row.closeStart) {
        const t = nextTag(xml, j, row.closeStart);
        if (!t) break;
        if (t.local === 'c' && !t.closing) {
          const a = tagAttrs(xml, t);
          const ref = a.get('r');
          let col = implicitCol + 1;
          if (ref) {
            try {
              col = parseA1(ref).col;
            } catch {
              // keep the implicit column
            }
          }
          implicitCol = col;
          const end = t.selfClosing ? t.end : xml.indexOf('>', xml.indexOf(`</${t.name}`, t.end)) + 1;
          cells.push({ col, start: t.start, end, s: Number(a.get('s') ?? 0) || 0, tag: t });
          j = end;
        } else j = t.end;
      }
      const inserts = new Map<number, Located[]>();
      for (const e of list) {
        const existing = cells.find((c) => c.col === e.col);
        if (existing) {
          const inner = xml.slice(existing.tag.end, existing.end);
          const f = inner.includes('<') ? findOpen(inner, 'f') : null;
          if (f) {
            this.dropCalcChain = true;
            const fa = tagAttrs(inner, f);
            if (fa.get('t') === 'shared' && fa.get('ref') && fa.get('si') !== undefined && !f.selfClosing) {
              const fEnd = inner.indexOf(`</${f.name}`, f.end);
              masters.push({ si: fa.get('si')!, formula: decodeText(inner.slice(f.end, fEnd)), row: e.row, col: e.col });
            }
          }
          segments.push({ start: existing.start, end: existing.end, order: e.col, text: newCell(e, existing.s) });
        } else {
          const next = cells.find((c) => c.col > e.col);
          const at = next ? next.start : row.tag.selfClosing ? row.tag.end : row.closeStart;
          inserts.set(at, [...(inserts.get(at) ?? []), e]);
        }
      }
      const spans = rowAttrs.get('spans');
      let spansFix: string | null = null;
      if (spans && inserts.size > 0) {
        const m = /^(\d+):(\d+)$/.exec(spans);
        const cols = list.map((e) => e.col);
        if (m) {
          const lo = Math.min(Number(m[1]), ...cols);
          const hi = Math.max(Number(m[2]), ...cols);
          if (lo !== Number(m[1]) || hi !== Number(m[2])) spansFix = `${lo}:${hi}`;
        }
      }
      if (row.tag.selfClosing) {
        const open = setAttrs(xml.slice(row.tag.start, row.tag.end), spansFix ? { spans: spansFix } : {}).replace(/\s*\/>$/, '>');
        const body = [...inserts.values()].flat().sort((a, b) => a.col - b.col).map((e) => newCell(e, rowStyle >= 0 ? rowStyle : colStyles(e.col)));
        segments.push({ start: row.tag.start, end: row.tag.end, order: 0, text: `${open}${body.join('')}</${row.tag.name}>` });
        continue;
      }
      if (spansFix) segments.push({ start: row.tag.start, end: row.tag.end, order: 0, text: setAttrs(xml.slice(row.tag.start, row.tag.end), { spans: spansFix }) });
      for (const [at, es] of inserts) {
        const body = es.sort((a, b) => a.col - b.col).map((e) => newCell(e, rowStyle >= 0 ? rowStyle : colStyles(e.col)));
        segments.push({ start: at, end: at, order: es[0].col, text: body.join('') });
      }
    }

    // Dependents of an overwritten shared-formula master get their own formula.
    for (const m of masters) {
      for (const f of findAll(xml, 'f', sd.end, sdClose)) {
        const a = tagAttrs(xml, f);
        if (a.get('t') !== 'shared' || a.get('si') !== m.si || a.get('ref')) continue;
        const fEnd = f.selfClosing ? f.end : xml.indexOf('>', xml.indexOf(`</${f.name}`, f.end)) + 1;
        if (!f.selfClosing && xml.slice(f.end, xml.indexOf(`</${f.name}`, f.end)).trim() !== '') continue;
        const cStart = Math.max(xml.lastIndexOf(`<${q('c')} `, f.start), xml.lastIndexOf(`<${q('c')}>`, f.start));
        const cTag = cStart >= 0 ? nextTag(xml, cStart) : null;
        const ref = cTag ? tagAttrs(xml, cTag).get('r') : undefined;
        if (!ref || editedRefs.has(ref.replace(/\$/g, '').toUpperCase())) continue;
        const pos = parseA1(ref);
        const formula = translateFormula(m.formula, pos.row - m.row, pos.col - m.col);
        segments.push({ start: f.start, end: fEnd, order: 0, text: `<${f.name}>${escapeXml(formula)}</${f.name}>` });
      }
    }

    // The dimension grows to hold new cells.
    const dim = findOpen(xml, 'dimension', 0, sd.start);
    if (dim && maxRow > 0) {
      const ref = tagAttrs(xml, dim).get('ref');
      try {
        const box = ref ? parseRange(ref) : undefined;
        if (box) {
          const grown = { top: Math.min(box.top, minRow), left: Math.min(box.left, minCol), bottom: Math.max(box.bottom, maxRow), right: Math.max(box.right, maxCol) };
          if (grown.top !== box.top || grown.left !== box.left || grown.bottom !== box.bottom || grown.right !== box.right) {
            segments.push({ start: dim.start, end: dim.end, order: 0, text: setAttrs(xml.slice(dim.start, dim.end), { ref: formatRange(grown) }) });
          }
        }
      } catch {
        // A dimension Excel would ignore stays as it is.
      }
    }

    if (sd.selfClosing) {
      const inner = segments.filter((s) => s.start === sdClose && s.end === sdClose).sort((a, b) => a.order - b.order);
      const rest = segments.filter((s) => !inner.includes(s));
      rest.push({ start: sd.start, end: sd.end, order: 0, text: `${xml.slice(sd.start, sd.end).replace(/\s*\/>$/, '>')}${inner.map((s) => s.text).join('')}</${sd.name}>` });
      return applySegments(xml, rest);
    }
    return applySegments(xml, segments);
  }

  /** Style index of a column (<cols><col style>), for a new cell in a row without its own format. */
  private colStyles(xml: string): (col: number) => number {
    const cols = findOpen(xml, 'cols');
    if (!cols || cols.selfClosing) return () => 0;
    const ranges = findAll(xml, 'col', cols.end, elementEnd(xml, cols)).map((t) => {
      const a = tagAttrs(xml, t);
      return { min: Number(a.get('min')), max: Number(a.get('max')), style: Number(a.get('style') ?? 0) || 0 };
    });
    return (col) => ranges.find((r) => col >= r.min && col <= r.max)?.style ?? 0;
  }

  // ---- sheets ---------------------------------------------------------------------------

  private workbookXml(): string {
    return this.text(this.info.part) ?? '';
  }

  private sheetsInWorkbook(): { name: string; rId: string; tag: Tag }[] {
    const xml = this.workbookXml();
    const sheets = findOpen(xml, 'sheets');
    if (!sheets) return [];
    return findAll(xml, 'sheet', sheets.end, elementEnd(xml, sheets)).map((t) => {
      const a = tagAttrs(xml, t);
      const rId = [...a.entries()].find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? '';
      return { name: a.get('name') ?? '', rId, tag: t };
    });
  }

  /** Remove a sheet: its <sheet> entry, relationship, part, the parts only it used, and local defined names. */
  private removeSheet(name: string): void {
    const sheets = this.sheetsInWorkbook();
    const index = sheets.findIndex((s) => s.name === name);
    if (index < 0) return;
    const sheet = sheets[index];
    let xml = this.workbookXml();
    const tagEnd = sheet.tag.selfClosing ? sheet.tag.end : elementEnd(xml, sheet.tag);
    xml = xml.slice(0, sheet.tag.start) + xml.slice(tagEnd);
    xml = this.fixSheetIndices(xml, index, sheets.length - 1);
    this.setText(this.info.part, xml);

    const relsPart = relsPathOf(this.info.part);
    const rels = parseRels(this.text(relsPart));
    const rel = rels.find((r) => r.id === sheet.rId);
    this.removeRel(relsPart, sheet.rId);
    if (!rel || rel.external) return;
    const part = this.find(resolveTarget(this.info.part, rel.target));
    if (!part) return;
    if (/<(\w+:)?f[\s>]/.test(this.text(part) ?? '')) this.dropCalcChain = true;
    this.removePartTree(part);
  }

  /** Remove a part, its .rels and every part reachable from it that no other part refers to. */
  private removePartTree(part: string): void {
    const relsPart = this.find(relsPathOf(part));
    const targets = relsPart ? parseRels(this.text(relsPart)).filter((r) => !r.external).map((r) => this.find(resolveTarget(part, r.target))) : [];
    this.remove(part);
    if (relsPart) this.remove(relsPart);
    this.removeOverride(part);
    for (const t of targets) {
      if (t && this.parts.has(t) && !this.isReferenced(t)) this.removePartTree(t);
    }
  }

  private isReferenced(part: string): boolean {
    const lower = part.toLowerCase();
    for (const name of this.parts.keys()) {
      if (!name.endsWith('.rels')) continue;
      const source = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
      for (const r of parseRels(this.text(name))) {
        if (!r.external && resolveTarget(source === name ? '' : source, r.target).toLowerCase() === lower) return true;
      }
    }
    return false;
  }

  /** After removing the sheet at `index`: defined names local to it go, later ones shift; the active tab stays valid. */
  private fixSheetIndices(xml: string, index: number, remaining: number): string {
    let out = xml;
    const names = findOpen(out, 'definedNames');
    if (names && !names.selfClosing) {
      const end = elementEnd(out, names);
      const segments: { start: number; end: number; order: number; text: string }[] = [];
      for (const t of findAll(out, 'definedName', names.end, end)) {
        const local = tagAttrs(out, t).get('localSheetId');
        if (local === undefined) continue;
        const n = Number(local);
        const tEnd = t.selfClosing ? t.end : elementEnd(out, t);
        if (n === index) segments.push({ start: t.start, end: tEnd, order: 0, text: '' });
        else if (n > index) segments.push({ start: t.start, end: t.end, order: 0, text: setAttrs(out.slice(t.start, t.end), { localSheetId: String(n - 1) }) });
      }
      out = applySegments(out, segments);
      const again = findOpen(out, 'definedNames');
      if (again && !again.selfClosing && findAll(out, 'definedName', again.end, elementEnd(out, again)).length === 0) {
        out = out.slice(0, again.start) + out.slice(elementEnd(out, again));
      }
    }
    const views = findAll(out, 'workbookView');
    const segs: { start: number; end: number; order: number; text: string }[] = [];
    for (const v of views) {
      const a = tagAttrs(out, v);
      const changes: Record<string, string | null> = {};
      for (const key of ['activeTab', 'firstSheet']) {
        const value = a.get(key);
        if (value === undefined) continue;
        let n = Number(value);
        if (n > index) n--;
        n = Math.max(0, Math.min(n, remaining - 1));
        if (String(n) !== value) changes[key] = String(n);
      }
      if (Object.keys(changes).length) segs.push({ start: v.start, end: v.end, order: 0, text: setAttrs(out.slice(v.start, v.end), changes) });
    }
    return applySegments(out, segs);
  }

  private addSheet(name: string, sheetXml: string, state: string): void {
    let n = 1;
    while (this.find(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    this.setText(part, sheetXml);
    this.addOverride(part, CT_WORKSHEET);
    const rId = this.addRel(this.info.part, WORKSHEET_TYPE, relativeTarget(this.info.part, part));

    let xml = this.workbookXml();
    const sheets = findOpen(xml, 'sheets');
    if (!sheets) throw damaged(this.displayName);
    const ids = this.sheetsInWorkbook().map((s) => Number(tagAttrs(xml, s.tag).get('sheetId')) || 0);
    const sheetId = Math.max(0, ...ids) + 1;
    const prefix = sheets.name.includes(':') ? sheets.name.slice(0, sheets.name.indexOf(':') + 1) : '';
    const relPrefix = prefixFor(xml, REL_NS);
    const idAttr = relPrefix ? `${relPrefix}:id="${rId}"` : `xmlns:r="${REL_NS}" r:id="${rId}"`;
    const stateAttr = state === 'hidden' || state === 'veryHidden' ? ` state="${state}"` : '';
    const entry = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${stateAttr} ${idAttr}/>`;
    if (sheets.selfClosing) {
      xml = `${xml.slice(0, sheets.start)}${xml.slice(sheets.start, sheets.end).replace(/\s*\/>$/, '>')}${entry}</${sheets.name}>${xml.slice(sheets.end)}`;
    } else {
      const close = xml.lastIndexOf('</', elementEnd(xml, sheets) - 1);
      xml = xml.slice(0, close) + entry + xml.slice(close);
    }
    this.setText(this.info.part, xml);
  }

  // ---- relationships and content types --------------------------------------------------

  private addRel(source: string, type: string, target: string): string {
    const relsPart = this.find(relsPathOf(source)) ?? relsPathOf(source);
    let xml = this.text(relsPart) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const ids = new Set(parseRels(xml).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const root = nextTag(xml, 0);
    const prefix = root && root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
    const entry = `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
    const close = xml.lastIndexOf('</');
    if (root && root.selfClosing) xml = `${xml.slice(0, root.start)}${xml.slice(root.start, root.end).replace(/\s*\/>$/, '>')}${entry}</${root.name}>${xml.slice(root.end)}`;
    else xml = xml.slice(0, close) + entry + xml.slice(close);
    this.setText(relsPart, xml);
    return id;
  }

  private removeRel(relsPart: string, id: string): void {
    const part = this.find(relsPart);
    const xml = part ? this.text(part) : undefined;
    if (!part || !xml) return;
    for (const t of findAll(xml, 'Relationship')) {
      if (tagAttrs(xml, t).get('Id') === id) {
        const end = t.selfClosing ? t.end : elementEnd(xml, t);
        this.setText(part, xml.slice(0, t.start) + xml.slice(end));
        return;
      }
    }
  }

  private contentTypes(): string {
    const part = this.find('[Content_Types].xml');
    if (!part) throw damaged(this.displayName);
    return part;
  }

  private addOverride(part: string, type: string): void {
    const ct = this.contentTypes();
    const xml = this.text(ct) ?? '';
    const root = nextTag(xml, 0);
    const prefix = root && root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
    const close = xml.lastIndexOf('</');
    this.setText(ct, `${xml.slice(0, close)}<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${xml.slice(close)}`);
  }

  private removeOverride(part: string): void {
    const ct = this.contentTypes();
    const xml = this.text(ct) ?? '';
    const want = `/${part}`.toLowerCase();
    for (const t of findAll(xml, 'Override')) {
      if ((tagAttrs(xml, t).get('PartName') ?? '').toLowerCase() === want) {
        const end = t.selfClosing ? t.end : elementEnd(xml, t);
        this.setText(ct, xml.slice(0, t.start) + xml.slice(end));
        return;
      }
    }
  }

  /** Excel rebuilds the calculation chain; a stale one (a formula cell written over) makes it repair the file. */
  private removeCalcChain(): void {
    const rel = this.info.rels.find((r) => r.kind === 'calcChain' && !r.external);
    const part = rel ? this.find(resolveTarget(this.info.part, rel.target)) : this.find('xl/calcChain.xml');
    if (!part) return;
    if (rel) this.removeRel(relsPathOf(this.info.part), rel.id);
    this.remove(part);
    this.removeOverride(part);
  }
}

function prefixFor(xml: string, ns: string): string | undefined {
  const root = nextTag(xml, 0);
  if (!root) return undefined;
  for (const [k, v] of tagAttrs(xml, root)) if (v === ns && k.startsWith('xmlns:')) return k.slice(6);
  return undefined;
}

function decodeText(xmlText: string): string {
  return xmlText.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? _);
}

/** Apply non-overlapping replacements; insertions at one position go in `order`. */
export function applySegments(xml: string, segments: { start: number; end: number; order: number; text: string }[]): string {
  if (segments.length === 0) return xml;
  const sorted = [...segments].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue;
    out += xml.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + xml.slice(pos);
}

/** A new package from grids (generated test workbooks, fixtures): the minimal parts, then the sheets added as by a write plan. */
export function emptyPackage(): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  const put = (name: string, xml: string) => parts.set(name, encoder.encode(xml));
  put('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`);
  put('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets/></workbook>`);
  put('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`);
  return parts;
}

export { WorkbookReadError };
