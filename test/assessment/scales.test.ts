import {
  BUILTIN_SCALES,
  COLOURS,
  goal4,
  keyFigure2019,
  goal2019,
  internalControl,
  recognizeLevel,
  levelByFill,
  parseCustomScales,
  detectScale,
  withThresholds,
  suggestGoal,
  assess,
  parseTarget,
} from '../../src/assessment';
import type { Scale } from '../../src/assessment';

describe('built-in scales as data', () => {
  it.each([
    [goal4, ['Ej uppfyllt', 'Delvis uppfyllt', 'I hög grad uppfyllt', 'Helt uppfyllt'], [COLOURS.red, COLOURS.yellow, COLOURS.lightGreen, COLOURS.green]],
    [keyFigure2019, ['Ej accepterat värde', 'Nära värde', 'Värde uppnått', 'Inget värde angivet'], [COLOURS.red, COLOURS.yellow, COLOURS.green, COLOURS.grey]],
    [goal2019, ['Ej uppfyllt', 'Helt uppfyllt'], [COLOURS.red, COLOURS.green]],
    [internalControl, ['Med anmärkning', 'Utan anmärkning'], [COLOURS.yellow, COLOURS.green]],
  ] as [Scale, string[], string[]][])('%s: levels worst first with signal colours', (scale, names, fills) => {
    expect(scale.levels.map((l) => l.name)).toEqual(names);
    expect(scale.levels.map((l) => l.fill)).toEqual(fills);
  });

  it('has unique ids and exactly one met level per scale', () => {
    expect(new Set(BUILTIN_SCALES.map((s) => s.id)).size).toBe(BUILTIN_SCALES.length);
    for (const s of BUILTIN_SCALES) expect(s.levels.filter((l) => l.met)).toHaveLength(1);
  });
});

describe('recognizeLevel', () => {
  it.each([
    [keyFigure2019, 'Värde uppnått', 'Värde uppnått'],
    [keyFigure2019, 'Värde\nuppnått', 'Värde uppnått'],
    [keyFigure2019, '  Nära värde ', 'Nära värde'],
    [keyFigure2019, 'Ej accepterat värde', 'Ej accepterat värde'],
    // The 2019 report prints the variant "Ej acceptabelt värde" for köpt vård.
    [keyFigure2019, 'Ej \nacceptabelt värde', 'Ej accepterat värde'],
    [keyFigure2019, 'Inget värde angivet', 'Inget värde angivet'],
    [goal4, 'i hög grad uppfyllt', 'I hög grad uppfyllt'],
    [goal4, 'Helt uppfyllt.', 'Helt uppfyllt'],
    [goal2019, ' Helt uppfyllt', 'Helt uppfyllt'],
    [internalControl, 'Kontrollen är genomförd utan anmärkning/med försumbar anmärkning', 'Utan anmärkning'],
    [internalControl, 'Kontrollen är genomförd utan anmärkning / med försumbar anmärkning', 'Utan anmärkning'],
    [internalControl, 'Kontrollen är genomförd med anmärkning', 'Med anmärkning'],
    [internalControl, 'Med försumbar anmärkning', 'Utan anmärkning'],
  ] as [Scale, string, string][])('%s: %j → %s', (scale, text, name) => {
    expect(recognizeLevel(scale, text)?.name).toBe(name);
  });

  it.each([
    [keyFigure2019, 'Helt uppfyllt'],
    [goal4, 'Värde uppnått'],
    [goal4, ''],
    [goal4, null],
    [goal4, 'Målet är helt uppfyllt enligt ovan'],
  ] as [Scale, string | null][])('%s does not know %j', (scale, text) => {
    expect(recognizeLevel(scale, text)).toBeUndefined();
  });

  it('recognises a level by its fill (colour-only goal cells)', () => {
    expect(levelByFill(goal4, '92D050')?.name).toBe('I hög grad uppfyllt');
    expect(levelByFill(goal4, 'FF00B050')?.name).toBe('Helt uppfyllt');
    expect(levelByFill(goal4, 'ABCDEF')).toBeUndefined();
    expect(levelByFill(goal4, undefined)).toBeUndefined();
  });
});

