import { existsSync, readFileSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { DIST, ensureBuilt } from '../browser/build';
import { serveDir } from '../browser/serve';

/**
 * The task pane loads no remote code but Office.js, enforced by a Content-Security-Policy that
 * still lets Office's web hosts frame the pane. Checked on the built pages (dist/), on the dev
 * server's headers, and in Chromium: the pane served from one origin runs inside an iframe of
 * another, as Excel on the web hosts it.
 */

const OFFICE = 'https://appsforoffice.microsoft.com';
const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, 'webpack.config.js')) as {
  (env: Record<string, unknown>, argv: Record<string, unknown>): Promise<{ devServer?: { headers?: Record<string, string> } }>;
  CSP: string;
};

function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

function metaCsp(html: string): string | undefined {
  const tag = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).find((t) => /http-equiv=["']?Content-Security-Policy/i.test(t));
  const content = tag && /content=("([^"]*)"|'([^']*)')/i.exec(tag);
  return content ? (content[2] ?? content[3]) : undefined;
}

/** The policy's rules for scripts, whatever page carries it. */
function expectStrictScripts(csp: string): void {
  const d = directives(csp);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect([...(d.get('script-src') ?? [])].sort()).toEqual(["'self'", OFFICE].sort());
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'self'"]);
  for (const [name, values] of d) {
    // No eval, no wildcard hosts, no plain http, no inline scripts anywhere in the policy.
    expect({ name, values: values.filter((v) => /unsafe-eval|^\*$|^http:|^https:$/.test(v)) }).toEqual({ name, values: [] });
    if (name !== 'style-src') expect({ name, inline: values.includes("'unsafe-inline'") }).toEqual({ name, inline: false });
  }
  // A meta policy cannot carry frame-ancestors; if one ever appears it must let Office frame us.
  const ancestors = d.get('frame-ancestors');
  if (ancestors) expect(ancestors.some((v) => /office\.com|officeapps\.live\.com/.test(v))).toBe(true);
}

describe('Content-Security-Policy of the task pane', () => {
  it('the policy in webpack.config.js allows scripts only from ourselves and Office', () => {
    expectStrictScripts(webpackConfig.CSP);
  });

  it('the dev server sends no header that forbids framing', async () => {
    const config = await webpackConfig({}, { mode: 'production' });
    const headers = Object.fromEntries(Object.entries(config.devServer?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    expect(headers['x-frame-options']).toBeUndefined();
    const csp = headers['content-security-policy'];
    if (csp) expect(directives(csp).get('frame-ancestors') ?? [OFFICE]).not.toEqual(["'none'"]);
  });

  describe('the built pages (dist/)', () => {
    beforeAll(() => {
      ensureBuilt();
    }, 15 * 60 * 1000);

    it.each(['taskpane.html', 'commands.html'])('%s carries the policy and loads only local scripts and Office.js', (page) => {
      const html = readFileSync(path.join(DIST, page), 'utf8');
      const csp = metaCsp(html);
      expect(csp).toBe(webpackConfig.CSP);
      expectStrictScripts(csp as string);
      const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
      const remote = srcs.filter((s) => /^(https?:)?\/\//i.test(s));
      expect(remote.every((s) => s.startsWith(`${OFFICE}/`))).toBe(true);
      for (const s of srcs.filter((x) => !remote.includes(x))) expect(existsSync(path.join(DIST, s))).toBe(true);
      // Inline script bodies would be blocked by the policy (and are a place for injection).
      const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1].trim()).filter(Boolean);
      expect(inline).toEqual([]);
      expect(/http-equiv=["']?X-Frame-Options/i.test(html)).toBe(false);
    });

    it('no bundled initial script names a remote script other than Office.js', () => {
      const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
      const local = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
      for (const file of local) {
        const js = readFileSync(path.join(DIST, file), 'utf8');
        const urls = [...js.matchAll(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi)].map((m) => m[0]);
        const scriptUrls = urls.filter((u) => /\.m?js(\?|$)/.test(u) && !u.startsWith(`${OFFICE}/`));
        expect({ file, scriptUrls }).toEqual({ file, scriptUrls: [] });
      }
    });
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const maybe = haveChromium ? describe : describe.skip;
if (!haveChromium) console.warn(`Hoppar över ramtestet av aktivitetsfönstret: ${CHROMIUM} finns inte.`);

maybe('the task pane inside another origin’s frame (as Excel on the web hosts it)', () => {
  let pane: { url: string; close(): Promise<void> };
  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    ensureBuilt();
    pane = await serveDir(DIST);
    // The "Office host": another origin (localhost vs 127.0.0.1) whose page frames the pane.
    host = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>värd</title><iframe id="pane" src="${pane.url}taskpane.html?demo" width="420" height="800"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await pane?.close();
    await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
  });

  it('control: the same check fails when the pane forbids framing (frame-ancestors \'none\')', async () => {
    // The pane served again, this time with a header that forbids every ancestor.
    const denying = createServer((req, res) => {
      void fetch(`${pane.url}${(req.url ?? '/').slice(1)}`).then(async (r) => {
        const headers: Record<string, string> = { 'Content-Type': r.headers.get('content-type') ?? 'text/html' };
        if (/\.html/.test(req.url ?? '')) headers['Content-Security-Policy'] = "frame-ancestors 'none'";
        res.writeHead(r.status, headers).end(Buffer.from(await r.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => denying.listen(0, '127.0.0.1', resolve));
    const denyUrl = `http://127.0.0.1:${(denying.address() as AddressInfo).port}/`;
    const parent = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><iframe id="pane" src="${denyUrl}taskpane.html?demo"></iframe>`);
    });
    await new Promise<void>((resolve) => parent.listen(0, '127.0.0.1', resolve));
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort('internetdisconnected'));
      await page.goto(`http://localhost:${(parent.address() as AddressInfo).port}/`);
      const rendered = await page
        .frameLocator('#pane')
        .locator('[data-testid="pane"]')
        .waitFor({ timeout: 8000 })
        .then(() => true)
        .catch(() => false);
      expect(rendered).toBe(false);
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => denying.close(() => resolve()));
      await new Promise<void>((resolve) => parent.close(() => resolve()));
    }
  }, 60_000);

  it('renders the pane in the frame with no CSP violation and no request to other hosts but Office', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      const foreign: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to (load|execute|frame|evaluate)/i.test(m.text())) violations.push(m.text());
      });
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(pane.url) || url.startsWith(hostUrl)) return route.continue();
        if (!url.startsWith(`${OFFICE}/`)) foreign.push(url);
        return route.abort('internetdisconnected');
      });
      await page.goto(hostUrl);
      const frame = page.frameLocator('#pane');
      await frame.locator('[data-testid="pane"]').waitFor({ timeout: 60_000 });
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
