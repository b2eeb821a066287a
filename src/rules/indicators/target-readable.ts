import type { Rule } from '../types';
import { indicatorsOf, shortName, targetOf } from './shared';

/**
 * A key figure needs a target the tool can read ("<166", ">75", "100 %") to be assessed.
 * "Se kommentar" is a deliberate choice (info); an empty or garbled target is a warning.
 */
const rule: Rule = {
  meta: {
    id: 'indicators/target-readable',
    type: 'suggestion',
    docs: {
      description: {
        sv: 'Varje nyckeltal ska ha ett målvärde som går att läsa (t.ex. "<166", ">75", "100 %"); annars kan det inte bedömas automatiskt.',
        en: 'Every key figure has a readable target (e.g. "<166", ">75", "100 %"); otherwise it cannot be assessed automatically.',
      },
    },
    severity: 'warning',
    schema: {},
    defaultOptions: {},
    messages: {
      missing: {
        sv: 'Nyckeltalet "{{indicator}}" saknar målvärde.',
        en: 'The key figure "{{indicator}}" has no target.',
      },
      unreadable: {
        sv: 'Målvärdet "{{target}}" för "{{indicator}}" går inte att läsa som ett mål (t.ex. "<166", ">75", "100 %").',
        en: 'The target "{{target}}" of "{{indicator}}" cannot be read as a target (e.g. "<166", ">75", "100 %").',
      },
      seeComment: {
        sv: 'Målet för "{{indicator}}" är "{{target}}" – det bedöms manuellt.',
        en: 'The target of "{{indicator}}" is "{{target}}" – assessed by hand.',
      },
    },
  },
  check(ctx) {
    for (const { goal, indicator } of indicatorsOf(ctx.model)) {
      const name = shortName(indicator);
      const text = indicator.target?.text?.trim() ?? '';
      const ref = indicator.target?.ref ?? indicator.name.ref;
      if (!text || /^[-–—.…]*$/.test(text)) {
        ctx.report({ messageId: 'missing', ref, data: { indicator: name } });
        continue;
      }
      const target = targetOf(indicator, goal.title.text);
      if (target.kind !== 'unreadable') continue;
      const deliberate = /\b(se|enligt)\s+(kommentar|text|nedan|ovan)\b|\bej\s+aktuell/i.test(text);
      ctx.report({
        messageId: deliberate ? 'seeComment' : 'unreadable',
        severity: deliberate ? 'info' : undefined,
        ref,
        data: { indicator: name, target: text },
        actual: text,
      });
    }
  },
};

export default rule;
