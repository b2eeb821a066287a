'use strict';
/**
 * Bench part "office" (`node scripts/bench.js --only=office`): reads and writes at real sizes
 * through the real Office.js adapter (`src/excel`) on the in-browser Excel (`src/excel/fake`),
 * which enforces Excel on the web's limits — 5 MB of JSON per request and per response, five
 * million cells per range — and refuses with the same error codes. Counted: syncs per read and
 * per write, the largest payload of one sync, refused requests (goal: none), the cells whose
 * properties (fill, bold, indent) were read, and the peak memory of the 1 M-cell read against the
 * grid it produces.
 */
const path = require('path');

const PHRASES = [
  'Verksamheten följer plan och budget för året',
  'Prognosen visar ett underskott som beror på ökade kostnader för placeringar',
  'Sjukfrånvaron har minskat jämfört med föregående år',
  'Målet bedöms som delvis uppfyllt eftersom väntetiderna ökat',
  'Internkontrollen visar inga väsentliga avvikelser under perioden',
];

/** The sample's sheets plus one commentary sheet of 3 000 × 10 texts, each 40 characters or more. */
function textHeavyWorkbook(sample) {
  const rows = [];
  let cells = 0;
  for (let r = 0; r < 3000; r++) {
    const line = [];
    for (let c = 0; c < 10; c++) {
      const text = `${PHRASES[(r + c) % PHRASES.length]} (rad ${r + 1}, kolumn ${c + 1}).`;
      if (text.length < 40) throw new Error('text-heavy bench cells must be 40 characters or more');
      line.push({ address: '', row: r + 1, col: c + 1, value: text });
      cells++;
    }
    rows.push(line);
  }
  for (const line of rows) for (const c of line) c.address = `${String.fromCharCode(64 + c.col)}${c.row}`;
  const sheets = structuredClone(sample.sheets);
  sheets.push({ name: 'Kommentarer per verksamhet', rows, merges: [] });
  return { grid: { sheets }, textCells: cells };
}

function nonEmpty(grid) {
  let n = 0;
  for (const s of grid.sheets) for (const r of s.rows) for (const c of r || []) if (c && (c.value !== null || c.formula !== undefined)) n++;
  return n;
}

function heap() {
  if (global.gc) global.gc();
  return process.memoryUsage().heapUsed;
}

