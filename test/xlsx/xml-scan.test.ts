import * as fs from 'fs';
import * as path from 'path';
import { strToU8 } from 'fflate';
import { XlsxPackage, decodeUtf8 } from '../../src/xlsx/package';
import { parseXml, type XmlHandlers } from '../../src/xlsx/xml';
import { scanXml } from '../../src/xlsx/xml-scan';

/**
 * The small parts' byte scanner (src/xlsx/xml-scan.ts) against saxes: on every XML part of every
 * workbook in the third-party corpus and the seeds, and on hand-written edge cases, the scanner
 * either gives up or gives exactly saxes's events (and then saxes accepts the part).
 */

const DIRS = [path.join(__dirname, '..', 'data', 'third-party'), path.join(__dirname, '..', '..', 'seeds')];

function xlsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return xlsxFiles(p);
    return /\.xlsx$/i.test(d.name) ? [p] : [];
  });
}

/** Handlers that write every event down. */
function recorder(): { events: unknown[]; handlers: XmlHandlers } {
  const events: unknown[] = [];
  return {
    events,
    handlers: {
      open: (name, attrs, selfClosing) => events.push(['open', name, Object.entries(attrs), Object.getPrototypeOf(attrs) === null, selfClosing]),
      close: (name) => events.push(['close', name]),
      text: (t) => events.push(['text', t]),
    },
  };
}

/** saxes's events, or its error. */
function saxesEvents(bytes: Uint8Array): unknown[] | string {
  const r = recorder();
  try {
    parseXml(decodeUtf8(bytes), r.handlers);
    return r.events;
  } catch (err) {
    return `error ${(err as Error).message}`;
  }
}

/** The scanner's events, or null when it gives up (then it must have called no handler). */
function scannerEvents(bytes: Uint8Array): unknown[] | null {
  const r = recorder();
  if (scanXml(bytes, r.handlers)) return r.events;
  expect(r.events).toEqual([]);
  return null;
}

describe('the small parts scanner reads what saxes reads', () => {
  it('gives saxes’s events on every XML part of the corpus, or gives up', () => {
    let scanned = 0;
    let parts = 0;
    for (const file of DIRS.flatMap(xlsxFiles)) {
      let pkg: XlsxPackage;
      try {
        pkg = new XlsxPackage(fs.readFileSync(file), 'x');
      } catch {
        continue;
      }
      for (const name of pkg.names) {
        if (!/\.(xml|rels)$/i.test(name)) continue;
        let bytes: Uint8Array | undefined;
        try {
          bytes = pkg.read(name);
        } catch {
          continue;
        }
        if (!bytes) continue;
        parts++;
        const fast = scannerEvents(bytes);
        if (fast === null) continue;
        const slow = saxesEvents(bytes);
        if (JSON.stringify(fast) !== JSON.stringify(slow)) throw new Error(`${file} ${name}: the scanner's events differ from saxes's`);
        scanned++;
      }
    }
    expect(parts).toBeGreaterThan(5000);
    expect(scanned / parts).toBeGreaterThan(0.9);
  }, 300000);

  const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  // Each case: the part, and whether the scanner must read it itself (true) or may give up.
  const cases: [string, string, boolean][] = [
    ['relationships', `${HEAD}<Relationships xmlns="urn:r"><Relationship Id="rId1" Type="urn:t/styles" Target="styles.xml"/><Relationship Id='rId2' Target = "a&amp;b.xml" TargetMode="External" /></Relationships>`, true],
    ['prefixes, whitespace and CR LF between tags', `<x:sst xmlns:x="urn:s" count="2">\r\n  <x:si><x:t>a</x:t></x:si>\r\n  <x:si>\n\t<x:r><x:t xml:space="preserve"> b </x:t></x:r></x:si>\r\n</x:sst>\r\n`, true],
    ['entities and character references in text', `<sst><si><t>&lt;&gt;&amp;&quot;&apos;&#65;&#xE4; – ö 𝄞</t></si></sst>`, true],
    ['attributes saxes knows as Object members', `<a constructor="1" toString="2" __proto__="3" hasOwnProperty="4"/>`, true],
    ['numeric attribute names ordered as saxes records them', `<a b="1" a1="2" _2="3"/>`, true],
    ['an empty root', `<styleSheet/>`, true],
    ['a comment (left to saxes)', `<a><!-- x --><b/></a>`, false],
    ['CDATA (left to saxes)', `<a><t><![CDATA[x<y]]></t></a>`, false],
    ['a processing instruction (left to saxes)', `<?xml version="1.0"?><?pi x?><a/>`, false],
    ['a CR in text (left to saxes)', `<a><t>x\ry</t></a>`, false],
    ['a tab in an attribute (left to saxes)', `<a b="x\ty"/>`, false],
    ['an unknown entity', `<a><t>&nbsp;</t></a>`, false],
    ['a duplicate attribute', `<a b="1" b="2"/>`, false],
    ['a mismatched closing tag', `<a><b></c></a>`, false],
    ['an unclosed root', `<a><b/>`, false],
    ['text after the root', `<a/>x`, false],
    ['two roots', `<a/><b/>`, false],
    ['no root', `${HEAD}`, false],
    ['nothing', ``, false],
    ['a byte-order mark', `\uFEFF<a b="1"/>`, true],
    ['two byte-order marks', `\uFEFF\uFEFF<a b="1"/>`, false],
    [']]> in text', `<a>x]]>y</a>`, false],
    ['a control character in text', `<a>x\u0001y</a>`, false],
    ['U+FFFE in an attribute', `<a b="\uFFFE"/>`, false],
    ['no space between attributes', `<a b="1"c="2"/>`, false],
    ['a name outside ASCII (left to saxes)', `<a><ö/></a>`, false],
  ];

  it.each(cases)('%s', (_name, xml, mustScan) => {
    const bytes = strToU8(xml);
    const fast = scannerEvents(bytes);
    if (mustScan) expect(fast).not.toBeNull();
    if (fast !== null) expect(JSON.stringify(fast)).toBe(JSON.stringify(saxesEvents(bytes)));
  });
});
