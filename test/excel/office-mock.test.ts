import { OfficeMockObject } from 'office-addin-mock';
import { createWorkbookService, describeExcelError, officeExcelHost } from '../../src/excel';

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full import
// chain reaches an ESM-only strip-bom nested under @microsoft/app-manifest/node_modules that
// jest.config.js's transformIgnorePatterns does not exempt (it exempts top-level ones only).
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));

/**
 * The Office.js host wiring (officeExcelHost → Excel.run, isSetSupported) driven by
 * office-addin-mock, as in Microsoft's task-pane template.
 */

interface Selected {
  sheet?: string;
  address?: string;
  active?: string;
}

function excelMock(selected: Selected, fail?: { code: string; message: string }) {
  const sheet = (name: string) => ({
    name,
    activate() {
      selected.active = name;
    },
    getRange(address: string) {
      return {
        address,
        select() {
          selected.sheet = name;
          selected.address = address;
        },
      };
    },
  });
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem(name: string) {
            if (fail) throw Object.assign(new Error(fail.message), { code: fail.code });
            return sheet(name);
          },
        },
      },
    },
    run: async function (callback: (ctx: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  return new OfficeMockObject(data);
}

function install(mock: OfficeMockObject, apiVersion = '1.13') {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = mock;
  g.Office = { context: { requirements: { isSetSupported: (_set: string, v: string) => Number(v.split('.')[1]) <= Number(apiVersion.split('.')[1]) } } };
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Excel;
  delete g.Office;
});

describe('officeExcelHost with office-addin-mock', () => {
  it('selects a finding’s cell through Excel.run', async () => {
    const selected: Selected = {};
    install(excelMock(selected));
    await createWorkbookService(officeExcelHost()).selectCell('Drift', 'G12');
    expect(selected).toEqual({ active: 'Drift', sheet: 'Drift', address: 'G12' });
  });

  it('answers requirement-set questions from Office.context.requirements', () => {
    install(excelMock({}), '1.8');
    const host = officeExcelHost();
    expect(host.supports('1.7')).toBe(true);
    expect(host.supports('1.9')).toBe(false);
  });

  it('turns an Office error into a Swedish message', async () => {
    install(excelMock({}, { code: 'InvalidOperationInCellEditMode', message: 'edit mode' }));
    const err = await createWorkbookService(officeExcelHost())
      .selectCell('Drift', 'A1')
      .catch((e: unknown) => e);
    expect(describeExcelError(err)).toBe('Excel redigerar en cell just nu. Tryck Enter eller Esc i cellen och försök igen.');
  });
});
