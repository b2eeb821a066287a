/**
 * What an assessment (Bedömning) says, read from its text and, when the cell only holds a
 * signal colour (the 2024 report prints coloured dots), from its fill.
 */

export type AssessmentClass = 'met' | 'largely' | 'partly' | 'near' | 'notMet' | 'noValue' | 'none';

const TEXT_CLASSES: [RegExp, AssessmentClass][] = [
  [/inget värde|saknar värde|värde saknas/i, 'noValue'],
  [/\bej\b|\binte\b|ej accept|oacceptab/i, 'notMet'],
  [/i hög grad/i, 'largely'],
  [/delvis/i, 'partly'],
  [/nära/i, 'near'],
  [/helt uppfyll|värde uppnått|uppnått|uppfyllt|uppfylld/i, 'met'],
];

/** Hue-based reading of a signal fill: red, yellow/orange or green. */
export function fillSignal(fill: string | undefined): 'red' | 'yellow' | 'green' | null {
  if (!fill || !/^[0-9A-Fa-f]{6}$/.test(fill)) return null;
  const r = parseInt(fill.slice(0, 2), 16) / 255;
  const g = parseInt(fill.slice(2, 4), 16) / 255;
  const b = parseInt(fill.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  // Greys and near-whites carry no signal.
  if (max - min < 0.2) return null;
  let hue: number;
  if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
  else hue = 60 * ((r - g) / (max - min)) + 240;
  if (hue < 20 || hue >= 330) return 'red';
  if (hue < 65) return 'yellow';
  if (hue < 170) return 'green';
  return null;
}

export function classifyAssessment(a: { text: string | null; fill?: string } | undefined): AssessmentClass {
  if (!a) return 'none';
  const text = a.text?.trim() ?? '';
  if (text) {
    for (const [re, cls] of TEXT_CLASSES) if (re.test(text)) return cls;
  }
  switch (fillSignal(a.fill)) {
    case 'green':
      return 'met';
    case 'yellow':
      return 'partly';
    case 'red':
      return 'notMet';
    default:
      return 'none';
  }
}

/** Internal control: carried out without (or with negligible) remarks, with remarks, or not assessed. */
export type ControlClass = 'ok' | 'remark' | 'none';

export function classifyControl(a: { text: string | null; fill?: string } | undefined): ControlClass {
  if (!a) return 'none';
  const text = a.text?.trim() ?? '';
  if (text) {
    if (/utan anmärkning|försumbar/i.test(text)) return 'ok';
    if (/anmärkning|ej genomförd|inte genomförd|brist/i.test(text)) return 'remark';
    if (/^(ok|grön|genomförd)$/i.test(text)) return 'ok';
    if (/^(gul|röd)$/i.test(text)) return 'remark';
  }
  const signal = fillSignal(a.fill);
  if (signal === 'green') return 'ok';
  if (signal === 'yellow' || signal === 'red') return 'remark';
  return 'none';
}
