'use strict';
/**
 * How long the text rule's table reading (src/rules/text/table-facts.ts `factsOf`) takes on the
 * 100 k-cell benchmark workbook (bench/generate.js, as `npm run bench` part 1 builds it), with one
 * sentence that quotes a figure so the reading is not skipped. Runs are interleaved with an
 * optional second implementation (`--before=<module path>`) so drift hits both alike; prints medians.
 *   node bench/text-facts.js [--cells=100000] [--runs=11] [--before=src/rules/text/table-facts-before]
 */
const path = require('path');
const ROOT = path.resolve(__dirname, '..');
require('ts-node').register({ transpileOnly: true, project: path.join(ROOT, 'tsconfig.json') });
const args = process.argv.slice(2);
const opt = (k, d) => (args.find((a) => a.startsWith(`--${k}=`)) || '').slice(k.length + 3) || d;
const CELLS = Number(opt('cells', '100000'));
const RUNS = Number(opt('runs', '11'));
const BEFORE = opt('before', '');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(async () => {
  const { readWorkbook } = require(path.join(ROOT, 'src', 'xlsx'));
  const { mapWorkbook, buildModel } = require(path.join(ROOT, 'src', 'mapping'));
  const { loadTemplate, buildWorkbook } = require(path.join(ROOT, 'bench', 'generate.js'));
  const impls = [['after', require(path.join(ROOT, 'src', 'rules', 'text', 'table-facts')).factsOf]];
  if (BEFORE) impls.unshift(['before', require(path.join(ROOT, BEFORE)).factsOf]);
  const template = await loadTemplate(path.join(ROOT, 'seeds', 'delarsrapport-2024.xlsx'));
  const built = await buildWorkbook(template, CELLS);
  const times = Object.fromEntries(impls.map(([n]) => [n, []]));
  let shape = '';
  for (let i = -1; i < RUNS; i++) {
    for (const [name, factsOf] of impls) {
      // A fresh grid each run: the reader caches rows per sheet object.
      const wb = await readWorkbook(built.buffer);
      const { model } = buildModel(wb, mapWorkbook(wb));
      if (global.gc) global.gc();
      const t = process.hrtime.bigint();
      const facts = factsOf(model, wb);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (i >= 0) times[name].push(ms);
      shape = `${facts.tables.length} tables, ${facts.paragraphs.length} paragraphs`;
    }
  }
  console.log(`text facts: ${built.cells} cells, ${built.sheets} sheets; ${shape}; ${RUNS} interleaved runs`);
  for (const [name] of impls) console.log(`  ${name}: median ${median(times[name]).toFixed(1)} ms (min ${Math.min(...times[name]).toFixed(1)}, max ${Math.max(...times[name]).toFixed(1)})`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
