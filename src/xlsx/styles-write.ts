import { BUILTIN_NUMFMTS } from './styles-read';
import { elementEnd, findAll, findOpen, nextTag, setAttrs, tagAttrs, type Tag } from './tags';
import { escapeXml } from './xml';

/**
 * Appends the cell formats a write needs to styles.xml and leaves every existing entry as it
 * was: cells that are not written keep their style index and the entry it points at. New
 * entries are derived from the cell's own format (a fill or quote prefix changed) or built from
 * the workbook's default font (generated sheets), never from a foreign default.
 */

export interface StyleSpec {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  border?: { top?: boolean; bottom?: boolean };
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  indent?: number;
  quotePrefix?: boolean;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A minimal styles part for a package that has none (Calibri 11, as Excel's blank workbook). */
export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Sections of styleSheet in schema order: a missing one is inserted before the first later one present. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

interface Section {
  /** Raw XML of the children appended by this write. */
  added: string[];
  /** Children present before the write. */
  existing: number;
}

export class StyleEditor {
  private xml: string;
  private readonly prefix: string;
  private readonly sections = new Map<string, Section>();
  private readonly xfCache = new Map<string, number>();
  private readonly fillCache = new Map<string, number>();
  private readonly fontCache = new Map<string, number>();
  private readonly borderCache = new Map<string, number>();
  private readonly numFmtCache = new Map<string, number>();
  private customNumFmts: Map<string, number> | undefined;
  private nextNumFmtId = 164;
  private xfTexts: string[] | undefined;
  private defaultFont: string | undefined;
  changed = false;

  constructor(xml: string | undefined) {
    this.xml = xml ?? MINIMAL_STYLES;
    const root = nextTag(this.xml, 0);
    this.prefix = root && root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
    // <styleSheet/> with nothing in it: open it, so sections can go inside.
    if (root && root.selfClosing) this.xml = `${this.xml.slice(0, root.start)}${this.xml.slice(root.start, root.end).replace(/\s*\/>$/, '>')}</${root.name}>${this.xml.slice(root.end)}`;
  }

  /** styles.xml after the write (the input text unchanged when nothing was added). */
  result(): string {
    let xml = this.xml;
    for (const name of ORDER) {
      const s = this.sections.get(name);
      if (!s || s.added.length === 0) continue;
      xml = this.appendTo(xml, name, s);
    }
    return xml;
  }

  private q(local: string): string {
    return this.prefix + local;
  }

  private section(name: string): Section {
    let s = this.sections.get(name);
    if (!s) {
      const open = findOpen(this.xml, name);
      s = { added: [], existing: open ? this.children(open).length : 0 };
      this.sections.set(name, s);
    }
    return s;
  }

  /** Direct children of a section element. */
  private children(open: Tag): Tag[] {
    if (open.selfClosing) return [];
    const end = elementEnd(this.xml, open);
    const out: Tag[] = [];
    let i = open.end;
    for (;;) {
      const t = nextTag(this.xml, i, end);
      if (!t || (t.closing && t.name === open.name)) return out;
      if (!t.closing) {
        out.push(t);
        i = elementEnd(this.xml, t, end);
      } else i = t.end;
    }
  }

  private add(name: string, childXml: string): number {
    const s = this.section(name);
    s.added.push(childXml);
    this.changed = true;
    return s.existing + s.added.length - 1;
  }

  private appendTo(xml: string, name: string, s: Section): string {
    const open = findOpen(xml, name);
    const count = s.existing + s.added.length;
    const body = s.added.join('');
    if (!open) {
      // Insert the section before the first later section present, or before </styleSheet>.
      const later = ORDER.slice(ORDER.indexOf(name) + 1);
      let at = -1;
      for (const l of later) {
        const t = findOpen(xml, l);
        if (t) {
          at = t.start;
          break;
        }
      }
      if (at < 0) at = xml.lastIndexOf(`</${this.q('styleSheet')}`);
      return `${xml.slice(0, at)}<${this.q(name)} count="${count}">${body}</${this.q(name)}>${xml.slice(at)}`;
    }
    const head = setAttrs(xml.slice(open.start, open.end), { count: String(count) });
    if (open.selfClosing) {
      return `${xml.slice(0, open.start)}${head.replace(/\s*\/>$/, '>')}${body}</${open.name}>${xml.slice(open.end)}`;
    }
    const end = elementEnd(xml, open);
    const closeStart = xml.lastIndexOf('</', end - 1);
    return `${xml.slice(0, open.start)}${head}${xml.slice(open.end, closeStart)}${body}${xml.slice(closeStart)}`;
  }

  /** Raw XML of each existing cellXfs entry. */
  private xfs(): string[] {
    if (!this.xfTexts) {
      const open = findOpen(this.xml, 'cellXfs');
      this.xfTexts = open
        ? this.children(open).map((t) => {
            let el = t;
            if (t.local === 'AlternateContent') {
              // One format as Choice and Fallback: Excel uses the Fallback, and so does the copy.
              const end = elementEnd(this.xml, t);
              const fallback = findOpen(this.xml, 'Fallback', t.end, end);
              el = (fallback && findOpen(this.xml, 'xf', fallback.end, end)) || t;
            }
            return this.xml.slice(el.start, elementEnd(this.xml, el));
          })
        : [];
    }
    return this.xfTexts;
  }

  /** Whether an existing cell format carries quotePrefix="1". */
  hasQuotePrefix(index: number): boolean {
    const xf = this.xfs()[index];
    if (!xf) return false;
    const t = nextTag(xf, 0);
    const v = t ? tagAttrs(xf, t).get('quotePrefix') : undefined;
    return v === '1' || v === 'true';
  }

  /**
   * The cell format `base` with its fill replaced (rgb), removed (null) or kept (undefined), and
   * the quote prefix set or cleared. Returns `base` itself when nothing changes.
   */
  derive(base: number, fill: string | null | undefined, quotePrefix: boolean): number {
    this.ensureDefaults();
    const xfs = this.xfs();
    const src = xfs[base] ?? xfs[0] ?? `<${this.q('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const baseIndex = xfs[base] ? base : 0;
    if (fill === undefined && quotePrefix === this.hasQuotePrefix(baseIndex) && xfs[base]) return base;
    const key = `${baseIndex}|${fill === undefined ? '~' : fill === null ? '-' : fill.toUpperCase()}|${quotePrefix}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const open = nextTag(src, 0);
    if (!open) return base;
    const changes: Record<string, string | null> = {};
    if (fill !== undefined) {
      changes.fillId = String(fill === null ? 0 : this.solidFill(fill));
      changes.applyFill = '1';
    }
    changes.quotePrefix = quotePrefix ? '1' : null;
    const head = setAttrs(src.slice(0, open.end), changes);
    const index = this.add('cellXfs', head + src.slice(open.end));
    this.xfCache.set(key, index);
    return index;
  }

  /** A new cell format for a generated sheet's cell (index 0 when the spec asks for nothing). */
  style(spec: StyleSpec): number {
    this.ensureDefaults();
    const key = JSON.stringify(spec);
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    if (!spec.numFmt && !spec.bold && !spec.italic && !spec.fontSize && !spec.fontColor && !spec.fill && !spec.border && !spec.wrap && !spec.horizontal && !spec.vertical && !spec.indent && !spec.quotePrefix) {
      // The default format may carry a fill or border of its own in a foreign workbook; a plain
      // generated cell still gets a format with nothing in it.
      return this.plainIndex(key);
    }
    const numFmtId = spec.numFmt ? this.numFmtId(spec.numFmt) : 0;
    const fontId = spec.bold || spec.italic || spec.fontSize || spec.fontColor ? this.font(spec) : 0;
    const fillId = spec.fill ? this.solidFill(spec.fill) : 0;
    const borderId = spec.border ? this.border(spec.border) : 0;
    const attrs = [`numFmtId="${numFmtId}"`, `fontId="${fontId}"`, `fillId="${fillId}"`, `borderId="${borderId}"`, 'xfId="0"'];
    if (spec.quotePrefix) attrs.push('quotePrefix="1"');
    if (numFmtId) attrs.push('applyNumberFormat="1"');
    if (fontId) attrs.push('applyFont="1"');
    if (fillId) attrs.push('applyFill="1"');
    if (borderId) attrs.push('applyBorder="1"');
    const align: string[] = [];
    if (spec.horizontal) align.push(`horizontal="${spec.horizontal}"`);
    if (spec.vertical) align.push(`vertical="${spec.vertical === 'middle' ? 'center' : spec.vertical}"`);
    if (spec.wrap) align.push('wrapText="1"');
    if (spec.indent) align.push(`indent="${spec.indent}"`);
    if (align.length) attrs.push('applyAlignment="1"');
    const xf = align.length
      ? `<${this.q('xf')} ${attrs.join(' ')}><${this.q('alignment')} ${align.join(' ')}/></${this.q('xf')}>`
      : `<${this.q('xf')} ${attrs.join(' ')}/>`;
    const index = this.add('cellXfs', xf);
    this.xfCache.set(key, index);
    return index;
  }

  /**
   * A styles part may lack the entries every cell implicitly uses (an empty <styleSheet/>): then
   * the default font, fills, border and cell format go first, so a new format never becomes
   * index 0, the format of every cell without s="".
   */
  private ensureDefaults(): void {
    const q = (n: string) => this.q(n);
    if (this.section('fonts').existing + this.section('fonts').added.length === 0) this.add('fonts', `<${q('font')}><${q('sz')} val="11"/><${q('name')} val="Calibri"/></${q('font')}>`);
    this.ensureDefaultFills();
    if (this.section('borders').existing + this.section('borders').added.length === 0) this.add('borders', `<${q('border')}><${q('left')}/><${q('right')}/><${q('top')}/><${q('bottom')}/><${q('diagonal')}/></${q('border')}>`);
    if (this.section('cellXfs').existing + this.section('cellXfs').added.length === 0) {
      this.add('cellXfs', `<${q('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
      this.xfTexts = [`<${q('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`];
    }
  }

  private plainIndex(key: string): number {
    const index = this.add('cellXfs', `<${this.q('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    this.xfCache.set(key, index);
    return index;
  }

  private solidFill(rgb: string): number {
    const key = rgb.toUpperCase();
    const cached = this.fillCache.get(key);
    if (cached !== undefined) return cached;
    this.ensureDefaultFills();
    const q = (n: string) => this.q(n);
    const index = this.add('fills', `<${q('fill')}><${q('patternFill')} patternType="solid"><${q('fgColor')} rgb="FF${key}"/><${q('bgColor')} indexed="64"/></${q('patternFill')}></${q('fill')}>`);
    this.fillCache.set(key, index);
    return index;
  }

  /** Excel reserves fills 0 (none) and 1 (gray125); a styles part without them gets them first. */
  private ensureDefaultFills(): void {
    const s = this.section('fills');
    const q = (n: string) => this.q(n);
    while (s.existing + s.added.length < 2) {
      this.add('fills', s.existing + s.added.length === 0 ? `<${q('fill')}><${q('patternFill')} patternType="none"/></${q('fill')}>` : `<${q('fill')}><${q('patternFill')} patternType="gray125"/></${q('fill')}>`);
    }
  }

  private border(b: { top?: boolean; bottom?: boolean }): number {
    const key = `${b.top ? 't' : ''}${b.bottom ? 'b' : ''}`;
    const cached = this.borderCache.get(key);
    if (cached !== undefined) return cached;
    const q = (n: string) => this.q(n);
    const side = (name: string, on?: boolean) => (on ? `<${q(name)} style="thin"><${q('color')} indexed="64"/></${q(name)}>` : `<${q(name)}/>`);
    if (this.section('borders').existing === 0 && this.section('borders').added.length === 0) this.add('borders', `<${q('border')}><${q('left')}/><${q('right')}/><${q('top')}/><${q('bottom')}/><${q('diagonal')}/></${q('border')}>`);
    const index = this.add('borders', `<${q('border')}>${side('left')}${side('right')}${side('top', b.top)}${side('bottom', b.bottom)}${side('diagonal')}</${q('border')}>`);
    this.borderCache.set(key, index);
    return index;
  }

  /** The workbook's default font (fonts[0]) split into its parts, so a bold variant keeps its face and size. */
  private baseFont(): { sz?: string; color?: string; name?: string; family?: string; charset?: string; scheme?: string } {
    if (this.defaultFont === undefined) {
      const open = findOpen(this.xml, 'fonts');
      const first = open ? this.children(open)[0] : undefined;
      this.defaultFont = first ? this.xml.slice(first.start, elementEnd(this.xml, first)) : '';
    }
    const xml = this.defaultFont;
    const val = (local: string): string | undefined => {
      const t = findOpen(xml, local);
      return t ? tagAttrs(xml, t).get('val') : undefined;
    };
    const colorTag = findOpen(xml, 'color');
    return {
      sz: val('sz'),
      color: colorTag ? xml.slice(colorTag.start, colorTag.end).replace(/^<[^\s/>]+/, `<${this.q('color')}`) : undefined,
      name: val('name'),
      family: val('family'),
      charset: val('charset'),
      scheme: val('scheme'),
    };
  }

  private font(spec: StyleSpec): number {
    const key = `${spec.bold ? 'b' : ''}${spec.italic ? 'i' : ''}|${spec.fontSize ?? ''}|${spec.fontColor ?? ''}`;
    const cached = this.fontCache.get(key);
    if (cached !== undefined) return cached;
    const base = this.baseFont();
    const q = (n: string) => this.q(n);
    // Child order is the schema's: b, i, …, sz, color, name, family, charset, scheme.
    let xml = `<${q('font')}>`;
    if (spec.bold) xml += `<${q('b')}/>`;
    if (spec.italic) xml += `<${q('i')}/>`;
    const sz = spec.fontSize ? String(spec.fontSize) : (base.sz ?? '11');
    xml += `<${q('sz')} val="${escapeXml(sz)}"/>`;
    if (spec.fontColor) xml += `<${q('color')} rgb="FF${spec.fontColor.toUpperCase()}"/>`;
    else if (base.color) xml += base.color;
    xml += `<${q('name')} val="${escapeXml(base.name ?? 'Calibri')}"/>`;
    if (base.family) xml += `<${q('family')} val="${escapeXml(base.family)}"/>`;
    if (base.charset) xml += `<${q('charset')} val="${escapeXml(base.charset)}"/>`;
    if (base.scheme) xml += `<${q('scheme')} val="${escapeXml(base.scheme)}"/>`;
    xml += `</${q('font')}>`;
    if (this.section('fonts').existing === 0 && this.section('fonts').added.length === 0) this.add('fonts', `<${q('font')}><${q('sz')} val="11"/><${q('name')} val="Calibri"/></${q('font')}>`);
    const index = this.add('fonts', xml);
    this.fontCache.set(key, index);
    return index;
  }

  private numFmtId(code: string): number {
    const cached = this.numFmtCache.get(code);
    if (cached !== undefined) return cached;
    if (!this.customNumFmts) {
      this.customNumFmts = new Map();
      const open = findOpen(this.xml, 'numFmts');
      if (open) {
        for (const t of findAll(this.xml, 'numFmt', open.end, elementEnd(this.xml, open))) {
          const a = tagAttrs(this.xml, t);
          const id = Number(a.get('numFmtId'));
          const fc = a.get('formatCode');
          if (Number.isInteger(id) && fc !== undefined) {
            if (!this.customNumFmts.has(fc)) this.customNumFmts.set(fc, id);
            this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
          }
        }
      }
    }
    let id = this.customNumFmts.get(code);
    if (id === undefined) {
      const builtin = Object.entries(BUILTIN_NUMFMTS).find(([, c]) => c === code);
      if (builtin) id = Number(builtin[0]);
    }
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.add('numFmts', `<${this.q('numFmt')} numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    this.numFmtCache.set(code, id);
    return id;
  }
}
