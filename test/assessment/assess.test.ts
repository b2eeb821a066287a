import { assess, parseTarget, goal4, keyFigure2019, goal2019, projectionFactor, shortfallPercent, levelFor } from '../../src/assessment';
import type { Scale } from '../../src/assessment';

/** Level name, or the not-assessed code. */
function outcomeOf(target: string, outcome: number | null, scale: Scale, ctx?: { indicator?: string; goal?: string }): string {
  const a = assess(parseTarget(target, ctx), outcome, scale);
  return a.status === 'not-assessed' ? `(${a.code})` : a.level.name;
}

describe('sample key figures, 2024 interim report (goal4), worked by hand', () => {
  // shortfall = distance to the target / target.
  it.each([
    // (190 − 166) / 166 = 24 / 166 = 0.14458 → 14,5 % ≤ 25 % → Delvis uppfyllt.
    ['Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd', '<166', 190, 'Delvis uppfyllt', 24 / 166],
    // Bare 75 for a share = at least 75: 87 ≥ 75 → met.
    ['Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)', '75', 87, 'Helt uppfyllt', 0],
    // (20 − 8) / 20 = 60 % > 25 % → Ej uppfyllt (unprojected).
    ['Antal våldsutövare som får stöd, antal (#)', '>20', 8, 'Ej uppfyllt', 12 / 20],
    ['Aktualiserade personer avseende beroendeproblematik, antal (#)', '<315', 298, 'Helt uppfyllt', 0],
    ['Upplevt inflytande, andel positiva svar (%)', '>60', 66, 'Helt uppfyllt', 0],
    ['Upplevt bemötande, andel positiva svar (%)', '>75', 77, 'Helt uppfyllt', 0],
  ])('%s: %s / %d → %s', (indicator, target, outcome, level, shortfall) => {
    const a = assess(parseTarget(target, { indicator }), outcome, goal4);
    expect(a.status).toBe('assessed');
    if (a.status !== 'assessed') return;
    expect(a.level.name).toBe(level);
    expect(a.shortfallPercent).toBeCloseTo(shortfall * 100, 9);
  });

  it('writes the reason in Swedish with the printed figures', () => {
    const a = assess(parseTarget('<166'), 190, goal4);
    expect(a.reason).toBe('Utfall 190 mot målvärde <166: 14,5 % från målet → Delvis uppfyllt');
    const met = assess(parseTarget('75'), 87, goal4, { unit: 'percent' });
    expect(met.reason).toBe('Utfall 87 % mot målvärde minst 75 %: målet är nått → Helt uppfyllt');
  });
});

describe('sample key figures, 2019 annual report (keyFigure2019), worked by hand', () => {
  it.each([
    ['Genomförd informationskampanj kring våld i nära relationer och hedersrelaterat våld', '1', 2, 'Värde uppnått'],
    ['Upprättad kompetensförsörjningsstrategi', '1', 1, 'Värde uppnått'],
    ['Utökat antal tillfälliga boendeplatser', '6', 6, 'Värde uppnått'],
    ['Andel av förvaltningens medarbetare som har medarbetaröverenskommelser', '100 %', 100, 'Värde uppnått'],
    // (8 − 6) / 8 = 25 % exactly, ≤ 25 % → Nära värde, as the report says.
    ['Antal genomförda centrala brukarråd', '8', 6, 'Nära värde'],
    ['Andel överväganden/omprövningar som innehåller uppföljning av skolutveckling', '100 %', 100, 'Värde uppnått'],
    // "Se kommentar" is no target: not assessed (the printed "Ej acceptabelt värde" is the controller's).
    ['Kostnad för köpt vård', 'Se kommentar', 40711, '(unreadable-target)'],
  ])('%s: %s / %d → %s', (indicator, target, outcome, level) => {
    expect(outcomeOf(target, outcome, keyFigure2019, { indicator })).toBe(level);
  });
});

