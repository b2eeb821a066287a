import { execFileSync } from 'child_process';
import { readFileSync, existsSync } from 'fs';
import * as path from 'path';
import { child, parseXml, walk, type XmlElement } from './xml';

const ROOT = path.resolve(__dirname, '../..');
const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('xml reader (the check itself)', () => {
  it.each([
    ['<a><b></a>', /matchar inte/],
    ['<a x=1/>', /citattecken/],
    ['<a x="1" x="2"/>', /Dubblerat/],
    ['<a/><b/>', /Mer än ett/],
    ['<a>&nbsp;</a>', /entitet/],
    ['<a>', /stängs aldrig/],
  ])('rejects %s', (xml, msg) => {
    expect(() => parseXml(xml)).toThrow(msg);
  });
});

describe('manifest.xml', () => {
  const doc = parseXml(source);
  const overrides = child(doc, 'VersionOverrides') as XmlElement;

  it('is a well-formed task-pane add-in for Excel only', () => {
    expect(doc.name).toBe('OfficeApp');
    expect(doc.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(child(doc, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(doc, 'Version')?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(doc, 'Hosts')?.children.map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
    const hosts = child(overrides, 'Hosts')?.children ?? [];
    expect(hosts.map((h) => h.attrs['xsi:type'])).toEqual(['Workbook']);
  });

  it('keeps the element order of the OfficeApp schema', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const seen = doc.children.map((c) => c.name);
    expect(seen.every((n) => order.includes(n))).toBe(true);
    expect([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(seen);
  });

  it('asks for ReadWriteDocument and nothing more', () => {
    expect(doc.children.filter((c) => c.name === 'Permissions').map((c) => c.text.trim())).toEqual(['ReadWriteDocument']);
  });

  it('requires ExcelApi 1.7 (newer APIs are gated in code)', () => {
    const sets = child(child(doc, 'Requirements') as XmlElement, 'Sets') as XmlElement;
    expect(sets.children.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.7']]);
  });

  it('is Swedish by default with English overrides', () => {
    expect(child(doc, 'DefaultLocale')?.text).toBe('sv-SE');
    for (const el of walk(doc)) {
      if ((el.name === 'bt:String' || el.name === 'DisplayName' || el.name === 'Description') && el.attrs.DefaultValue !== undefined) {
        const over = el.children.filter((c) => c.name === 'Override' || c.name === 'bt:Override');
        expect(over.map((o) => o.attrs.Locale)).toEqual(['en-US']);
        expect(over[0].attrs.Value.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses https for every URL', () => {
    const urls: string[] = [];
    for (const el of walk(doc)) {
      if (['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation', 'bt:Url', 'bt:Image'].includes(el.name) && el.attrs.DefaultValue) urls.push(el.attrs.DefaultValue);
    }
    expect(urls.length).toBeGreaterThan(6);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
  });

  it('resolves every resid to a defined resource of the right kind', () => {
    const resources = child(overrides, 'Resources') as XmlElement;
    const ids = (group: string) => new Set((child(resources, group)?.children ?? []).map((c) => c.attrs.id));
    const images = ids('bt:Images');
    const urls = ids('bt:Urls');
    const short = ids('bt:ShortStrings');
    const long = ids('bt:LongStrings');
    const used: string[] = [];
    for (const el of walk(overrides)) {
      const id = el.attrs.resid;
      if (!id) continue;
      used.push(id);
      expect(id.length).toBeLessThanOrEqual(32);
      if (el.name === 'bt:Image') expect(images).toContain(id);
      else if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.name)) expect(urls).toContain(id);
      else if (el.name === 'Description') expect(long).toContain(id);
      else expect(short).toContain(id);
    }
    // Every defined resource is used.
    for (const id of [...images, ...urls, ...short, ...long]) expect(used).toContain(id);
  });

  it('keeps strings within the limits Office sets (short 125, long 250 characters)', () => {
    const resources = child(overrides, 'Resources') as XmlElement;
    const limits: [string, number][] = [
      ['bt:ShortStrings', 125],
      ['bt:LongStrings', 250],
    ];
    for (const [group, max] of limits) {
      for (const el of child(resources, group)?.children ?? []) {
        const texts = [el.attrs.DefaultValue, ...el.children.map((o) => o.attrs.Value)];
        for (const text of texts) expect({ id: el.attrs.id, length: text.length <= max }).toEqual({ id: el.attrs.id, length: true });
      }
    }
    const name = child(doc, 'DisplayName') as XmlElement;
    for (const text of [name.attrs.DefaultValue, ...name.children.map((o) => o.attrs.Value)]) expect(text.length).toBeLessThanOrEqual(125);
    const description = child(doc, 'Description') as XmlElement;
    for (const text of [description.attrs.DefaultValue, ...description.children.map((o) => o.attrs.Value)]) expect(text.length).toBeLessThanOrEqual(250);
  });

  it('has the ribbon group Nämndrapport with Visa panel and Validera', () => {
    const resources = child(overrides, 'Resources') as XmlElement;
    const strings = new Map<string, string>();
    for (const el of walk(resources)) if (el.name === 'bt:String') strings.set(el.attrs.id, el.attrs.DefaultValue);
    const group = [...walk(overrides)].find((e) => e.name === 'Group') as XmlElement;
    expect(strings.get(child(group, 'Label')?.attrs.resid ?? '')).toBe('Nämndrapport');
    const controls = group.children.filter((c) => c.name === 'Control');
    const describe = controls.map((c) => {
      const action = child(c, 'Action') as XmlElement;
      return [strings.get(child(c, 'Label')?.attrs.resid ?? ''), action.attrs['xsi:type'], child(action, 'FunctionName')?.text];
    });
    expect(describe).toEqual([
      ['Visa panel', 'ShowTaskpane', undefined],
      ['Validera', 'ExecuteFunction', 'validate'],
    ]);
    // The function the button names is the one src/commands registers.
    expect(readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8')).toContain("associateCommand('validate'");
    // Ribbon labels are short (Office truncates long ones).
    for (const [, label] of describe) expect((label ?? '').length).toBeLessThanOrEqual(32);
  });

  it('points at icon files that exist with the sizes named', () => {
    const images: { size: number; url: string }[] = [];
    const resources = child(overrides, 'Resources') as XmlElement;
    const byId = new Map((child(resources, 'bt:Images')?.children ?? []).map((c) => [c.attrs.id, c.attrs.DefaultValue]));
    for (const el of walk(overrides)) if (el.name === 'bt:Image' && el.attrs.size) images.push({ size: Number(el.attrs.size), url: byId.get(el.attrs.resid) ?? '' });
    images.push({ size: 32, url: child(doc, 'IconUrl')?.attrs.DefaultValue ?? '' });
    images.push({ size: 64, url: child(doc, 'HighResolutionIconUrl')?.attrs.DefaultValue ?? '' });
    expect(new Set(images.map((i) => i.size))).toEqual(new Set([16, 32, 64, 80]));
    for (const { size, url } of images) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it('is read by office-addin-manifest (Microsoft\u2019s own parser, offline)', () => {
    // In a plain node process: its import chain has ESM-only parts jest does not transform.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])
      .then((i) => process.stdout.write(JSON.stringify({ id: i.id, hosts: i.hosts, permissions: i.permissions, locale: i.defaultLocale, source: i.defaultSettings && i.defaultSettings.sourceLocation })))
      .catch((e) => { process.stderr.write(String(e && e.message)); process.exit(1); });`;
    const out = execFileSync(process.execPath, ['-e', script, path.join(ROOT, 'manifest.xml')], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      id: child(doc, 'Id')?.text,
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      locale: 'sv-SE',
      source: 'https://localhost:3000/taskpane.html',
    });
  });

  it('names pages that webpack builds', () => {
    const cfg = readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    for (const el of walk(doc)) {
      const u = el.attrs.DefaultValue;
      if (!u || !/\.html/.test(u)) continue;
      const page = new URL(u).pathname.slice(1);
      expect(cfg).toContain(`filename: '${page}'`);
    }
  });
});
