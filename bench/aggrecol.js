'use strict';
/**
 * Bench part `aggrecol` (node scripts/bench.js --only=aggrecol): the arithmetic the engine infers from
 * a table's numbers, scored against the AggreCol validation set (../shared/aggrecol, see its README:
 * 385 real published tables, 14 106 hand-annotated sums) with that set's own scorer.
 *
 * Every workbook is read in this one process through the path of `namndrapport map --format json`
 * (readWorkbook → mapWorkbook → workbookRelations → mappingJson); each relation that holds ('yes' or
 * 'rounding') becomes a detection in the scorer's sum form (a difference t = a − b as a = t + b). Scored
 * three times: the development half (even index in name order), the check half (odd index) and all.
 * Times per table: read (xlsx → grids), map (table recognition) and relations (the inference).
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');

function findSet() {
  const candidates = [
    process.env.AGGRECOL_DIR,
    path.join(ROOT, '..', 'shared', 'aggrecol'),
    path.join(ROOT, '..', '..', 'shared', 'aggrecol'),
  ].filter(Boolean);
  return candidates.find((d) => fs.existsSync(path.join(d, 'validation', 'expected.json')) && fs.existsSync(path.join(d, 'score.js')));
}

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

/** The scorer's sum form of one relation of `map --format json`. */
function sumForm(r) {
  const pos = r.terms.filter((t) => t.sign > 0).map((t) => t.cell);
  const neg = r.terms.filter((t) => t.sign < 0).map((t) => t.cell);
  // A difference total = a − b is the sum a = total + b, also when b is empty (then a = total).
  if (r.kind === 'difference' && pos.length === 1) return { total: pos[0], parts: [r.total, ...neg], op: 'Sum' };
  if (neg.length === 0) return { total: r.total, parts: pos, op: 'Sum' };
  if (pos.length === 1) return { total: pos[0], parts: [r.total, ...neg], op: 'Sum' };
  return { total: r.total, parts: [...pos, ...neg], op: 'Sum' };
}

function score(dir, detections, files, tmp, name) {
  const subset = Object.fromEntries(files.map((f) => [f, detections[f] || []]));
  const detFile = path.join(tmp, `aggrecol-${name}.json`);
  const outFile = path.join(tmp, `aggrecol-${name}-score.json`);
  fs.writeFileSync(detFile, JSON.stringify(subset));
  execFileSync(process.execPath, [path.join(dir, 'score.js'), path.join(dir, 'validation', 'expected.json'), detFile, '--only-detected-files', '--json', outFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const s = JSON.parse(fs.readFileSync(outFile, 'utf8')).scores.Sum;
  const pick = (c) => ({ tp: c.tp, fn: c.fn, fp: c.fp, precision: round(c.precision), recall: round(c.recall), f1: round(c.f1) });
  return { files: files.length, exact: pick(s.exact), subset: pick(s.subset), total: pick(s.total) };
}

const round = (x) => Math.round(x * 1000) / 1000;

async function aggrecol({ quick = false, log = () => {} } = {}) {
  const dir = findSet();
  if (!dir) return { error: 'AggreCol set not found (../shared/aggrecol or AGGRECOL_DIR)' };
  const cli = path.join(ROOT, 'build', 'cli');
  const { readWorkbook } = require(path.join(cli, 'xlsx'));
  const { mapWorkbook } = require(path.join(cli, 'mapping'));
  const { workbookRelations, mappingJson } = require(path.join(cli, 'format'));
  const validation = path.join(dir, 'validation');
  let files = fs.readdirSync(validation).filter((f) => f.endsWith('.xlsx')).sort();
  if (quick) files = files.filter((_, i) => i % 8 === 0);
  const detections = {};
  const times = { read: [], map: [], relations: [], engine: [] };
  let relations = 0;
  let breaks = 0;
  let slowest = { file: null, ms: 0 };
  // One warm-up so the first table does not carry the JIT.
  const warm = await readWorkbook(path.join(validation, files[0]));
  workbookRelations(warm);
  for (const f of files) {
    const t0 = process.hrtime.bigint();
    const wb = await readWorkbook(path.join(validation, f));
    const t1 = process.hrtime.bigint();
    const mapping = mapWorkbook(wb);
    const t2 = process.hrtime.bigint();
    const rels = workbookRelations(wb);
    const t3 = process.hrtime.bigint();
    const json = mappingJson(f, mapping, rels);
    const ms = (a, b) => Number(b - a) / 1e6;
    times.read.push(ms(t0, t1));
    times.map.push(ms(t1, t2));
    times.relations.push(ms(t2, t3));
    times.engine.push(ms(t1, t3));
    if (ms(t2, t3) > slowest.ms) slowest = { file: f, ms: ms(t2, t3) };
    relations += json.relations.length;
    breaks += json.relations.filter((r) => r.holds === 'no').length;
    detections[f] = json.relations.filter((r) => r.holds !== 'no').map(sumForm);
  }
  log(`aggrecol: ${files.length} tables, ${relations} relations (${breaks} breaks)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aggrecol-'));
  const result = {
    date: new Date().toISOString(),
    set: path.relative(ROOT, dir) || dir,
    tables: files.length,
    quick,
    relations,
    breaks,
    halves: {
      development: score(dir, detections, files.filter((_, i) => i % 2 === 0), tmp, 'even'),
      check: score(dir, detections, files.filter((_, i) => i % 2 === 1), tmp, 'odd'),
    },
    all: score(dir, detections, files, tmp, 'all'),
    ms: Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, { median: round(quantile(xs, 0.5)), p90: round(quantile(xs, 0.9)), max: round(Math.max(...xs)) }])),
    slowest,
  };
  fs.rmSync(tmp, { recursive: true, force: true });
  result.large = await largeWorkbook(cli, quick ? 10000 : 100000, quick ? 1 : 5);
  return result;
}

/**
 * The inference on the generated workbook of part 1 (bench/generate.js, ledgers of mixed-sign amounts
 * among the board's sheets): time over all sheets (median of runs), the work units it spent (see
 * InferStats in src/structure) and the sheets whose reading the work cap cut short.
 */
async function largeWorkbook(cli, target, runs) {
  const { readWorkbook } = require(path.join(cli, 'xlsx'));
  const { inferRelations } = require(path.join(cli, 'structure'));
  const { loadTemplate, buildWorkbook } = require(path.join(ROOT, 'bench', 'generate.js'));
  const built = await buildWorkbook(await loadTemplate(path.join(ROOT, 'seeds', 'delarsrapport-2024.xlsx')), target);
  const wb = await readWorkbook(built.buffer);
  const totals = [];
  let work = 0;
  let maxWork = 0;
  const truncated = new Set();
  for (let i = -1; i < runs; i++) {
    work = 0;
    const t = process.hrtime.bigint();
    for (const s of wb.sheets) {
      const stats = {};
      inferRelations(s, { stats });
      work += stats.work;
      if (stats.work > maxWork) maxWork = stats.work;
      if (stats.truncated.length) truncated.add(s.name);
    }
    if (i >= 0) totals.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { cells: built.cells, sheets: wb.sheets.length, runs, ms: round(quantile(totals, 0.5)), workUnits: Math.round(work), maxSheetWorkUnits: Math.round(maxWork), truncatedSheets: [...truncated] };
}

module.exports = { aggrecol, sumForm };
