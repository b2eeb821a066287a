'use strict';
/**
 * Measurement for src/structure on large sheets (not a bench part): builds the generated workbooks of
 * bench/generate.js (as part 1 of scripts/bench.js does) and times inferRelations over every sheet,
 * median of interleaved runs. Needs build/cli (npm run build:cli).
 *   node bench/structure-big.js [cells=100000] [runs=5] [beforeDir]
 * With beforeDir (a copy of an earlier build/cli), its inferRelations is timed too, interleaved run by
 * run with this one, so that the machine's load hits both alike.
 */
const path = require('path');
const ROOT = path.join(__dirname, '..');
const cli = path.join(ROOT, 'build', 'cli');

async function main() {
  const target = Number(process.argv[2] || 100000);
  const runs = Number(process.argv[3] || 5);
  const { readWorkbook } = require(path.join(cli, 'xlsx'));
  const { inferRelations } = require(path.join(cli, 'structure'));
  const beforeDir = process.argv[4];
  const before = beforeDir ? require(path.join(path.resolve(beforeDir), 'structure')).inferRelations : null;
  const beforeTotals = [];
  const { loadTemplate, buildWorkbook } = require(path.join(ROOT, 'bench', 'generate.js'));
  const template = await loadTemplate(path.join(ROOT, 'seeds', 'delarsrapport-2024.xlsx'));
  const built = await buildWorkbook(template, target);
  const wb = await readWorkbook(built.buffer);
  const sheets = wb.sheets || wb;
  const per = new Map();
  const totals = [];
  let rels = 0;
  for (let i = -1; i < runs; i++) {
    let sum = 0;
    rels = 0;
    for (const s of sheets) {
      const t = process.hrtime.bigint();
      const r = inferRelations(s);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      rels += r.length;
      sum += ms;
      if (i >= 0) {
        const cells = s.rows.reduce((a, row) => a + (row ? row.length : 0), 0);
        const e = per.get(s.name) || { cells, ms: [] };
        e.ms.push(ms);
        per.set(s.name, e);
      }
    }
    if (i >= 0) totals.push(sum);
    if (before) {
      const t = process.hrtime.bigint();
      for (const s of sheets) before(s);
      if (i >= 0) beforeTotals.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`${built.cells} cells, ${sheets.length} sheets, ${rels} relations; inferRelations total median ${med(totals).toFixed(1)} ms over ${runs} runs`);
  if (before) console.log(`  before (${beforeDir}): median ${med(beforeTotals).toFixed(1)} ms; runs before ${beforeTotals.map((x) => x.toFixed(0)).join('/')} after ${totals.map((x) => x.toFixed(0)).join('/')}`);
  const top = [...per.entries()].sort((a, b) => med(b[1].ms) - med(a[1].ms)).slice(0, 6);
  for (const [name, e] of top) console.log(`  ${name}: ${e.cells} cells, ${med(e.ms).toFixed(1)} ms`);
}
main().catch((e) => { console.error(e); process.exit(1); });
