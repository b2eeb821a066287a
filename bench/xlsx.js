'use strict';
/**
 * Bench part "xlsx" (`node scripts/bench.js --only=xlsx`): the .xlsx reader and the batch CLI.
 *
 * - validate (read + map + model + rules) against a bare ExcelJS load of the same file, at 100 k
 *   and 1 M cells (warm, in one process), and the peak memory of each in a fresh process (max RSS);
 * - twenty board workbooks (about 5 000 cells each) checked by one `validate MAPP/` against
 *   twenty `validate fil.xlsx` processes: CPU time (user + system) of the children, and the
 *   modules one validate process loads;
 * - the demo's worker script size (dist/, when a build is there).
 *
 * Measurements run in child processes of this file (`--measure=…`), so one heap never sees the
 * other's garbage and the peak is the process's own.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'build', 'cli');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

/** In a child: one measurement, printed as JSON on stdout. */
async function measure(kind, file) {
  const bytes = fs.readFileSync(file);
  const t = process.hrtime.bigint();
  let extra = {};
  let loaded;
  if (kind === 'exceljs') {
    const ExcelJS = require('exceljs');
    loaded = process.hrtime.bigint();
    await new ExcelJS.Workbook().xlsx.load(bytes);
  } else {
    const { readWorkbook } = require(path.join(CLI, 'xlsx', 'read'));
    const { mapWorkbook, buildModel } = require(path.join(CLI, 'mapping'));
    const { validate } = require(path.join(CLI, 'rules'));
    const { readToolState } = require(path.join(CLI, 'grid', 'tool-state'));
    loaded = process.hrtime.bigint();
    const wb = await readWorkbook(bytes);
    const t1 = process.hrtime.bigint();
    const mapping = mapWorkbook(wb, { saved: readToolState(wb).mapping });
    const model = buildModel(wb, mapping);
    const found = validate(model.model, wb);
    extra = { readMs: Number(t1 - loaded) / 1e6, tables: mapping.tables.length, findings: found.length + model.findings.length };
  }
  const end = process.hrtime.bigint();
  // ms: from before the first require to the end (what a fresh command-line process spends);
  // requireMs: the modules' loading alone.
  const ms = Number(end - t) / 1e6;
  process.stdout.write(JSON.stringify({ ms, requireMs: Number(loaded - t) / 1e6, workMs: Number(end - loaded) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra }) + '\n');
}