describe('thresholds and boundaries', () => {
  it.each([
    // scale, target, outcome, level
    [goal4, '>=100', 100, 'Helt uppfyllt'],
    [goal4, '>=100', 90, 'I hög grad uppfyllt'], // exactly 10 %
    [goal4, '>=100', 89.9, 'Delvis uppfyllt'], // 10,1 %
    [goal4, '>=100', 75, 'Delvis uppfyllt'], // exactly 25 %
    [goal4, '>=100', 74.9, 'Ej uppfyllt'], // 25,1 %
    [goal4, '<=100', 110, 'I hög grad uppfyllt'], // exactly 10 % above a ceiling
    [goal4, '<=100', 125, 'Delvis uppfyllt'], // exactly 25 %
    [goal4, '<=100', 125.1, 'Ej uppfyllt'],
    // Outcome equal to the target: met for ≤ and ≥, not met for < and > (shortfall 0 %).
    [goal4, '<=166', 166, 'Helt uppfyllt'],
    [goal4, '<166', 166, 'I hög grad uppfyllt'],
    [goal4, '>=75', 75, 'Helt uppfyllt'],
    [goal4, '>75', 75, 'I hög grad uppfyllt'],
    [goal4, '<166', 165, 'Helt uppfyllt'],
    [goal4, '=5', 5, 'Helt uppfyllt'],
    [goal4, '=5', 6, 'Delvis uppfyllt'], // 20 %
    [goal4, '=5', 4, 'Delvis uppfyllt'],
    [keyFigure2019, '>=8', 6, 'Nära värde'], // exactly 25 %
    [keyFigure2019, '>=8', 5.9, 'Ej accepterat värde'],
    [keyFigure2019, '<166', 166, 'Nära värde'], // strict tie: not met, 0 %
    [keyFigure2019, '<166', 190, 'Nära värde'], // 14,5 %
    [goal2019, '>=8', 7.99, 'Ej uppfyllt'],
    [goal2019, '>=8', 8, 'Helt uppfyllt'],
    [goal2019, '<8', 8, 'Ej uppfyllt'],
    // Ranges: distance to the nearest bound, relative to that bound.
    [goal4, '70–80', 70, 'Helt uppfyllt'],
    [goal4, '70–80', 80, 'Helt uppfyllt'],
    [goal4, '70–80', 63, 'I hög grad uppfyllt'], // 7/70 = 10 %
    [goal4, '70–80', 88, 'I hög grad uppfyllt'], // 8/80 = 10 %
    [goal4, '70–80', 100, 'Delvis uppfyllt'], // 20/80 = 25 %
    [goal4, '70–80', 100.1, 'Ej uppfyllt'],
  ] as [Scale, string, number, string][])('%#: %s %s / %d → %s', (scale, target, outcome, level) => {
    expect(outcomeOf(target, outcome, scale)).toBe(level);
  });

  it('says why a strict tie is not met', () => {
    expect(assess(parseTarget('<166'), 166, goal4).reason).toBe(
      'Utfall 166 mot målvärde <166: 0,0 % från målet (värdet är lika med gränsen, som inte ska nås) → I hög grad uppfyllt',
    );
  });

  it('uses per-level thresholds from the scale data', () => {
    const strict: Scale = { ...goal4, levels: goal4.levels.map((l) => (l.name === 'I hög grad uppfyllt' ? { ...l, maxShortfallPercent: 5 } : l)) };
    expect(outcomeOf('>=100', 93, strict)).toBe('Delvis uppfyllt');
    expect(outcomeOf('>=100', 95, strict)).toBe('I hög grad uppfyllt');
  });

  it('levelFor picks the tightest band that holds the shortfall', () => {
    expect(levelFor(goal4, false, 0)?.name).toBe('I hög grad uppfyllt');
    expect(levelFor(goal4, false, 10)?.name).toBe('I hög grad uppfyllt');
    expect(levelFor(goal4, false, 10.0001)?.name).toBe('Delvis uppfyllt');
    expect(levelFor(goal4, false, Infinity)?.name).toBe('Ej uppfyllt');
    expect(levelFor(goal4, true, 0)?.name).toBe('Helt uppfyllt');
  });
});

describe('target 0', () => {
  it.each([
    // A count: any miss is a full miss.
    ['0', 0, goal4, 'Helt uppfyllt'],
    ['0', 1, goal4, 'Ej uppfyllt'],
    ['<=0', 3, keyFigure2019, 'Ej accepterat värde'],
    // A share: the distance counts in percentage points of the whole scale.
    ['0 %', 2, goal4, 'I hög grad uppfyllt'],
    ['0 %', 20, goal4, 'Delvis uppfyllt'],
    ['0 %', 30, goal4, 'Ej uppfyllt'],
  ] as [string, number, Scale, string][])('%s / %d → %s', (target, outcome, scale, level) => {
    expect(outcomeOf(target, outcome, scale)).toBe(level);
  });

  it('computes the zero-target shortfall as documented', () => {
    expect(shortfallPercent(0, 0)).toBe(0);
    expect(shortfallPercent(1, 0)).toBe(Infinity);
    expect(shortfallPercent(2, 0, 'percent')).toBe(2);
    expect(assess(parseTarget('0'), 1, goal4).reason).toBe('Utfall 1 mot målvärde högst 0: målvärdet är 0, så varje avvikelse räknas som hel → Ej uppfyllt');
  });
});

