'use strict';
/**
 * Part 3b of `npm run bench` (the task pane): the pane's longest main-thread block while it
 * reads a 20 000-row workbook, and the time from choosing the file to the first usable step.
 *
 * The workbook: the 2024 sample's sheets plus a 20 000-row monthly ledger ("Huvudbok",
 * account × 12 months + SUM), as a board's workbook with its ledger beside the report. It is
 * opened in demo mode at 350 px with the demo's "Öppna .xlsx" (as a controller would), and a
 * PerformanceObserver for `longtask` entries records every block of the page's main thread over
 * 50 ms from the moment the file is chosen until the checks have run. Goal: no block > 100 ms.
 */
const path = require('path');
const ExcelJS = require('exceljs');
const { loadTemplate, addLedger, seeded } = require('./generate.js');

const ROWS = 20000;

async function bigWorkbook(root, rows) {
  const template = await loadTemplate(path.join(root, 'seeds', 'delarsrapport-2024.xlsx'));
  const wb = new ExcelJS.Workbook();
  for (const sheet of template.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.widths.forEach((w, i) => {
      if (w) ws.getColumn(i + 1).width = w;
    });
    for (const c of sheet.cells) {
      const cell = ws.getCell(c.row, c.col);
      cell.value = c.value;
      cell.style = c.style;
    }
    for (const m of sheet.merges) ws.mergeCells(m);
  }
  // addLedger writes rows from row 4 on while its cell budget lasts (15 cells a row).
  addLedger(wb, 'Huvudbok', 'Socialnämnden', 2 + 15 + rows * 15, seeded(rows));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Longest main-thread block and time to a usable first step, median over `runs` loads. */
async function measureBigRead({ browser, base, root, log, runs }) {
  const buffer = await bigWorkbook(root, ROWS);
  log(`pane: ${ROWS}-row workbook, ${(buffer.length / 1e6).toFixed(1)} MB`);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.route((url) => !url.href.startsWith(base), (route) => route.abort('internetdisconnected'));
    await page.addInitScript(() => {
      const w = window;
      w.__longTasks = [];
      // The moment the page learns of the chosen file. Playwright's setInputFiles builds the File
      // on the page first (decoding the bytes it was given): that block is the harness's, not
      // the pane's, and ends as the change event fires.
      document.addEventListener('change', () => {
        w.__chosenAt = performance.now();
      }, true);
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch (e) {
        w.__longTasks = null;
      }
    });
    // Workers the page starts (the file's parse, the analysis): shows the work left the page.
    const workers = [];
    page.on('worker', (w) => workers.push(w.url().replace(/^.*\//, '')));
    await page.goto(`${base}taskpane.html?demo&pane=350`);
    await page.waitForSelector('[data-testid="step-mapping"]', { timeout: 120000 });
    // Let the first workbook's checks finish, then measure only the big read.
    await page.waitForTimeout(1500);
    const t0 = await page.evaluate(() => performance.now());
    const wall = Date.now();
    await page.setInputFiles('[data-testid="open-file"]', { name: 'huvudbok-20000.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    // Feedback first: the pane says it is reading (demo status or the pane's progress line).
    const feedback = await page
      .waitForSelector('[data-testid="demo-status"], [data-testid="progress"]', { timeout: 120000 })
      .then(() => Date.now() - wall)
      .catch(() => null);
    await page.waitForFunction(() => document.querySelector('[data-testid="workbook-name"]')?.textContent === 'huvudbok-20000.xlsx' && !!document.querySelector('[data-testid="step-mapping"]'), null, { timeout: 300000, polling: 50 });
    const usable = Date.now() - wall;
    // The checks run after the first step has painted; done when the progress line is gone.
    await page.click('[data-testid="tab-validate"]');
    await page.waitForSelector('[data-testid="step-validate"]', { timeout: 300000 });
    const checked = Date.now() - wall;
    const tasks = await page.evaluate((from) => {
      if (window.__longTasks === null) return null;
      const at = Math.max(from, window.__chosenAt || from);
      // Only what runs after the change event counts; a task it falls inside counts from there.
      return window.__longTasks.filter((t) => t.start + t.duration > at).map((t) => ({ start: Math.max(t.start, at), duration: t.start + t.duration - Math.max(t.start, at) })).filter((t) => t.duration >= 50);
    }, t0);
    await context.close();
    if (tasks === null) return { skipped: 'PerformanceObserver longtask not supported' };
    const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
    const blocked = tasks.reduce((m, t) => m + t.duration, 0);
    log(`pane: 20 000 rows: first step after ${usable} ms, checked after ${checked} ms; longest block ${longest.toFixed(0)} ms, ${tasks.length} long tasks, ${blocked.toFixed(0)} ms blocked; workers ${workers.join(', ')}`);
    out.push({ usableMs: usable, feedbackMs: feedback, checkedMs: checked, longestBlockMs: Math.round(longest), longTasks: tasks.length, blockedMs: Math.round(blocked), workers: workers.length });
  }
  const med = (k) => {
    const xs = out.map((r) => r[k]).filter((x) => typeof x === 'number').sort((a, b) => a - b);
    return xs.length ? xs[xs.length >> 1] : null;
  };
  return { rows: ROWS, bytes: buffer.length, runs: out, usableMs: med('usableMs'), feedbackMs: med('feedbackMs'), checkedMs: med('checkedMs'), longestBlockMs: med('longestBlockMs'), goalLongestBlockMs: 100 };
}

module.exports = { measureBigRead, bigWorkbook };
