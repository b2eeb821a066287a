'use strict';
/**
 * Benchmark workbooks: the 2024 sample's sheets replicated for many boards ("Drift 17",
 * "Investeringar 17", …, board name "Nämnd 17"), as a municipality's central finance office
 * keeps every board's report in one workbook. Plain JS so `npm run bench` needs no compiler.
 */
const ExcelJS = require('exceljs');

const SAMPLE_BOARD = 'Socialnämnden';

/** Snapshot of a sample workbook: per sheet, its cells (value + style), merges and widths. */
async function loadTemplate(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    const list = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        list.push({ row: cell.row, col: cell.col, value: cell.value, style: cell.style });
      });
    });
    cells += list.length;
    const widths = [];
    for (let c = 1; c <= ws.columnCount; c++) widths.push(ws.getColumn(c).width);
    sheets.push({ name: ws.name, cells: list, merges: [...(ws.model.merges || [])], widths });
  }
  return { sheets, cells };
}

function rename(value, board) {
  if (typeof value === 'string') return value.split(SAMPLE_BOARD).join(board);
  return value;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
const ACCOUNTS = ['Löner', 'Sociala avgifter', 'Lokalhyror', 'Köp av tjänster', 'Material', 'Resor', 'IT-tjänster', 'Konsulter', 'Bidrag', 'Avgifter'];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same file. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A board's monthly ledger ("Huvudbok"): account, name, twelve months and a SUM formula with its
 * cached result, the kind of sheet that sits beside the report tables and makes workbooks big.
 */
function addLedger(wb, name, board, cellBudget, rnd) {
  const ws = wb.addWorksheet(name);
  ws.getCell(1, 1).value = `Huvudbok – ${board} 2024`;
  ws.getCell(2, 1).value = 'Belopp i kr';
  const headers = ['Konto', 'Benämning', ...MONTHS, 'Summa'];
  headers.forEach((h, i) => {
    ws.getCell(3, i + 1).value = h;
    ws.getCell(3, i + 1).font = { bold: true };
  });
  let cells = 2 + headers.length;
  let r = 4;
  while (cells + headers.length <= cellBudget) {
    ws.getCell(r, 1).value = 4000 + r;
    ws.getCell(r, 2).value = ACCOUNTS[r % ACCOUNTS.length];
    let sum = 0;
    for (let m = 0; m < 12; m++) {
      const v = -Math.round(rnd() * 90000);
      sum += v;
      const cell = ws.getCell(r, 3 + m);
      cell.value = v;
      cell.numFmt = '#,##0';
    }
    const total = ws.getCell(r, 15);
    total.value = { formula: `SUM(C${r}:N${r})`, result: sum };
    total.numFmt = '#,##0';
    cells += headers.length;
    r++;
  }
  return cells;
}

/**
 * Build an xlsx buffer with about `targetCells` non-empty cells: `boards` copies of the sample's
 * sheets (one per board, renamed) plus one monthly ledger per board for the remaining cells.
 * Boards grow with the size (1 board at 1 k cells, 100 boards and 800 sheets at 1 M) so both the
 * number of sheets and the size of sheets grow, as in a real central finance workbook.
 */
async function buildWorkbook(template, targetCells) {
  const boards = Math.min(100, Math.max(1, Math.round(targetCells / 3500)));
  const ledgerBudget = Math.max(0, Math.floor((targetCells - boards * template.cells) / boards));
  const wb = new ExcelJS.Workbook();
  const rnd = seeded(targetCells);
  let cells = 0;
  let sheets = 0;
  for (let b = 1; b <= boards; b++) {
    const board = b === 1 ? SAMPLE_BOARD : `Nämnd ${b}`;
    for (const sheet of template.sheets) {
      const name = b === 1 ? sheet.name : `${sheet.name} ${b}`.slice(0, 31);
      const ws = wb.addWorksheet(name);
      sheets++;
      sheet.widths.forEach((w, i) => {
        if (w) ws.getColumn(i + 1).width = w;
      });
      for (const c of sheet.cells) {
        const cell = ws.getCell(c.row, c.col);
        cell.value = rename(c.value, board);
        cell.style = c.style;
        cells++;
      }
      for (const m of sheet.merges) ws.mergeCells(m);
    }
    if (ledgerBudget >= 30) {
      cells += addLedger(wb, b === 1 ? 'Huvudbok' : `Huvudbok ${b}`, board, ledgerBudget, rnd);
      sheets++;
    }
  }
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { buffer, boards, sheets, cells };
}

module.exports = { loadTemplate, buildWorkbook, addLedger, seeded };
