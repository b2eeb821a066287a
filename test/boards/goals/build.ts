import ExcelJS from 'exceljs';
import type { BoardTable } from './helsingborg-2016';

/**
 * A board's transcribed goal table as the workbook a controller would keep: the sheet
 * "Mål och mätetal" with the page's title, the legend, each section's heading and header,
 * goal rows and measure rows interleaved in the first column, and an empty "Bedömning" column
 * for the tool. `legendAt` places the legend above the tables (one cell per label, or the page's
 * own line in one cell) or on a sheet of its own ("Förklaring", one label a row).
 */
export const GOAL_SHEET = 'Mål och mätetal';

/** A printed figure as a number with the number format that shows it the same way, or as text. */
export function figureCell(cell: ExcelJS.Cell, printed: string, store: BoardTable['store']): void {
  const t = printed.trim();
  const m = /^(-?\d{1,3}(?: \d{3})*|-?\d+)(?:,(\d+))?( ?%)?$/.exec(t);
  if (store === 'text' || !m) {
    cell.value = printed;
    return;
  }
  const value = Number(`${m[1].replace(/ /g, '')}.${m[2] ?? '0'}`);
  const decimals = m[2]?.length ?? 0;
  const zeros = decimals ? `.${'0'.repeat(decimals)}` : '';
  if (m[3]) {
    // Stored as a fraction and shown as percent by the format, as Excel does with "58 %".
    cell.value = Number((value / 100).toPrecision(12));
    cell.numFmt = `0${zeros}\\ %`;
  } else {
    cell.value = value;
    cell.numFmt = m[1].includes(' ') ? `#,##0${zeros}` : `0${zeros}`;
  }
}

/** The legend as the page prints it on one line (three spaces between labels, one before the last). */
export const PRINTED_LEGEND_LINE = 'Uppfyllelse 100 procent   Uppfyllelse 91–99 procent   Uppfyllelse 90 procent eller lägre Uppföljning är inte genomförd';

export async function boardWorkbook(board: BoardTable, legendAt: 'above' | 'sheet' | 'line' = 'above'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2017, 2, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(GOAL_SHEET);
  ws.getColumn(1).width = 60;
  let r = 1;
  ws.getCell(r, 1).value = board.title;
  ws.getCell(r, 1).font = { bold: true };
  r += 2;
  if (legendAt === 'above') {
    board.legend.forEach((label, i) => (ws.getCell(r, 1 + i).value = label));
    r += 2;
  } else if (legendAt === 'line') {
    ws.getCell(r, 1).value = PRINTED_LEGEND_LINE;
    r += 2;
  }
  for (const section of board.sections) {
    ws.getCell(r, 1).value = section.heading;
    ws.getCell(r, 1).font = { bold: true };
    r += 1;
    section.header.forEach((h, i) => {
      if (h) ws.getCell(r, 1 + i).value = h;
    });
    ws.getCell(r, section.header.length + 1).value = 'Bedömning';
    r += 1;
    for (const row of section.rows) {
      if (row.goal) {
        ws.getCell(r, 1).value = row.goal;
        ws.getCell(r, 1).font = { bold: true };
      } else {
        ws.getCell(r, 1).value = row.measure ?? '';
        (row.outcomes ?? []).forEach((o, i) => figureCell(ws.getCell(r, 2 + i), o, board.store));
        ws.getCell(r, 2 + (row.outcomes ?? []).length).value = row.target ?? null;
      }
      r += 1;
    }
    r += 1;
  }
  if (legendAt === 'sheet') {
    const legend = wb.addWorksheet('Förklaring');
    legend.getCell(1, 1).value = 'Bedömning av mätetal';
    board.legend.forEach((label, i) => (legend.getCell(2 + i, 1).value = label));
  }
  // The source on a sheet of its own: a line below the table would be read as one more row.
  wb.addWorksheet('Källa').getCell(1, 1).value = `Källa: ${board.url}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
