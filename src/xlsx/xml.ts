import { SaxesParser } from 'saxes';
import { decodeUtf8 } from './package';
import { scanXml } from './xml-scan';

/**
 * Streaming XML over saxes, with element names reduced to their local part: SpreadsheetML may be
 * written with a prefix (`<x:c>`) or without, and the reader cares only for the local name.
 */

export type Attrs = Record<string, string>;

export interface XmlHandlers {
  open?: (name: string, attrs: Attrs, selfClosing: boolean) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function createParser(h: XmlHandlers): SaxesParser<{ xmlns: false; position: false }> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('error', (err) => {
    throw err;
  });
  if (h.open) {
    const open = h.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Attrs, tag.isSelfClosing));
  }
  if (h.close) {
    const close = h.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (h.text) {
    const text = h.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return parser;
}

/** Parse a whole document held as a string. */
export function parseXml(xml: string, h: XmlHandlers): void {
  const parser = createParser(h);
  parser.write(xml);
  parser.close();
}

/**
 * Parse a part given as its UTF-8 bytes: through the byte scanner (`xml-scan.ts`) when it reads
 * them exactly as saxes would, else decoded (as `XlsxPackage.text` decodes a part) and through
 * saxes. The handlers see the same events either way. `fast: false`: saxes alone (tests compare).
 */
export function parseXmlPart(bytes: Uint8Array, h: XmlHandlers, fast = true): void {
  if (fast && scanXml(bytes, h)) return;
  parseXml(decodeUtf8(bytes), h);
}

/** Whether a part's bytes decode to no text at all (`XlsxPackage.text` gives ''), as callers treat a missing part. */
export function isEmptyPart(bytes: Uint8Array): boolean {
  // Seven bytes or more decode to at least one character besides the two byte-order marks dropped.
  return bytes.length <= 6 && decodeUtf8(bytes) === '';
}

const CHUNK = 1 << 20;

/** Parse UTF-8 bytes in chunks, so a sheet of 1 M cells never exists as one JS string. */
export function parseXmlBytes(bytes: Uint8Array, h: XmlHandlers): void {
  const parser = createParser(h);
  feedBytes(parser, bytes, 0, bytes.length);
  parser.close();
}

/**
 * Bytes [from, to) of a UTF-8 document into the parser, in chunks (a byte-order mark at the
 * document's start left out: it is not XML, saxes would reject it). `from` and `to` must not
 * split a character.
 */
export function feedBytes(parser: SaxesParser<{ xmlns: false; position: false }>, bytes: Uint8Array, from: number, to: number): void {
  const decoder = new TextDecoder('utf-8');
  let start = from;
  if (from === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  for (let i = start; i < to; i += CHUNK) {
    const end = Math.min(to, i + CHUNK);
    parser.write(decoder.decode(bytes.subarray(i, end), { stream: end < to }));
  }
}

/** OOXML's escape for characters XML cannot hold: `_x000D_` is a carriage return. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value for XML; characters XML 1.0 cannot hold become OOXML `_xHHHH_` escapes. */
export function escapeXml(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c])
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
