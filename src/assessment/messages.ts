import type { Finding, Severity } from '../model/finding';

/**
 * The fill's findings, ESLint-style: each rule's wording lives once here, findings carry a
 * messageId plus data, and tests assert ids and data.
 */

interface RuleMeta {
  severity: Severity;
  messages: Record<string, { sv: string; en: string }>;
}

export const ASSESSMENT_RULES = {
  'assessment/unreadable-target': {
    severity: 'info',
    messages: {
      unreadable: {
        sv: 'Målvärdet "{target}" för "{indicator}" är inte ett maskinläsbart mål – ingen bedömning görs, cellen lämnas som den är.',
        en: 'The target "{target}" of "{indicator}" is not machine-readable – not assessed, the cell is left as it is.',
      },
      missing: {
        sv: '"{indicator}" saknar målvärde – ingen bedömning görs.',
        en: '"{indicator}" has no target – not assessed.',
      },
    },
  },
  'assessment/no-outcome': {
    severity: 'info',
    messages: {
      missing: {
        sv: 'Utfall saknas för "{indicator}" – ingen bedömning görs.',
        en: 'No outcome for "{indicator}" – not assessed.',
      },
      uncalculated: {
        sv: 'Utfallet för "{indicator}" är en formel utan sparat värde – arbetsboken är inte omräknad; öppna och spara den i Excel. Ingen bedömning görs.',
        en: 'The outcome of "{indicator}" is a formula without a saved value – the workbook has not been recalculated; open and save it in Excel. Not assessed.',
      },
      unreadable: {
        sv: 'Utfallet "{raw}" för "{indicator}" är inte ett tal – ingen bedömning görs.',
        en: 'The outcome "{raw}" of "{indicator}" is not a number – not assessed.',
      },
    },
  },
  'assessment/no-previous-outcome': {
    severity: 'info',
    messages: {
      missing: {
        sv: 'Målet "{target}" för "{indicator}" jämför med ett tidigare utfall, men raden har inget – ingen bedömning görs.',
        en: 'The target "{target}" of "{indicator}" compares with a previous outcome, but the row has none – not assessed.',
      },
    },
  },
  'assessment/assumed-direction': {
    severity: 'info',
    messages: {
      lower: {
        sv: 'Målvärdet "{target}" för "{indicator}" saknar jämförelsetecken och tolkas som högst {value}, eftersom texten säger "{word}". Skriv "<" eller ">" i målet om det ska läsas annorlunda.',
        en: 'The target "{target}" of "{indicator}" has no operator and is read as at most {value}, because the text says "{word}". Write "<" or ">" in the target to change this.',
      },
    },
  },
  'assessment/cumulative': {
    severity: 'info',
    messages: {
      notProjected: {
        sv: '"{indicator}" är ackumulerat och bedöms mot helårsmålet utan framskrivning (framskrivning är avstängd i inställningarna).',
        en: '"{indicator}" is cumulative and is assessed against the full-year target without projection (projection is off).',
      },
      noDate: {
        sv: '"{indicator}" är ackumulerat men kan inte skrivas fram: rapportens brytdag eller målets datum saknas.',
        en: '"{indicator}" is cumulative but cannot be projected: the cutoff or target date is unknown.',
      },
    },
  },
  'assessment/hand-value-differs': {
    severity: 'info',
    messages: {
      indicator: {
        sv: 'Bedömningen "{kept}" för "{indicator}" är satt för hand och behålls; verktygets förslag är "{suggested}" ({reason}).',
        en: 'The assessment "{kept}" of "{indicator}" was set by hand and is kept; the suggestion is "{suggested}" ({reason}).',
      },
      goal: {
        sv: 'Målets bedömning "{kept}" för "{indicator}" är satt för hand och behålls; förslaget utifrån nyckeltalen är "{suggested}" ({reason}).',
        en: 'The goal assessment "{kept}" of "{indicator}" was set by hand and is kept; the key figures suggest "{suggested}" ({reason}).',
      },
    },
  },
  'assessment/scale': {
    severity: 'info',
    messages: {
      defaultScale: {
        sv: 'Arbetsboken visar ingen bedömningsskala (ingen förklaring, inga ifyllda bedömningar) – standardskalan "{scale}" används. Välj nämndens skala under Bedömningar om den är en annan.',
        en: 'The workbook shows no assessment scale (no legend, no assessments filled in) – the default scale "{scale}" is used. Choose the board\'s scale under Assessments if it differs.',
      },
      undetermined: {
        sv: 'Nämndens egen skala kan inte läsas ({problem}) – inga bedömningar fylls i för {use}. Välj skala under Bedömningar.',
        en: 'The board\'s own scale cannot be read ({problem}) – no assessments are filled in for {use}. Choose a scale under Assessments.',
      },
      defaultThresholds: {
        sv: 'Förklaringen i {where} anger nivåerna men inga gränser – standardgränserna används ({rules}). Ändra dem under Bedömningar.',
        en: 'The legend in {where} names the levels but no limits – the default limits are used ({rules}). Change them under Assessments.',
      },
    },
  },
  'assessment/fraction-outcome': {
    severity: 'warning',
    messages: {
      suspect: {
        sv: 'Utfallet {value} för "{indicator}" ser ut som en andel, men målet är {target} och cellen är inte formaterad som procent – ingen bedömning görs.',
        en: 'The outcome {value} of "{indicator}" looks like a fraction, but the target is {target} and the cell is not formatted as percent – not assessed.',
      },
    },
  },
  'assessment/goal-rule': {
    severity: 'info',
    messages: {
      notChosen: {
        sv: 'Målens samlade bedömning i skalan "{scale}" kräver en vald regel (sämsta, medel eller alla uppnådda) – målraderna lämnas tomma. Välj regel under Bedömningar.',
        en: 'Goal-level assessments on the scale "{scale}" need a chosen rule (worst, average or all met) – goal rows are left empty. Choose a rule under Assessments.',
      },
    },
  },
  'assessment/between-levels': {
    severity: 'info',
    messages: {
      between: {
        sv: '"{indicator}": {reason} – ingen bedömning görs.',
        en: '"{indicator}": {reason} – not assessed.',
      },
    },
  },
  'assessment/settings': {
    severity: 'warning',
    messages: {
      badCustomScale: {
        sv: 'Egen skala nr {index} i inställningarna kan inte användas: {problem}.',
        en: 'Custom scale no. {index} in the settings cannot be used: {problem}.',
      },
      unknownScale: {
        sv: 'Skalan "{scale}" finns inte – skalan väljs i stället utifrån arbetsboken.',
        en: 'The scale "{scale}" does not exist – the scale is chosen from the workbook instead.',
      },
      unusableScale: {
        sv: 'Skalan "{scale}" kan inte användas för {use} – skalan väljs i stället utifrån arbetsboken.',
        en: 'The scale "{scale}" cannot be used for {use} – the scale is chosen from the workbook instead.',
      },
      unknownGoalRule: {
        sv: 'Regeln "{rule}" för målbedömning finns inte – "average" används.',
        en: 'The goal rule "{rule}" does not exist – "average" is used.',
      },
    },
  },
} as const satisfies Record<string, RuleMeta>;

export type AssessmentRuleId = keyof typeof ASSESSMENT_RULES;

function render(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function makeFinding<R extends AssessmentRuleId>(
  rule: R,
  messageId: keyof (typeof ASSESSMENT_RULES)[R]['messages'] & string,
  at: { sheet: string; cell: string },
  data: Record<string, string | number>,
  extra: Partial<Pick<Finding, 'expected' | 'actual' | 'related'>> = {},
): Finding {
  const meta: RuleMeta = ASSESSMENT_RULES[rule];
  const msg = meta.messages[messageId];
  return {
    rule,
    severity: meta.severity,
    sheet: at.sheet,
    cell: at.cell,
    messageId,
    data,
    message: render(msg.sv, data),
    messageEn: render(msg.en, data),
    ...extra,
  };
}
