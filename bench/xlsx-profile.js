'use strict';
/**
 * Profiling helper for the xlsx bench part (not part of `npm run bench`):
 *   node bench/xlsx-profile.js build DIR          write DIR/w100000.xlsx and DIR/w1000000.xlsx once
 *   node [--cpu-prof] bench/xlsx-profile.js run FILE [N] [phase]
 *        read + map + model + rules of FILE, N times, printing each phase's milliseconds.
 * The workbooks are the ones bench/xlsx.js measures (bench/generate.js).
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'build', 'cli');

async function build(dir) {
  const { loadTemplate, buildWorkbook } = require(path.join(ROOT, 'bench', 'generate.js'));
  const template = await loadTemplate(path.join(ROOT, 'seeds', 'delarsrapport-2024.xlsx'));
  fs.mkdirSync(dir, { recursive: true });
  for (const target of [100000, 1000000]) {
    const built = await buildWorkbook(template, target);
    fs.writeFileSync(path.join(dir, `w${target}.xlsx`), built.buffer);
    process.stderr.write(`${target}: ${built.cells} cells, ${built.buffer.length} bytes\n`);
  }
}

async function run(file, n) {
  const { readWorkbook } = require(path.join(CLI, 'xlsx', 'read'));
  const { mapWorkbook, buildModel } = require(path.join(CLI, 'mapping'));
  const { validate } = require(path.join(CLI, 'rules'));
  const { readToolState } = require(path.join(CLI, 'grid', 'tool-state'));
  const bytes = fs.readFileSync(file);
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const wb = await readWorkbook(bytes);
    const t1 = process.hrtime.bigint();
    const mapping = mapWorkbook(wb, { saved: readToolState(wb).mapping });
    const t2 = process.hrtime.bigint();
    const model = buildModel(wb, mapping);
    const t3 = process.hrtime.bigint();
    const found = validate(model.model, wb);
    const t4 = process.hrtime.bigint();
    const ms = (a, b) => (Number(b - a) / 1e6).toFixed(0);
    process.stdout.write(`${JSON.stringify({ read: +ms(t0, t1), map: +ms(t1, t2), model: +ms(t2, t3), rules: +ms(t3, t4), total: +ms(t0, t4), tables: mapping.tables.length, findings: found.length + model.findings.length })}\n`);
  }
  process.stdout.write(`${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

const [cmd, a, b] = process.argv.slice(2);
(cmd === 'build' ? build(a) : run(a, Number(b) || 1)).catch((e) => {
  process.stderr.write(`${e.stack || e.message}\n`);
  process.exit(1);
});