async function run({ ROOT, QUICK, log }) {
  require('ts-node').register({ transpileOnly: true, project: path.join(ROOT, 'tsconfig.json') });
  const cli = path.join(ROOT, 'build', 'cli');
  const { readWorkbook } = require(path.join(cli, 'xlsx'));
  const { mapWorkbook, buildModel } = require(path.join(cli, 'mapping'));
  const { validate } = require(path.join(cli, 'rules'));
  const { planFill } = require(path.join(cli, 'assessment'));
  const { planReport } = require(path.join(cli, 'report'));
  const excel = require(path.join(ROOT, 'src', 'excel'));
  const { createFakeExcel } = require(path.join(ROOT, 'src', 'excel', 'fake'));
  const { loadTemplate, buildWorkbook } = require(path.join(ROOT, 'bench', 'generate.js'));

  const seed = path.join(ROOT, 'seeds', 'delarsrapport-2024.xlsx');
  const template = await loadTemplate(seed);
  const sample = await readWorkbook(seed);

  const cases = [];
  for (const target of QUICK ? [1000, 20000] : [1000, 100000, 1000000]) cases.push({ target, textHeavy: false });
  cases.push({ target: 30000, textHeavy: true });

  const reads = [];
  const writes = [];
  let memory = null;
  for (const c of cases) {
    let grid;
    if (c.textHeavy) grid = textHeavyWorkbook(sample).grid;
    else grid = await readWorkbook((await buildWorkbook(template, c.target)).buffer);
    const cells = nonEmpty(grid);
    const fake = createFakeExcel(grid);
    const service = excel.createWorkbookService(fake);
    const measure = async (fn) => {
      const s = fake.stats;
      const before = { syncs: s.syncs, refused: s.refused, requestBytes: s.requestBytes, responseBytes: s.responseBytes };
      s.maxRequestBytes = 0;
      s.maxResponseBytes = 0;
      const result = await fn();
      return {
        result,
        syncs: s.syncs - before.syncs,
        refused: s.refused - before.refused,
        maxPayloadBytes: Math.max(s.maxRequestBytes, s.maxResponseBytes),
        maxRequestBytes: s.maxRequestBytes,
        maxResponseBytes: s.maxResponseBytes,
        requestBytes: s.requestBytes - before.requestBytes,
        responseBytes: s.responseBytes - before.responseBytes,
      };
    };

    const read = await measure(() => service.readGrid());
    const r = service.lastRead();
    const g = read.result;
    const mapped = buildModel(g, mapWorkbook(g));
    const findings = mapped.findings.length + validate(mapped.model, g).length;
    const row = {
      cells,
      textHeavy: c.textHeavy,
      syncs: read.syncs,
      refused: read.refused,
      maxPayloadBytes: read.maxPayloadBytes,
      sheets: g.sheets.length,
      usedRangeCells: r.cells,
      propertyCells: r.propertyCells,
      propertyMode: r.propertyMode,
      // What fill, bold and indent would have added for the cells whose properties were not read.
      propertyBytesSkipped: (r.cells - r.propertyCells) * (excel.jsonSize({ format: { fill: { color: '#FFFFFF', pattern: 'None' }, font: { bold: false }, indentLevel: 0 } }) + 1),
      responseBytes: read.responseBytes,
      sameCells: nonEmpty(g) === cells,
      findings,
    };
    reads.push(row);
    log(`office: read ${cells} cells${c.textHeavy ? ' (text-heavy)' : ''}: ${row.syncs} syncs, ${row.refused} refused, largest ${(row.maxPayloadBytes / 1e6).toFixed(2)} MB, properties for ${row.propertyCells} of ${row.usedRangeCells} cells, ${findings} findings`);

    const largest = !c.textHeavy && c === cases[cases.length - 2];
    if (largest) {
      // Peak memory of the read: live heap (after a full GC) at every sync, against the grid.
      const base = heap();
      let peak = base;
      fake.world.afterSync = () => {
        peak = Math.max(peak, heap());
      };
      let again = await service.readGrid();
      fake.world.afterSync = null;
      const after = heap();
      peak = Math.max(peak, after);
      memory = { cells: nonEmpty(again), baseBytes: base, gridBytes: after - base, peakBytes: peak - base, ratio: (peak - base) / Math.max(1, after - base) };
      again = null;
      log(`office: read of ${memory.cells} cells: grid ${(memory.gridBytes / 1e6).toFixed(0)} MB, peak ${(memory.peakBytes / 1e6).toFixed(0)} MB (${memory.ratio.toFixed(2)}× the grid)`);
    }

    const fill = planFill(g, mapped.model);
    const w1 = await measure(() => service.apply(fill.plan));
    writes.push({ cells, textHeavy: c.textHeavy, kind: 'fill', syncs: w1.syncs, refused: w1.refused, maxPayloadBytes: w1.maxPayloadBytes, cellsWritten: fill.plan.edits.length, requestBytes: w1.requestBytes });
    const g2 = await service.readGrid();
    const rep = planReport(g2, buildModel(g2, mapWorkbook(g2)).model);
    const reportCells = rep.plan.addSheets.reduce((a, s) => a + s.grid.rows.reduce((b, line) => b + (line ? line.filter(Boolean).length : 0), 0), 0);
    const w2 = await measure(() => service.apply(rep.plan));
    writes.push({ cells, textHeavy: c.textHeavy, kind: 'report', syncs: w2.syncs, refused: w2.refused, maxPayloadBytes: w2.maxPayloadBytes, cellsWritten: reportCells, sheetsWritten: rep.plan.addSheets.length, requestBytes: w2.requestBytes });
    log(`office: writes: fill ${fill.plan.edits.length} cells in ${w1.syncs} syncs (${w1.refused} refused), report ${rep.plan.addSheets.length} sheets / ${reportCells} cells in ${w2.syncs} syncs (${w2.refused} refused)`);

    // A report sheet of many rows: every row of the largest workbook's ledgers written as one new sheet.
    if (largest) {
      const ledger = g2.sheets.filter((s) => s.name.startsWith('Huvudbok')).slice(0, 40);
      const rows = [];
      for (const s of ledger) for (const line of s.rows) if (line) rows.push(line.map((x) => (x ? { ...x, row: rows.length + 1, address: '' } : x)));
      for (const line of rows) for (const x of line || []) if (x) x.address = `${excelCol(x.col)}${x.row}`;
      const big = { deleteSheets: [], addSheets: [{ grid: { name: 'Rapport Huvudbok', rows, merges: [] } }], edits: [] };
      const bigCells = rows.reduce((a, l) => a + (l ? l.filter(Boolean).length : 0), 0);
      const w3 = await measure(() => service.apply(big));
      writes.push({ cells, textHeavy: false, kind: 'long report sheet', syncs: w3.syncs, refused: w3.refused, maxPayloadBytes: w3.maxPayloadBytes, cellsWritten: bigCells, requestBytes: w3.requestBytes });
      log(`office: one report sheet of ${rows.length} rows / ${bigCells} cells in ${w3.syncs} syncs (${w3.refused} refused), largest request ${(w3.maxRequestBytes / 1e6).toFixed(2)} MB`);

    }
  }
  return {
    limits: { payloadBytes: excel.PAYLOAD_LIMIT_BYTES, rangeCells: excel.RANGE_CELL_LIMIT, budgetBytes: excel.PAYLOAD_BUDGET_BYTES },
    reads,
    writes,
    memory,
  };
}

