import { sheetFromValues } from '../grid/sheet';
import { ExcelActionError } from '../excel';
import type { CoreApi } from './core';
import { langFrom, translator } from './i18n';
import { addValidation, addValidationWith, analyse, analyseMapping, analyseMappingWith, describeError, localAnalysis } from './use-session';
import { roleOptions } from './roles';

const grid = { sheets: [sheetFromValues('Drift', [['Budget'], [1]])] };
const t = translator('sv');

function coreWith(over: Partial<CoreApi>): CoreApi {
  const fail = () => {
    throw new Error('should not be called');
  };
  return { mapWorkbook: fail, leftOut: () => [], describe: () => [], buildModel: fail, validate: fail, planFill: fail, planReport: fail, ...over };
}

describe('pane language', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['SV', 'sv'],
    ['en-US', 'en'],
    ['nb-NO', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (input, lang) => {
    expect(langFrom(input)).toBe(lang);
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(t('undoOf', { label: 'Fyll i' })).toBe('Ångra: Fyll i');
    expect(t('undoOf')).toBe('Ångra: {label}');
    expect(translator('en')('undoOf', { label: 'Fill in' })).toBe('Undo: Fill in');
  });
});

describe('analyse in two steps', () => {
  const model = { period: { kind: 'unknown' as const }, unit: 'tkr' as const, tables: [] };
  const mapping = { version: 1 as const, period: { kind: 'unknown' as const }, tables: [], unmapped: [] };
  const found = { severity: 'error' as const, rule: 'x/y', sheet: 'Drift', cell: 'A2', messageId: 'x', data: {}, message: 'fel' };

  it('maps without running the checks, then adds their findings to the same mapping and model', () => {
    const mapped = analyseMapping(grid, coreWith({ mapWorkbook: () => mapping, buildModel: () => ({ model, findings: [] }) }), 'sv', t);
    expect(mapped.validated).toBe(false);
    expect(mapped.mapping).toBe(mapping);
    const checked = addValidation(mapped, coreWith({ validate: () => [found] }), 'sv', t);
    expect(checked.validated).toBe(true);
    expect(checked.mapping).toBe(mapping);
    expect(checked.findings).toEqual([found]);
    expect(mapped.findings).toEqual([]);
  });

  it('does not run the checks when the mapping failed', () => {
    const broken = coreWith({
      mapWorkbook: () => {
        throw new Error('trasig');
      },
    });
    const mapped = analyseMapping(grid, broken, 'sv', t);
    const checked = addValidation(mapped, coreWith({}), 'sv', t);
    expect(checked.validated).toBe(true);
    expect(checked.problems.mapping).toMatch(/trasig/);
    expect(checked.findings).toEqual([]);
  });

  it('gives the same analysis through an AnalysisCore (the worker path) as on the page', async () => {
    const core = coreWith({ mapWorkbook: () => mapping, buildModel: () => ({ model, findings: [] }), validate: () => [found] });
    const direct = addValidation(analyseMapping(grid, core, 'sv', t), core, 'sv', t);
    const ac = localAnalysis(grid, core);
    const viaCore = await addValidationWith(await analyseMappingWith(grid, ac, 'sv', t), ac, 'sv', t);
    expect(viaCore).toEqual(direct);
    expect(viaCore.findings).toEqual([found]);
  });

  it('reads the notes beside the roles with the checks, and a failure there costs only the notes', async () => {
    const notes = [{ rows: {}, columns: {}, relations: [] }];
    const core = coreWith({ mapWorkbook: () => mapping, buildModel: () => ({ model, findings: [] }), validate: () => [found], describe: () => notes });
    const mapped = analyseMapping(grid, core, 'sv', t);
    expect(mapped.notes).toBeUndefined();
    expect(addValidation(mapped, core, 'sv', t).notes).toBe(notes);
    const failing = coreWith({
      mapWorkbook: () => mapping,
      buildModel: () => ({ model, findings: [] }),
      validate: () => [found],
      describe: () => {
        throw new Error('trasig');
      },
    });
    const checked = addValidation(analyseMapping(grid, failing, 'sv', t), failing, 'sv', t);
    expect(checked.notes).toBeUndefined();
    expect(checked.findings).toEqual([found]);
    const ac = localAnalysis(grid, failing);
    const viaCore = await addValidationWith(await analyseMappingWith(grid, ac, 'sv', t), ac, 'sv', t);
    expect(viaCore.notes).toBeUndefined();
    expect(viaCore.findings).toEqual([found]);
  });

  it('reports a mapping that failed through an AnalysisCore and runs no checks', async () => {
    const broken = coreWith({
      mapWorkbook: () => {
        throw new Error('trasig');
      },
    });
    const ac = localAnalysis(grid, broken);
    const checked = await addValidationWith(await analyseMappingWith(grid, ac, 'sv', t), ac, 'sv', t);
    expect(checked.problems.mapping).toMatch(/trasig/);
    expect(checked.findings).toEqual([]);
  });
});

describe('analyse', () => {
  it('keeps going when validation fails and says why', () => {
    const model = { period: { kind: 'unknown' as const }, unit: 'tkr' as const, tables: [] };
    const a = analyse(
      grid,
      coreWith({
        mapWorkbook: () => ({ version: 1, period: { kind: 'unknown' }, tables: [], unmapped: [] }),
        buildModel: () => ({ model, findings: [] }),
        validate: () => {
          throw new ExcelActionError('NotAvailable', 'x', 'Valideringen');
        },
      }),
      'sv',
      t,
    );
    expect(a.model).toBe(model);
    expect(a.problems.validate).toBe('Valideringen är inte tillgänglig ännu i den här versionen.');
    expect(a.problems.mapping).toBeUndefined();
  });

  it('reports a mapping failure as an unexpected error in Swedish', () => {
    const a = analyse(
      grid,
      coreWith({
        mapWorkbook: () => {
          throw new Error('trasig rubrik');
        },
      }),
      'sv',
      t,
    );
    expect(a.model).toBeUndefined();
    expect(a.problems.mapping).toBe('Något gick fel: trasig rubrik');
  });

  it('describes Office errors with what to do', () => {
    expect(describeError({ code: 'ItemNotFound', message: 'x' }, 'sv', t)).toMatch(/Läs in arbetsboken på nytt/);
  });
});

describe('role options', () => {
  it('offers the kind’s roles plus any the mapper used', () => {
    expect(roleOptions('sickLeave', 'row', ['days', 'custom'])).toEqual(['total', 'women', 'men', 'age', 'days', 'custom']);
    expect(roleOptions('operating', 'column', [])).toContain('previousActual');
  });
});
