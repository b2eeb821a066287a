import type { Rule } from '../types';
import { formatNumber } from '../format';
import { hasValue } from '../tables';
import { indicatorsOf, shortName, targetOf } from './shared';

/**
 * A percentage target needs a percentage outcome: "100 %" against 6 (a count) or 150 (no
 * share can be) is a mix-up; a count target against "97 %" too.
 */
const rule: Rule = {
  meta: {
    id: 'indicators/outcome-type',
    type: 'problem',
    docs: {
      description: {
        sv: 'Utfallets typ ska stämma med målets: ett procentmål kräver en andel (0–100 %), ett antalsmål ett antal.',
        en: 'The outcome’s type matches the target’s: a percentage target needs a share (0–100 %), a count target a count.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      percentTargetCountOutcome: {
        sv: 'Målet för "{{indicator}}" är en andel ({{target}}) men utfallet {{outcome}} ser ut som ett antal.',
        en: 'The target of "{{indicator}}" is a share ({{target}}) but the outcome {{outcome}} looks like a count.',
      },
      countTargetPercentOutcome: {
        sv: 'Målet för "{{indicator}}" är ett antal ({{target}}) men utfallet {{outcome}} är en procentsats.',
        en: 'The target of "{{indicator}}" is a count ({{target}}) but the outcome {{outcome}} is a percentage.',
      },
    },
  },
  check(ctx) {
    for (const { goal, indicator } of indicatorsOf(ctx.model)) {
      const o = indicator.outcome;
      if (!hasValue(o)) continue;
      const target = targetOf(indicator, goal.title.text);
      if (target.kind !== 'compare' && target.kind !== 'range') continue;
      const targetText = indicator.target?.text.trim() ?? '';
      const name = shortName(indicator);
      const nameUnit = indicator.unit ?? (/\(%\)|andel/i.test(indicator.name.text) ? 'percent' : /\(#\)|\bantal\b/i.test(indicator.name.text) ? 'count' : undefined);
      const targetPercent = target.unit === 'percent' || (target.unit === undefined && nameUnit === 'percent');
      const targetCount = target.unit === 'count' || (target.unit === undefined && nameUnit === 'count');
      const outcomeText = o.raw ?? formatNumber(o.value, o.decimals);
      const fraction = !o.percent && o.value <= 1 && o.value >= 0 && targetPercent && (target.kind === 'compare' ? target.value > 1 : target.max > 1);
      if (targetPercent && !o.percent && !fraction && (o.value > 100 || o.value < 0 || indicator.unit === 'count')) {
        ctx.report({ messageId: 'percentTargetCountOutcome', ref: o.ref, data: { indicator: name, target: targetText, outcome: outcomeText }, actual: o.value });
      } else if (targetCount && o.percent) {
        ctx.report({ messageId: 'countTargetPercentOutcome', ref: o.ref, data: { indicator: name, target: targetText, outcome: outcomeText }, actual: o.value });
      }
    }
  },
};

export default rule;