function excelCol(n) {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const mb = (b) => (b < 100000 ? `${(b / 1e3).toFixed(1)} kB` : `${(b / 1e6).toFixed(2)} MB`);

/** The BENCHMARKS.md section. */
function markdown(o) {
  const lines = ['## Inside Excel at real sizes (payload limits)', ''];
  if (o.error) return [...lines, `Not measured: ${o.error}`, ''];
  lines.push(
    `The real adapter (\`src/excel\`) on the in-browser Excel (\`src/excel/fake\`), which enforces Excel on the web's limits: ${mb(o.limits.payloadBytes)} of JSON per request and per response (UTF-8 bytes of what one \`context.sync\` sends or returns) and ${o.limits.rangeCells.toLocaleString('en-US')} cells per range, refused with \`RequestPayloadSizeLimitExceeded\` / \`ResponsePayloadSizeLimitExceeded\` / \`RangeExceedsLimit\`. The adapter plans each sync under ${mb(o.limits.budgetBytes)}. Workbooks: the 2024 sample's sheets per board plus a monthly ledger per board (as in the engine part), and a text-heavy one (the sample plus 30 000 cells of 40–90 characters).`,
    '',
  );
  lines.push('### Reads', '');
  lines.push('| cells | text-heavy | sheets | syncs | refused | largest payload | properties read for | response in all | properties not read would add | findings |');
  lines.push('| ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of o.reads) {
    const share = r.usedRangeCells ? ` (${((r.propertyCells / r.usedRangeCells) * 100).toFixed(1)} %)` : '';
    lines.push(`| ${r.cells.toLocaleString('en-US')} | ${r.textHeavy ? 'yes' : ''} | ${r.sheets} | ${r.syncs} | ${r.refused} | ${mb(r.maxPayloadBytes)} | ${r.propertyCells.toLocaleString('en-US')} of ${r.usedRangeCells.toLocaleString('en-US')} cells${share} | ${mb(r.responseBytes)} | ${mb(r.propertyBytesSkipped || 0)} | ${r.findings} |`);
  }
  lines.push('');
  lines.push('### Writes', '');
  lines.push('| workbook cells | text-heavy | write | cells written | syncs | refused | largest payload | request in all |');
  lines.push('| ---: | :---: | :--- | ---: | ---: | ---: | ---: | ---: |');
  for (const w of o.writes) lines.push(`| ${w.cells.toLocaleString('en-US')} | ${w.textHeavy ? 'yes' : ''} | ${w.kind}${w.sheetsWritten ? ` (${w.sheetsWritten} sheets)` : ''} | ${w.cellsWritten.toLocaleString('en-US')} | ${w.syncs} | ${w.refused} | ${mb(w.maxPayloadBytes)} | ${mb(w.requestBytes)} |`);
  lines.push('');
  const refused = [...o.reads, ...o.writes].reduce((a, x) => a + x.refused, 0);
  const small = o.reads.find((r) => !r.textHeavy && r.cells <= 5000);
  const largest = Math.max(...o.reads.map((r) => r.maxPayloadBytes), ...o.writes.map((w) => w.maxPayloadBytes));
  const verdict = (ok) => (ok ? '**met**' : '**not met**');
  lines.push(`- Goal: zero refused requests. Measured: **${refused}** — ${verdict(refused === 0)}. Largest payload of any sync: ${mb(largest)} (limit ${mb(o.limits.payloadBytes)}).`);
  if (small) lines.push(`- Goal: a small workbook still reads in 2 syncs. Measured at ${small.cells.toLocaleString('en-US')} cells: **${small.syncs}** — ${verdict(small.syncs <= 2)}.`);
  const text = o.reads.find((r) => r.textHeavy);
  if (text) lines.push(`- The text-heavy workbook reads (${text.syncs} syncs, ${text.refused} refused, every cell: ${text.sameCells ? 'yes' : 'no'}) and validates (${text.findings} findings).`);
  lines.push('- Cell properties (fill, bold, indent): read everywhere in each sheet\'s head block (its top-left corner, where titles and header bands are; for a small workbook the whole sheet), below it only in rows and columns where text outweighs numbers (labels with their indent, assessment cells with their fill, header bands) and in merged areas. "Properties read for" counts those cells.');
  if (o.memory) {
    const m = o.memory;
    lines.push(`- Memory of the ${m.cells.toLocaleString('en-US')}-cell read: the grid itself ${(m.gridBytes / 1e6).toFixed(0)} MB (live heap after the read minus before, after a full GC), peak live heap during the read ${(m.peakBytes / 1e6).toFixed(0)} MB above the same base, sampled after a full GC at every sync with that sync's response in hand: **${m.ratio.toFixed(2)}×** the grid. Goal ≤ 2× — ${verdict(m.ratio <= 2)}. (Node, same code as the pane; garbage between syncs is not counted.)`);
  }
  lines.push('');
  return lines;
}

module.exports = { run, markdown };
