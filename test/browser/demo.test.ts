import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT, ensureBuilt } from './build';
import { serveDir } from './serve';
import { CHROMIUM, launchOffline } from './launch';

/**
 * The demo page in Debian's Chromium: the production build served from dist/, office.js
 * unreachable (as offline), the four steps walked on the 2024 sample workbook.
 */

const ARTIFACTS = path.join(ROOT, 'test/artifacts');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium saknas på ${CHROMIUM}; CI måste installera paketet chromium.`);
const maybe = haveChromium ? describe : describe.skip;
if (!haveChromium) {
  console.warn(`Hoppar över webbläsartesterna: ${CHROMIUM} finns inte (installera med: apt-get install -y chromium).`);
}

/** Initial JavaScript of the task pane: the scripts taskpane.html loads itself (not lazy chunks). */
function initialScripts(): { file: string; bytes: number; gzip: number }[] {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  return srcs.map((file) => {
    const body = readFileSync(path.join(DIST, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

maybe('add-in build and demo page', () => {
  let server: { url: string; close(): Promise<void> };
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveDir(DIST);
    context = await launchOffline({ width: 1400, height: 900 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    // A cold production build takes minutes on a busy two-core machine.
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  const testId = (id: string) => page.locator(`[data-testid="${id}"]`);
  /** The pane has read and checked the workbook and runs nothing (the first step shows before the checks end). */
  const settled = (timeout?: number) => page.locator('[data-testid="step-area"][aria-busy="false"]').waitFor({ timeout });
  /** The sheet view beside the pane redraws after the pane (a React transition): wait for its tabs to be `n`. */
  const sheetTabs = (n: number) => page.waitForFunction((want) => document.querySelectorAll('[data-testid="sheet-tab"]').length === want, n);

  it('keeps the initial task-pane JavaScript within 200 kB gzip, with ExcelJS and the demo lazy', () => {
    const scripts = initialScripts();
    const total = scripts.reduce((n, s) => n + s.gzip, 0);
    writeFileSync(path.join(ARTIFACTS, 'bundle-size.json'), JSON.stringify({ scripts, totalGzip: total }, null, 2));
    expect(scripts.map((s) => s.file)).toEqual(expect.arrayContaining(['office-probe.js']));
    expect(total).toBeLessThanOrEqual(200 * 1024);
    const initial = scripts.map((s) => readFileSync(path.join(DIST, s.file), 'utf8')).join('\n');
    // ExcelJS names itself in its bundle; neither it nor the demo's grid is in what the pane loads first.
    expect(/exceljs/i.test(initial)).toBe(false);
    expect(initial.includes('demo-grid')).toBe(false);
    expect(initial.includes('RequestPayloadSizeLimitExceeded')).toBe(true);
  });

  it('starts in demo mode when office.js cannot load, and shows the mapping', async () => {
    await page.goto(`${server.url}taskpane.html`);
    await testId('demo-banner').waitFor();
    await settled(60_000);
    await testId('step-mapping').waitFor();
    await expect(testId('workbook-name').textContent()).resolves.toBe('delarsrapport-2024.xlsx');
    // The Drift table was found with its columns.
    await expect(page.locator('[data-testid="step-mapping"] summary').first().textContent()).resolves.toMatch(/Drift/);
    await shot('1-mappning');
  });

  it('corrects a column role and saves the mapping into the workbook', async () => {
    const select = page.locator('select[data-testid^="col-role-0-"]').first();
    const before = await select.inputValue();
    const other = await select.locator('option').evaluateAll((os, b) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v && v !== b && v !== 'ignore'), before);
    // Another role, then the original back.
    await select.selectOption(other ?? '');
    await expect(select.inputValue()).resolves.not.toBe(before);
    await select.selectOption(before);
    await testId('save-mapping').click();
    await testId('notice').waitFor();
    await expect(testId('notice').textContent()).resolves.toMatch(/Kartläggningen är sparad/);
    await expect(testId('undo').isEnabled()).resolves.toBe(true);
    // Stored in the workbook: the veryHidden state sheet holds the mapping, the table confirmed.
    const saved = await page.evaluate(() => {
      type Sheet = { name: string; state?: string; rows: ({ value: unknown } | undefined)[][] };
      const demo = (window as unknown as { namndrapportDemo: { world: { grid: { sheets: Sheet[] } } } }).namndrapportDemo;
      const sheet = demo.world.grid.sheets.find((x) => x.name === 'Nämndrapport_data');
      const json = sheet ? sheet.rows.map((r) => String(r?.[0]?.value ?? '')).join('') : '';
      return { state: sheet?.state, mapping: json ? (JSON.parse(json) as { mapping?: { tables: { confirmed?: boolean }[] } }).mapping : undefined };
    });
    expect(saved.state).toBe('veryHidden');
    expect(saved.mapping?.tables[0].confirmed).toBe(true);
    await expect(page.locator('[data-testid="table-0"] > summary').textContent()).resolves.toMatch(/bekräftad/);
    await shot('1b-mappning-sparad');
  });

  it('lists findings by sheet; clicking one highlights its cell in the grid', async () => {
    await testId('tab-validate').click();
    await testId('step-validate').waitFor();
    const error = page.locator('[data-testid="finding"][data-severity="error"]').first();
    await error.waitFor();
    const where = (await error.getAttribute('data-cell')) ?? '';
    // The printed -32 296 in Drift ("Diff. utfall 2023/2024", Verksamhetens kostnader).
    expect(where).toMatch(/^Drift!G\d+$/);
    await expect(error.textContent()).resolves.toMatch(/\u221232\u00a0296/);
    await error.click();
    const cell = where.split('!')[1];
    await expect(testId('selection').textContent()).resolves.toContain(where);
    const highlighted = page.locator(`[data-testid="cell-${cell}"][data-selected="true"]`);
    await highlighted.waitFor();
    await expect(highlighted.textContent()).resolves.toMatch(/32\s?296/);
    await expect(page.locator('.demo-tab-active').textContent()).resolves.toBe('Drift');
    // Filter: errors only.
    await testId('filter-info').click();
    await testId('filter-warning').click();
    const shown = await page.locator('[data-testid="finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['error']));
    await shot('2-validera');
    await testId('filter-info').click();
    await testId('filter-warning').click();
  });

  it('previews assessments with colours and fills them in', async () => {
    await testId('tab-assess').click();
    await testId('step-assess').waitFor();
    await testId('fill-preview').waitFor();
    const rows = await page.locator('[data-testid="fill-preview"] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await shot('3-bedomningar-forhandsgranskning');
    await testId('fill').click();
    await page.locator('[data-testid="notice"]', { hasText: /bedömningar ifyllda/ }).waitFor();
    // The grid shows the written assessment with its fill colour.
    await page.locator('[data-testid="sheet-tab"]', { hasText: 'Mål och nyckeltal' }).click();
    await page.locator('.demo-table td[style*="background"]').first().waitFor();
    await shot('3-bedomningar-ifyllda');
  });

  it('generates the report sheets and shows the draft text', async () => {
    await testId('tab-report').click();
    await testId('step-report').waitFor();
    const tabsBefore = await testId('sheet-tab').count();
    const planned = await page.locator('[data-testid="report-sheets"] li').count();
    expect(planned).toBeGreaterThan(0);
    await testId('generate').click();
    // Open errors in the sample: the step lists them and asks before writing.
    await testId('report-guard').waitFor();
    await expect(page.locator('[data-testid="guard-errors"] li').count()).resolves.toBeGreaterThan(0);
    await testId('generate-anyway').click();
    await page.locator('[data-testid="notice"]', { hasText: /rapportblad skapade/ }).waitFor();
    await sheetTabs(tabsBefore + planned);
    await expect(testId('generate').textContent()).resolves.toMatch(/Skapa om/);
    await expect(testId('replaces').textContent()).resolves.toMatch(/Ersätter bladen: Rapport/);
    await expect(testId('draft-text').textContent()).resolves.toMatch(/\w{3,}/);
    await testId('copy-text').click();
    await page.locator('[data-testid="notice"]', { hasText: /Texten är kopierad/ }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain((await testId('draft-text').locator('p').first().textContent())?.replace(/^[^.]*\. /, '').slice(0, 40));
    await shot('4-rapport');
  });

  it('undoes the report, then the fill, from the pane', async () => {
    const tabsWithReport = await testId('sheet-tab').count();
    const planned = await page.locator('[data-testid="report-sheets"] li').count();
    await testId('undo').click();
    await page.locator('[data-testid="notice"]', { hasText: new RegExp(`Ångrat ”Skapa rapportblad”: ${planned} rapportblad borttagna \\(Rapport`) }).waitFor();
    await sheetTabs(tabsWithReport - planned);
    // Focus goes to the notice saying what was undone, not to the page body.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('notice');
    await testId('undo').click();
    await page.locator('[data-testid="notice"]', { hasText: /Ångrat ”Fyll i”: [1-9]\d* celler återställda/ }).waitFor();
    await page.locator('[data-testid="sheet-tab"]', { hasText: 'Mål och nyckeltal' }).click();
    await shot('5-angrat');
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('explains a protected sheet and cell-edit mode in Swedish', async () => {
    await testId('tab-assess').click();
    await testId('fill').waitFor();
    await page.evaluate(() => {
      const demo = (window as unknown as { namndrapportDemo: { world: { protectedSheets: Set<string> } } }).namndrapportDemo;
      demo.world.protectedSheets.add('Mål och nyckeltal');
    });
    await testId('fill').click();
    await testId('error').waitFor();
    await expect(testId('error').textContent()).resolves.toMatch(/Bladet ”Mål och nyckeltal” är skyddat\. Ta bort bladskyddet/);
    await shot('6-fel-skyddat-blad');
    await page.evaluate(() => {
      const demo = (window as unknown as { namndrapportDemo: { world: { protectedSheets: Set<string>; cellEditMode: boolean } } }).namndrapportDemo;
      demo.world.protectedSheets.clear();
      demo.world.cellEditMode = true;
    });
    await testId('reload').click();
    await page.locator('[data-testid="error"]', { hasText: /redigerar en cell/ }).waitFor();
    await page.evaluate(() => {
      (window as unknown as { namndrapportDemo: { world: { cellEditMode: boolean } } }).namndrapportDemo.world.cellEditMode = false;
    });
  });

  it('opens another .xlsx the user picks, and explains a file that is not one', async () => {
    await testId('open-file').setInputFiles(path.join(ROOT, 'seeds/arsbokslut-2019.xlsx'));
    await page.locator('[data-testid="workbook-name"]', { hasText: 'arsbokslut-2019.xlsx' }).waitFor();
    await testId('tab-validate').click();
    await page.locator('[data-testid="finding"]').first().waitFor();
    await shot('7-annan-arbetsbok');
    await testId('open-file').setInputFiles({ name: 'budget.csv', mimeType: 'text/csv', buffer: Buffer.from('Budget;2024\n1;2\n') });
    await page.locator('[data-testid="demo-status"]', { hasText: /Kunde inte läsa budget\.csv/ }).waitFor();
  });

  /** Same-origin scripts the page itself loaded (a worker's own loads are not among them). */
  const pageScripts = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('?')[0].split('/').pop() ?? '').filter((n) => n.endsWith('.js')));

  it('with ?demo reads the sample in a worker started by office-probe.js: the page never loads ExcelJS', async () => {
    await page.goto(`${server.url}taskpane.html?demo`);
    await testId('step-mapping').waitFor({ timeout: 60_000 });
    await expect(testId('workbook-name').textContent()).resolves.toBe('delarsrapport-2024.xlsx');
    await expect(page.locator('[data-testid="step-mapping"] summary').first().textContent()).resolves.toMatch(/Drift/);
    const scripts = await pageScripts();
    expect(scripts.some((n) => n.startsWith('xlsx-worker.'))).toBe(true);
    expect(scripts.some((n) => n.startsWith('xlsx.'))).toBe(false);
    // The same findings as when the page reads the workbook itself: the Drift error is there.
    await testId('tab-validate').click();
    await expect(page.locator('[data-testid="finding"][data-severity="error"]').first().getAttribute('data-cell')).resolves.toMatch(/^Drift!G\d+$/);
  });

  it('with ?demo reads the sample on the page when the worker cannot load, and a missing sample is explained', async () => {
    await page.route(/xlsx-worker\.[^/?]*\.js(\?|$)/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    try {
      await page.goto(`${server.url}taskpane.html?demo&sample=arsbokslut-2019.xlsx`);
      await testId('step-mapping').waitFor({ timeout: 60_000 });
      await expect(testId('workbook-name').textContent()).resolves.toBe('arsbokslut-2019.xlsx');
      expect((await pageScripts()).some((n) => n.startsWith('xlsx.'))).toBe(true);
    } finally {
      await page.unroute(/xlsx-worker\.[^/?]*\.js(\?|$)/);
    }
    await page.route(/seeds\/delarsrapport-2024\.xlsx$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    try {
      await page.goto(`${server.url}taskpane.html?demo`);
      await page.locator('[data-testid="demo-status"]', { hasText: /Kunde inte läsa delarsrapport-2024\.xlsx.*HTTP 404/ }).waitFor({ timeout: 60_000 });
      await expect(testId('pane').count()).resolves.toBe(0);
    } finally {
      await page.unroute(/seeds\/delarsrapport-2024\.xlsx$/);
    }
  });

  it('runs in English when asked', async () => {
    await page.goto(`${server.url}taskpane.html?demo&lang=en`);
    await testId('tab-validate').waitFor({ timeout: 60_000 });
    await expect(testId('tab-validate').textContent()).resolves.toMatch(/Validate/);
  });
});