describe("a board's own scale", () => {
  const saved = [
    {
      id: 'tre-nivaer',
      name: 'Röd–gul–grön',
      levels: [
        { name: 'Röd', fill: 'C00000' },
        { name: 'Gul', fill: '#FFC000', maxShortfallPercent: 15 },
        { name: 'Grön', fill: '00B050', met: true, aliases: ['Gröna'] },
      ],
    },
  ];

  it('is read from the saved settings and assesses with its own thresholds', () => {
    const { scales, problems } = parseCustomScales(saved);
    expect(problems).toEqual([]);
    const [own] = scales;
    expect(own).toMatchObject({ id: 'tre-nivaer', custom: true, uses: ['indicator', 'goal'] });
    expect(own.levels[1]).toEqual({ name: 'Gul', fill: 'FFC000', maxShortfallPercent: 15 });
    const level = (o: number) => {
      const a = assess(parseTarget('>=100'), o, own);
      return a.status === 'assessed' ? a.level.name : a.status;
    };
    expect(level(100)).toBe('Grön');
    expect(level(85)).toBe('Gul'); // 15 % exactly
    expect(level(84)).toBe('Röd');
    expect(recognizeLevel(own, 'gröna')?.name).toBe('Grön');
  });

  it.each([
    ['not an object', ['x'], 'inte ett objekt'],
    ['no id', [{ name: 'x', levels: [] }], 'id saknas'],
    ['a built-in id', [{ id: 'goal4', levels: [{ name: 'a' }, { name: 'b' }] }], 'upptaget'],
    ['one level', [{ id: 'x', levels: [{ name: 'a' }] }], 'minst två nivåer'],
    ['a bad colour', [{ id: 'x', levels: [{ name: 'a', fill: 'red' }, { name: 'b' }] }], 'ogiltig färg'],
    ['a bad threshold', [{ id: 'x', levels: [{ name: 'a', maxShortfallPercent: -1 }, { name: 'b' }] }], 'ogiltigt gränsvärde'],
    ['two met levels', [{ id: 'x', levels: [{ name: 'a', met: true }, { name: 'b', met: true }] }], 'högst en nivå'],
    ['a nameless level', [{ id: 'x', levels: [{ fill: '00B050' }, { name: 'b' }] }], 'saknar namn'],
  ])('rejects %s, whole', (_what, entry, problem) => {
    const { scales, problems } = parseCustomScales(entry);
    expect(scales).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].problem).toContain(problem);
  });

  it('applies threshold overrides by level name, never to the met or no-value level', () => {
    const s = withThresholds(goal4, { 'i hög grad uppfyllt': 5, 'Helt uppfyllt': 50, 'Okänd': 1 });
    expect(s.levels.map((l) => l.maxShortfallPercent)).toEqual([undefined, 25, 5, undefined]);
    expect(goal4.levels[2].maxShortfallPercent).toBe(10);
  });
});

describe('detectScale', () => {
  const all = BUILTIN_SCALES;
  it.each([
    // cells, legend, use → scale id (or none)
    [['Värde uppnått', 'Nära värde', 'Ej acceptabelt värde'], [], 'indicator', 'keyFigure2019'],
    [['Helt uppfyllt', 'Ej uppfyllt'], [], 'goal', 'goal2019'],
    [['Helt uppfyllt', 'Ej uppfyllt'], ['Ej uppfyllt | Delvis uppfyllt | I hög grad uppfyllt  | Helt uppfyllt'], 'goal', 'goal4'],
    [['Delvis uppfyllt'], [], 'goal', 'goal4'],
    [[], ['Ej uppfyllt | Delvis uppfyllt | I hög grad uppfyllt  | Helt uppfyllt'], 'indicator', 'goal4'],
    [[], ['Helt uppfyllt Värde uppnått', 'Ej uppfyllt Nära värde', 'Ej accepterat värde', 'Inget värde angivet'], 'indicator', 'keyFigure2019'],
    [[], ['Helt uppfyllt Värde uppnått', 'Ej uppfyllt Nära värde', 'Ej accepterat värde', 'Inget värde angivet'], 'goal', 'goal2019'],
    // One stray phrase in prose is no legend.
    [[], ['Målet är ej uppfyllt under året'], 'goal', undefined],
    [[], [], 'indicator', undefined],
    // Internal-control wording never picks a goal or key-figure scale.
    [['Kontrollen är genomförd med anmärkning'], [], 'indicator', undefined],
  ] as [string[], string[], 'indicator' | 'goal', string | undefined][])('%j + legend %j for %s → %s', (cells, legend, use, id) => {
    expect(detectScale(all, use, cells, legend)?.scale.id).toBe(id);
  });

  it('lets a custom scale win when the cells use its words', () => {
    const { scales } = parseCustomScales([{ id: 'egen', name: 'Egen', levels: [{ name: 'Rött' }, { name: 'Grönt', met: true }] }]);
    expect(detectScale([...all, ...scales], 'indicator', ['Grönt', 'Rött'], [])?.scale.id).toBe('egen');
  });
});

