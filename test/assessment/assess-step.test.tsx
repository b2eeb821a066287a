import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { HELSINGBORG_2016 } from '../boards/goals/helsingborg-2016';
import { boardWorkbook } from '../boards/goals/build';
import { readWorkbook } from '../../src/xlsx';
import { mapWorkbook, buildModel } from '../../src/mapping';
import { core } from '../../src/taskpane/core-impl';
import { AssessStep } from '../../src/taskpane/steps/assess-step';
import { translator } from '../../src/taskpane/i18n';

/** The Bedömningar step as the pane draws it, for a board whose legend states its bands. */
describe('the Bedömningar step', () => {
  it('shows the scale in use, where it came from, its levels and rules, and the choices', async () => {
    const grid = await readWorkbook(await boardWorkbook(HELSINGBORG_2016[0]));
    const { model } = buildModel(grid, mapWorkbook(grid));
    const preview = core.planFill(grid, model);
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <AssessStep preview={preview} lang="sv" t={translator('sv')} onFill={() => undefined} onSettings={() => undefined} />
      </FluentProvider>,
    );
    expect(html).toContain('Skala för nyckeltal: Nämndens egen skala');
    expect(html).toContain('läst ur nämndens förklaring i Mål och mätetal!A3:D3');
    expect(html).toContain('gränser enligt förklaringen');
    for (const rule of ['högst 90 % av målet', '91–99 % av målet', 'målet nått', 'utfall saknas']) expect(html).toContain(rule);
    expect(html).toContain('data-testid="choose-scale"');
    expect(html).toContain('data-testid="choose-goal-rule"');
    // The board's scale is one of the choices, beside the built-in ones.
    expect(html).toMatch(/<option value="board">Nämndens egen skala \(Mål och mätetal!A3:D3\)<\/option>/);
    expect(html).toMatch(/<option value="goal4">/);
    // The board's legend says nothing of goals as a whole: no rule, goal rows left empty.
    expect(html).toContain('ingen regel – målraderna lämnas tomma');
  });

  it('with a chosen scale and rule, plans with them and saves them with the fill', async () => {
    const grid = await readWorkbook(await boardWorkbook(HELSINGBORG_2016[0]));
    const { model } = buildModel(grid, mapWorkbook(grid));
    const preview = core.planFill(grid, model, { scale: 'board', goalRule: 'worst' });
    expect(preview.scales?.indicator).toMatchObject({ id: 'board', source: 'setting' });
    expect(preview.filled.some((f) => f.indicator.startsWith('Socialnämnden ska'))).toBe(true);
    expect(preview.plan.state).toMatchObject({ assessment: { scale: 'board', goalRule: 'worst' } });
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <AssessStep preview={preview} lang="en" t={translator('en')} onFill={() => undefined} onSettings={() => undefined} />
      </FluentProvider>,
    );
    expect(html).toContain('chosen in the settings');
  });
});
