import { parseBand, parseLevelLabel, scaleFromLevels } from '../../src/assessment/legend';
import type { LegendLevel } from '../../src/assessment/legend';

describe('legend bands in words (Vansbro 2019: https://finansiellinfo.se/Vansbro_2019/Maluppfyllelse.html)', () => {
  it.each([
    ['lägre än 80 procent måluppfyllelse', { max: 80, maxStrict: true }],
    ['högre än 90 %', { min: 90, minStrict: true }],
    ['förväntad målnivå eller bättre', { min: 100 }],
    ['målvärdet eller bättre', { min: 100 }],
    ['minst 80 procent måluppfyllelse', { min: 80 }],
  ])('%s → %j', (text, band) => {
    expect(parseBand(text)).toEqual(band);
  });

  it('a ladder of open bands ends each band where the next begins (100 % lies in one band only)', () => {
    const levels = [
      'Målet uppnått, förväntad målnivå eller bättre',
      'Målet delvis uppnått, minst 80 procent måluppfyllelse',
      'Målet ej uppnått, lägre än 80 procent måluppfyllelse',
    ].map((l) => parseLevelLabel(l) as LegendLevel);
    const { scale, thresholds } = scaleFromLevels(levels, 'board', 'Egen');
    expect(thresholds).toBe('legend');
    expect(scale?.levels.map((l) => l.band)).toEqual([{ max: 80, maxStrict: true }, { min: 80, max: 100, maxStrict: true }, { min: 100 }]);
  });

  it('closed bands are kept as written', () => {
    const levels = ['Uppfyllelse 100 procent', 'Uppfyllelse 91–99 procent', 'Uppfyllelse 90 procent eller lägre'].map((l) => parseLevelLabel(l) as LegendLevel);
    expect(scaleFromLevels(levels, 'board', 'Egen').scale?.levels.map((l) => l.band)).toEqual([{ max: 90 }, { min: 91, max: 99 }, { min: 100, max: 100 }]);
  });
});
