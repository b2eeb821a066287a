import { planReport } from '../../src/report';
import { fixture2024 } from './fixtures/model-2024';
import { fixture2019 } from './fixtures/model-2019';
import { golden, renderCells, renderPreview } from './render';

/**
 * Golden files for the two sample reports: every generated cell (type, format, bold, fill, rules,
 * wrapping), a preview as Excel would show it, and the draft text. Reviewed against the printed
 * reports; regenerate with UPDATE_GOLDEN=1 after a deliberate change and review the diff.
 */

const cases = [
  ['delarsrapport-2024', fixture2024],
  ['arsbokslut-2019', fixture2019],
] as const;

describe.each(cases)('golden report for %s', (name, build) => {
  const { wb, model } = build();
  const result = planReport(wb, model);

  it('generated sheets, cell by cell', () => {
    const { expected, actual } = golden(`${name}.cells.txt`, result.plan.addSheets.map(renderCells).join('\n'));
    expect(actual).toBe(expected);
  });

  it('generated sheets as displayed', () => {
    const { expected, actual } = golden(`${name}.preview.txt`, result.plan.addSheets.map(renderPreview).join('\n'));
    expect(actual).toBe(expected);
  });

  it('draft text', () => {
    const text = result.text.map((t) => `[${t.section}]\n${t.paragraph}\n`).join('\n');
    const { expected, actual } = golden(`${name}.text.txt`, text);
    expect(actual).toBe(expected);
  });
});
