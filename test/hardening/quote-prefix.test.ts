import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { main, type CliIO } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx';
import { writeCrafted } from './crafted';

/**
 * Text the tool writes that begins with "=", "+", "-" or "@" must stay text when a person presses
 * F2 + Enter in Excel: the cell is a string and its style carries quotePrefix="1". Checked on the
 * output file's XML, so it holds for whatever writer produced it.
 */

const seed = path.join(__dirname, '..', '..', 'seeds', 'delarsrapport-2024.xlsx');
const io = (): CliIO & { out: string; err: string } => {
  const o = { out: '', err: '', stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t) };
  return o;
};

interface XmlCell {
  text: string;
  quotePrefix: boolean;
}

/** Every string cell of every sheet in a package, with its text and whether its style quotes. */
export function stringCells(bytes: Uint8Array): Map<string, XmlCell> {
  const files = unzipSync(bytes);
  const read = (p: string) => (files[p] ? strFromU8(files[p]) : '');
  const shared = [...read('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''),
  );
  const xfsBlock = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(read('xl/styles.xml'))?.[1] ?? '';
  const xfs = [...xfsBlock.matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((m) => /\bquotePrefix="(1|true)"/.test(m[0]));
  const rels = new Map([...read('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*Id="([^"]*)"[^>]*Target="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, XmlCell>();
  for (const m of read('xl/workbook.xml').matchAll(/<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = rels.get(m[2]) ?? '';
    const xml = read(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    for (const c of xml.matchAll(/<c\b([^>]*?)>([\s\S]*?)<\/c>/g)) {
      const ref = /\br="([A-Z]+\d+)"/.exec(c[1])?.[1];
      const t = /\bt="([^"]*)"/.exec(c[1])?.[1];
      const s = Number(/\bs="(\d+)"/.exec(c[1])?.[1] ?? 0);
      let text: string | undefined;
      if (t === 's') text = shared[Number(/<v>(\d+)<\/v>/.exec(c[2])?.[1])];
      else if (t === 'inlineStr') text = [...c[2].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join('');
      if (ref && text !== undefined) out.set(`${m[1].replace(/&amp;/g, '&')}!${ref}`, { text, quotePrefix: xfs[s] ?? false });
    }
  }
  return out;
}

describe('text the tool writes that Excel could read as a formula', () => {
  it('is a string cell with quotePrefix in the output file, and the file still reads', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nr-quote-'));
    // A row label beginning with "@" is copied by the report into its Drift sheet.
    const input = await writeCrafted(dir, 'in.xlsx', seed, (wb) => {
      wb.getWorksheet('Drift')!.getCell('A8').value = '@Lokalhyror';
    });
    const out = path.join(dir, 'ut.xlsx');
    const r = io();
    expect(await main(['report', input, '-o', out], r)).toBe(0);
    const cells = stringCells(readFileSync(out));
    const before = stringCells(readFileSync(input));
    const risky = [...cells].filter(([k, c]) => /^[=+\-@]/.test(c.text) && !before.has(k));
    expect(risky.length).toBeGreaterThanOrEqual(3);
    expect(risky.some(([, c]) => c.text === '@Lokalhyror')).toBe(true);
    for (const [k, c] of risky) expect([k, c.quotePrefix]).toEqual([k, true]);
    // The user's own cells keep their style: nothing of theirs gains a quote prefix.
    for (const [k, c] of before) expect([k, cells.get(k)?.quotePrefix]).toEqual([k, c.quotePrefix]);
    const back = await readWorkbook(out);
    expect(back.sheets.find((s) => s.name === 'Rapport Drift')).toBeDefined();
  });
});