describe('suggestGoal', () => {
  const lv = (scale: Scale, name: string) => ({ scale, level: scale.levels.find((l) => l.name === name)! });
  it.each([
    // 2024 goal 1: Delvis + Helt → mean rank (1 + 3) / 2 = 2 → I hög grad uppfyllt.
    ['average', [lv(goal4, 'Delvis uppfyllt'), lv(goal4, 'Helt uppfyllt')], goal4, 'I hög grad uppfyllt'],
    ['worst', [lv(goal4, 'Delvis uppfyllt'), lv(goal4, 'Helt uppfyllt')], goal4, 'Delvis uppfyllt'],
    ['allMet', [lv(goal4, 'Delvis uppfyllt'), lv(goal4, 'Helt uppfyllt')], goal4, 'Ej uppfyllt'],
    ['allMet', [lv(goal4, 'Helt uppfyllt'), lv(goal4, 'Helt uppfyllt')], goal4, 'Helt uppfyllt'],
    ['average', [lv(goal4, 'Helt uppfyllt'), lv(goal4, 'Helt uppfyllt')], goal4, 'Helt uppfyllt'],
    // Ej (0) + I hög grad (2) → 1 → Delvis.
    ['average', [lv(goal4, 'Ej uppfyllt'), lv(goal4, 'I hög grad uppfyllt')], goal4, 'Delvis uppfyllt'],
    // Ej (0) + Delvis (1) → 0,5: a tie rounds down.
    ['average', [lv(goal4, 'Ej uppfyllt'), lv(goal4, 'Delvis uppfyllt')], goal4, 'Ej uppfyllt'],
    // 2019: Nära värde alone → half-way on the two-level goal scale → Ej uppfyllt (as printed).
    ['average', [lv(keyFigure2019, 'Nära värde')], goal2019, 'Ej uppfyllt'],
    ['average', [lv(keyFigure2019, 'Värde uppnått')], goal2019, 'Helt uppfyllt'],
    ['worst', [lv(keyFigure2019, 'Värde uppnått'), lv(keyFigure2019, 'Nära värde')], goal2019, 'Ej uppfyllt'],
    // Three-level key figures onto four-level goals: Nära värde is 0,5 → 1,5 → rounds down to Delvis.
    ['average', [lv(keyFigure2019, 'Nära värde')], goal4, 'Delvis uppfyllt'],
  ] as ['worst' | 'average' | 'allMet', { scale: Scale; level: Scale['levels'][number] }[], Scale, string][])(
    '%s of %j',
    (rule, rated, scale, name) => {
      expect(suggestGoal(rated, scale, rule)?.level.name).toBe(name);
    },
  );

  it('ignores the no-value level and gives nothing without ranked levels', () => {
    expect(suggestGoal([lv(keyFigure2019, 'Inget värde angivet')], goal2019)).toBeUndefined();
    expect(suggestGoal([], goal4)).toBeUndefined();
  });

  it('explains itself', () => {
    expect(suggestGoal([lv(goal4, 'Delvis uppfyllt'), lv(goal4, 'Helt uppfyllt')], goal4)?.reason).toBe(
      'Medel av 2 nyckeltal (Delvis uppfyllt, Helt uppfyllt) → I hög grad uppfyllt',
    );
  });
});