describe('missing outcomes and targets', () => {
  it.each([
    ['<166', null, goal4, '(no-outcome)'],
    ['<166', null, goal2019, '(no-outcome)'],
    ['<166', null, keyFigure2019, 'Inget värde angivet'],
    ['<166', NaN, keyFigure2019, 'Inget värde angivet'],
    ['Se kommentar', null, keyFigure2019, '(unreadable-target)'],
    ['', 5, goal4, '(unreadable-target)'],
    ['-', 5, keyFigure2019, '(unreadable-target)'],
  ] as [string, number | null, Scale, string][])('%j / %s on %s → %s', (target, outcome, scale, level) => {
    expect(outcomeOf(target, outcome, scale)).toBe(level);
  });
});

describe('previous-year targets', () => {
  it.each([
    // (40 711 − 38 707) / 38 707 = 5,18 % ≤ 10 % → I hög grad uppfyllt.
    ['lägre än föregående år', 40711, 38707, 'I hög grad uppfyllt'],
    ['lägre än föregående år', 30000, 38707, 'Helt uppfyllt'],
    ['lägre än föregående år', 38707, 38707, 'I hög grad uppfyllt'], // equal is not lower
    ['högre än föregående år', 70, 87, 'Delvis uppfyllt'], // 17/87 = 19,5 %
  ] as [string, number, number, string][])('%s: %d vs %d', (target, outcome, previous, level) => {
    const a = assess(parseTarget(target), outcome, goal4, { previous: { value: previous, label: 'utfall 2018' } });
    expect(a.status === 'assessed' && a.level.name).toBe(level);
  });

  it('names the previous outcome in the reason', () => {
    const a = assess(parseTarget('lägre än föregående år'), 40711, goal4, { previous: { value: 38707, label: 'utfall 2018' } });
    expect(a.reason).toBe('Utfall 40 711 mot utfall 2018 38 707 (målet: lägre än föregående år): 5,2 % från målet → I hög grad uppfyllt');
  });

  it('is not assessed without a previous outcome', () => {
    const a = assess(parseTarget('lägre än föregående år'), 5, goal4, { previous: null });
    expect(a).toMatchObject({ status: 'not-assessed', code: 'no-previous-outcome' });
  });
});

describe('cumulative projection', () => {
  it('projects 8 by 31 Aug 2024 to 12 by 31 Dec (366/244 days)', () => {
    const f = projectionFactor('2024-08-31', '2024-12-31');
    expect(f).toBeCloseTo(1.5, 12);
    const a = assess(parseTarget('>20'), 8, goal4, { projection: { factor: f as number, fromLabel: 'per 31 aug', toLabel: 'per 31 dec' } });
    expect(a.status === 'assessed' && a.compared).toBeCloseTo(12, 9);
    // (20 − 12) / 20 = 40 % → still Ej uppfyllt.
    expect(a.status === 'assessed' && a.level.name).toBe('Ej uppfyllt');
    expect(a.reason).toBe('Utfall 8 per 31 aug, framskrivet till 12 per 31 dec, mot målvärde >20: 40,0 % från målet → Ej uppfyllt');
  });

  it('can turn a count under a ceiling into a miss', () => {
    // 298 by 31 Aug → 447 by 31 Dec against <315: (447 − 315) / 315 = 41,9 %.
    const f = projectionFactor('2024-08-31', '2024-12-31') as number;
    const a = assess(parseTarget('<315'), 298, goal4, { projection: { factor: f, fromLabel: 'per 31 aug', toLabel: 'per 31 dec' } });
    expect(a.status === 'assessed' && a.level.name).toBe('Ej uppfyllt');
  });

  it.each([
    ['2024-12-31', '2024-12-31'],
    ['2024-08-31', '2025-12-31'],
    ['2024-08-31', 'okänt'],
    ['2024-12-31', '2024-08-31'],
  ])('gives no factor for %s → %s', (cutoff, target) => {
    expect(projectionFactor(cutoff, target)).toBeUndefined();
  });

  it('uses the calendar of a non-leap year', () => {
    // 2023: 31 Aug is day 243, 31 Dec day 365.
    expect(projectionFactor('2023-08-31', '2023-12-31')).toBeCloseTo(365 / 243, 12);
  });
});
