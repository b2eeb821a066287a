import { associateCommand, createWorkbookService, officeExcelHost, whenOfficeReady, type ExcelHost } from '../excel';
import { summarize } from '../model/finding';
import { loadCore } from '../taskpane/core';

/**
 * Ribbon commands (the manifest's FunctionFile). "Validera" reads the workbook, runs the
 * checks and selects the first cell with an error (or a warning), so the user lands on it; the
 * task pane shows the full list.
 */

export async function validateCommand(host: ExcelHost = officeExcelHost()): Promise<{ errors: number; warnings: number; infos: number; selected?: string }> {
  const services = createWorkbookService(host);
  const core = await loadCore();
  const grid = await services.readGrid();
  const mapping = core.mapWorkbook(grid);
  const built = core.buildModel(grid, mapping);
  const findings = [...built.findings, ...core.validate(built.model, grid)];
  const first = findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning');
  if (first) await services.selectCell(first.sheet, first.cell);
  return { ...summarize(findings), selected: first ? `${first.sheet}!${first.cell}` : undefined };
}

whenOfficeReady(() => {
  associateCommand('validate', async () => {
    await validateCommand();
  });
});
