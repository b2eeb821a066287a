import type { XContext } from './api';

/** Show a cell to the user: activate its sheet and select it. */
export async function selectCell(ctx: XContext, sheet: string, cell: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await ctx.sync();
}