function child(kind, file) {
  const out = execFileSync(process.execPath, ['--max-old-space-size=12288', __filename, `--measure=${kind}`, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}

/** CPU seconds (user + system) of the commands' child processes, from bash's `times`. */
function cpuOf(commands) {
  const script = `${commands.map((c) => `${c} >/dev/null 2>&1`).join('\n')}\ntimes`;
  const out = execFileSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
  const lines = out.trim().split('\n');
  const secs = (t) => {
    const m = /(\d+)m([\d.]+)s/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  const [user, sys] = lines[lines.length - 1].trim().split(/\s+/);
  return secs(user) + secs(sys);
}

async function xlsxPart({ quick = false, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const { loadTemplate, buildWorkbook } = require(path.join(ROOT, 'bench', 'generate.js'));
  const ExcelJS = require('exceljs');
  const { readWorkbook } = require(path.join(CLI, 'xlsx', 'read'));
  const { mapWorkbook, buildModel } = require(path.join(CLI, 'mapping'));
  const { validate } = require(path.join(CLI, 'rules'));
  const { readToolState } = require(path.join(CLI, 'grid', 'tool-state'));
  const gc = () => (global.gc ? global.gc() : undefined);
  const template = await loadTemplate(path.join(ROOT, 'seeds', 'delarsrapport-2024.xlsx'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nr-bench-xlsx-'));
  const result = { sizes: [] };
  try {
    // 11 runs at 100 k, as the engine part measures the same size: five gave medians from 0.52 to
    // 0.62 of the same code on a quiet machine (the order of scavenges and tier-up moves a single
    // run by ±20 %); the spread of the pairs is reported beside the median.
    const sizes = quick ? [{ target: 10000, runs: 2 }] : [{ target: 100000, runs: 11 }, { target: 1000000, runs: 3 }];
    for (const { target, runs } of sizes) {
      const built = await buildWorkbook(template, target);
      const file = path.join(dir, `w${target}.xlsx`);
      fs.writeFileSync(file, built.buffer);
      log(`xlsx: ${built.cells} cells, ${(built.buffer.length / 1e6).toFixed(1)} MB`);
      // Times: in this process, one warm-up each, then interleaved (ExcelJS, validate, …) as in
      // the engine part. Peak memory: one fresh process each.
      const bare = [];
      const ours = [];
      // CPU time (user + system) of this process for the same steps: on a shared machine the
      // wall-clock ratio moves with the other work; CPU time moves less (it still includes V8's
      // helper threads, for both sides alike).
      const bareCpu = [];
      const oursCpu = [];
      const cpuMs = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      };
      const parts = { read: [], map: [], model: [], rules: [] };
      let last = {};
      for (let i = -1; i < runs; i++) {
        gc();
        let c0 = cpuMs();
        let t = process.hrtime.bigint();
        await new ExcelJS.Workbook().xlsx.load(built.buffer);
        const tBare = Number(process.hrtime.bigint() - t) / 1e6;
        const cBare = cpuMs() - c0;
        gc();
        c0 = cpuMs();
        t = process.hrtime.bigint();
        const wb = await readWorkbook(built.buffer);
        const t1 = process.hrtime.bigint();
        const mapping = mapWorkbook(wb, { saved: readToolState(wb).mapping });
        const t2 = process.hrtime.bigint();
        const model = buildModel(wb, mapping);
        const t3 = process.hrtime.bigint();
        const found = validate(model.model, wb);
        const t4 = process.hrtime.bigint();
        const cOurs = cpuMs() - c0;
        if (i < 0) continue;
        bareCpu.push(cBare);
        oursCpu.push(cOurs);
        bare.push(tBare);
        ours.push(Number(t4 - t) / 1e6);
        parts.read.push(Number(t1 - t) / 1e6);
        parts.map.push(Number(t2 - t1) / 1e6);
        parts.model.push(Number(t3 - t2) / 1e6);
        parts.rules.push(Number(t4 - t3) / 1e6);
        last = { tables: mapping.tables.length, findings: found.length + model.findings.length };
      }
      // A fresh process each, alternating (what one command-line call costs: modules loaded, code
      // not yet optimized). Peak memory from the same processes.
      const freshOurs = [];
      const freshBare = [];
      for (let k = 0; k < (quick ? 1 : target >= 1000000 ? 3 : 5); k++) {
        freshBare.push(child('exceljs', file));
        freshOurs.push(child('validate', file));
      }
      const peakOurs = median(freshOurs.map((x) => x.maxRssMb));
      const peakBare = median(freshBare.map((x) => x.maxRssMb));
      const fresh = {
        runs: freshOurs.length,
        validateMs: median(freshOurs.map((x) => x.ms)),
        validateRequireMs: median(freshOurs.map((x) => x.requireMs)),
        validateWorkMs: median(freshOurs.map((x) => x.workMs)),
        bareExcelJsLoadMs: median(freshBare.map((x) => x.ms)),
        bareExcelJsRequireMs: median(freshBare.map((x) => x.requireMs)),
        bareExcelJsWorkMs: median(freshBare.map((x) => x.workMs)),
      };
      fresh.ratio = fresh.validateMs / fresh.bareExcelJsLoadMs;
      fresh.workRatio = fresh.validateWorkMs / fresh.bareExcelJsWorkMs;
      const reads = parts.read;
      const row = {
        cells: built.cells,
        bytes: built.buffer.length,
        runs,
        bareExcelJsLoadMs: median(bare),
        validateMs: median(ours),
        readMs: median(reads),
        breakdownMs: { read: median(parts.read), map: median(parts.map), model: median(parts.model), rules: median(parts.rules) },
        ratio: median(ours) / median(bare),
        // Each run's validate ÷ the ExcelJS load just before it, sorted: how far one pair strays.
        pairRatios: ours.map((o, k) => o / bare[k]).sort((a, b) => a - b),
        bareExcelJsLoadCpuMs: median(bareCpu),
        validateCpuMs: median(oursCpu),
        cpuRatio: median(oursCpu) / median(bareCpu),
        loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
        validatePeakRssMb: peakOurs,
        bareExcelJsPeakRssMb: peakBare,
        fresh,
        tables: last.tables,
        findings: last.findings,
      };
      log(`  ExcelJS load ${row.bareExcelJsLoadMs.toFixed(0)} ms, validate ${row.validateMs.toFixed(0)} ms (read ${row.readMs.toFixed(0)}, map ${row.breakdownMs.map.toFixed(0)}, model ${row.breakdownMs.model.toFixed(0)}, rules ${row.breakdownMs.rules.toFixed(0)} ms), ratio ${row.ratio.toFixed(2)}, peak ${row.validatePeakRssMb.toFixed(0)} MB vs ${row.bareExcelJsPeakRssMb.toFixed(0)} MB`);
      result.sizes.push(row);
    }

    // Twenty boards' workbooks, one call against twenty.
    const boards = path.join(dir, 'boards');
    fs.mkdirSync(boards);
    const one = await buildWorkbook(template, 5000);
    const n = quick ? 5 : 20;
    for (let i = 1; i <= n; i++) fs.writeFileSync(path.join(boards, `namnd-${String(i).padStart(2, '0')}.xlsx`), one.buffer);
    const bin = path.join(ROOT, 'bin', 'namndrapport.js');
    const files = fs.readdirSync(boards).map((f) => path.join(boards, f));
    const q = (s) => `'${s.replace(/'/g, "'\\''")}'`;
    const batchCpu = median([0, 1, 2].map(() => cpuOf([`node ${q(bin)} validate ${q(boards)}`])));
    const singleCpu = median([0, 1, 2].map(() => cpuOf(files.map((f) => `node ${q(bin)} validate ${q(f)}`))));
    const modules = Number(
      execFileSync(process.execPath, ['-e', `const m=require(${JSON.stringify(path.join(CLI, 'cli', 'main.js'))});m.main(['validate',${JSON.stringify(files[0])}],{stdout(){},stderr(){}}).then(()=>console.log(Object.keys(require.cache).length))`], { encoding: 'utf8' }).trim(),
    );
    result.boards = { workbooks: n, cellsEach: one.cells, batchCpuS: batchCpu, separateCpuS: singleCpu, cpuRatio: singleCpu / batchCpu, modulesPerValidateProcess: modules };
    log(`xlsx: ${n} workbooks: one call ${batchCpu.toFixed(2)} s CPU, ${n} calls ${singleCpu.toFixed(2)} s CPU (${(singleCpu / batchCpu).toFixed(1)}×); ${modules} modules per validate process`);

    const distDir = path.join(ROOT, 'dist');
    const worker = fs.existsSync(distDir) ? fs.readdirSync(distDir).find((f) => /^xlsx-worker\..*\.js$/.test(f) && !f.endsWith('.map')) : undefined;
    if (worker) {
      const bytes = fs.readFileSync(path.join(distDir, worker));
      result.worker = { file: worker, bytes: bytes.length, gzipBytes: require('zlib').gzipSync(bytes).length, exceljs: /exceljs/i.test(bytes.toString('latin1')) };
      log(`xlsx: worker ${worker} ${(bytes.length / 1024).toFixed(0)} kB (${(result.worker.gzipBytes / 1024).toFixed(0)} kB gzip)`);
    } else result.worker = null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

/** BENCHMARKS.md section. */
function xlsxMarkdown(r, goals) {
  const lines = ['## .xlsx reader and batch validate (`--only=xlsx`)', ''];
  if (!r || r.error) return [...lines, `Not measured${r && r.error ? ` (${r.error})` : ''}.`, ''];
  lines.push('| cells | file | ExcelJS load | validate | read / map / model / rules | validate ÷ load | read ÷ load | peak RSS validate | peak RSS ExcelJS load |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    const b = s.breakdownMs;
    lines.push(`| ${s.cells.toLocaleString('en')} | ${(s.bytes / 1e6).toFixed(1)} MB | ${s.bareExcelJsLoadMs.toFixed(0)} ms | ${s.validateMs.toFixed(0)} ms | ${b.read.toFixed(0)} / ${b.map.toFixed(0)} / ${b.model.toFixed(0)} / ${b.rules.toFixed(0)} ms | **${s.ratio.toFixed(2)}×** | ${(b.read / s.bareExcelJsLoadMs).toFixed(2)}× | ${s.validatePeakRssMb.toFixed(0)} MB | ${s.bareExcelJsPeakRssMb.toFixed(0)} MB |`);
  }
  lines.push('');
  const at = (c) => r.sizes.find((s) => s.cells >= c * 0.9 && s.cells <= c * 1.1);
  const k100 = at(100000);
  const m1 = at(1000000);
  if (k100) lines.push(`- Goal: validate ≤ ${goals.xlsxRatio}× a bare ExcelJS load at 100 k cells: **${k100.ratio.toFixed(2)}×** — ${k100.ratio <= goals.xlsxRatio ? 'met' : 'not met'}.`);
  const spread = r.sizes.filter((s) => s.pairRatios && s.pairRatios.length > 1);
  if (spread.length) lines.push(`- Spread of the single pairs (each run's validate ÷ the ExcelJS load just before it): ${spread.map((s) => `${s.pairRatios[0].toFixed(2)}–${s.pairRatios[s.pairRatios.length - 1].toFixed(2)}× over ${s.runs} runs at ${s.cells.toLocaleString('en')} cells`).join(', ')}.`);
  if (m1) lines.push(`- Goal: the same at 1 M cells: **${m1.ratio.toFixed(2)}×** — ${m1.ratio <= goals.xlsxRatio ? 'met' : 'not met'}; peak memory of validate ≤ ${goals.xlsxPeakMb} MB: **${m1.validatePeakRssMb.toFixed(0)} MB** — ${m1.validatePeakRssMb <= goals.xlsxPeakMb ? 'met' : 'not met'}.`);
  if (r.boards) {
    const b = r.boards;
    lines.push(`- ${b.workbooks} board workbooks (${b.cellsEach.toLocaleString('en')} cells each): \`validate MAPP/\` in one process ${b.batchCpuS.toFixed(2)} s CPU, ${b.workbooks} separate \`validate\` processes ${b.separateCpuS.toFixed(2)} s CPU: **${b.cpuRatio.toFixed(1)}×** the CPU for separate calls. One validate process loads ${b.modulesPerValidateProcess} modules (no writer code).`);
  }
  if (r.worker) lines.push(`- Demo worker \`${r.worker.file}\`: ${(r.worker.bytes / 1024).toFixed(0)} kB, ${(r.worker.gzipBytes / 1024).toFixed(0)} kB gzip; ExcelJS in it: ${r.worker.exceljs ? 'yes' : 'no'}.`);
  else lines.push('- Demo worker: no dist/ build present in this run (`npm run build`).');
  const cpu = r.sizes.filter((s) => s.cpuRatio !== undefined);
  if (cpu.length) lines.push(`- The same steps in CPU time (user + system of the process, which other work on a shared machine moves less than the wall clock): validate ÷ ExcelJS load ${cpu.map((s) => `**${s.cpuRatio.toFixed(2)}×** at ${s.cells.toLocaleString('en')} cells (${s.validateCpuMs.toFixed(0)} / ${s.bareExcelJsLoadCpuMs.toFixed(0)} ms)`).join(', ')}. Load average when each size was measured: ${cpu.map((s) => s.loadAverage.join(' / ')).join('; ')}.`);
  lines.push('- Times: medians in one process after a warm-up, ExcelJS and validate interleaved, a forced full GC before each. Peak memory: the median max RSS of fresh processes that do only that (validate, or the bare ExcelJS load).');
  const fresh = r.sizes.filter((s) => s.fresh);
  if (fresh.length) {
    lines.push(`- In a fresh process each (what one command-line call costs: modules loaded, nothing optimized yet; ${fresh.map((s) => `${s.fresh.runs} alternating pairs at ${s.cells.toLocaleString('en')} cells`).join(', ')}): ${fresh.map((s) => `validate ${s.fresh.validateMs.toFixed(0)} ms (modules ${s.fresh.validateRequireMs.toFixed(0)} + work ${s.fresh.validateWorkMs.toFixed(0)}) against ExcelJS ${s.fresh.bareExcelJsLoadMs.toFixed(0)} ms (modules ${s.fresh.bareExcelJsRequireMs.toFixed(0)} + load ${s.fresh.bareExcelJsWorkMs.toFixed(0)}): **${s.fresh.ratio.toFixed(2)}×**, work alone ${s.fresh.workRatio.toFixed(2)}×`).join('; ')}. Not the goal's measure, reported because it is what a controller's single call feels.`);
  }
  lines.push('');
  return lines;
}

module.exports = { xlsxPart, xlsxMarkdown };

const arg = process.argv.find((a) => a.startsWith('--measure='));
if (require.main === module && arg) {
  measure(arg.slice('--measure='.length), process.argv[process.argv.length - 1]).catch((e) => {
    process.stderr.write(`${e.stack || e.message}\n`);
    process.exit(1);
  });
}
