import { describeFacets, readColumnHeader, readHeader, spanText } from '../../src/structure/headers';

const f = (...rows: string[]) => readColumnHeader(rows);

describe('column headers read compositionally', () => {
  test.each([
    ['Budget helår', 'budget', 'fullYear'],
    ['Budget ack', 'budget', 'toDate'],
    ['Utfall ack.', 'actual', 'toDate'],
    ['Prognos helår', 'forecast', 'fullYear'],
    ['Budget-avvikelse', 'variance', undefined],
    ['Avvi- kelse', 'variance', undefined],
    ['Diff', 'difference', undefined],
    ['Förändring 2012/2013', 'change', undefined],
    ['Utfall jan-aug 2025', 'actual', 'toDate'],
    ['Budget t.o.m. okt', 'budget', 'toDate'],
    ['Utfall per 31 aug 2024', 'actual', 'toDate'],
    ['Bokslut 2019', 'actual', 'fullYear'],
    ['Delårsbokslut 2024', 'actual', 'toDate'],
    ['Utfall aug', 'actual', 'month'],
    ['Helårsprognos', 'forecast', 'fullYear'],
    ['Årsbudget 2025', 'budget', 'fullYear'],
    ['Avv. prognos/ budget', 'variance', undefined],
  ])('%s → %s, %s', (text, scenario, span) => {
    const x = readHeader(text);
    expect(x.scenario).toBe(scenario);
    expect(x.span).toBe(span);
  });

  test('months and years', () => {
    expect(f('Utfall jan–aug 2025').months).toEqual({ from: 1, to: 8 });
    expect(f('Budget t.o.m. okt').months).toEqual({ from: 1, to: 10 });
    expect(f('Utfall per 31 aug 2024').date).toBe('2024-08-31');
    expect(f('Förändring 2012/2013').years).toEqual([2012, 2013]);
    expect(f('Utfall jan-dec').span).toBe('fullYear');
  });

  test('a caption row over several columns lends its measure', () => {
    const rev = f('Intäkter', 'Budget');
    expect(rev).toMatchObject({ measure: 'revenue', scenario: 'budget' });
    expect(f('Kostnader', 'Utfall 2021')).toMatchObject({ measure: 'costs', scenario: 'actual', years: [2021] });
    expect(f('Nettokostnad 2021')).toMatchObject({ measure: 'net', years: [2021] });
    expect(f('U', 'Budget').measure).toBe('costs');
    expect(f('I', 'Budget').measure).toBe('revenue');
  });

  test('units and percentages', () => {
    expect(f('Belopp i mkr').unit).toBe('mnkr');
    expect(f('Mkr').unit).toBe('mnkr');
    expect(f('(tkr)').unit).toBe('tkr');
    expect(f('Förändring %').percent).toBe(true);
    expect(f('Andel').scenario).toBe('share');
  });

  test('descriptions never call a period a full year', () => {
    expect(spanText(f('Budget jan-aug'))).toBe('jan–aug');
    expect(describeFacets(f('Budget ack', '2024'))).toBe('budget ack. 2024');
    expect(describeFacets(f('Prognos helår 2024'))).toBe('prognos helår 2024');
  });
});
