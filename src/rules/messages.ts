import type { MessageTemplate } from './types';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Placeholder names a template uses, in order of first appearance. */
export function placeholders(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

/** Names a template uses that `data` does not fill. */
export function missingPlaceholders(template: MessageTemplate, data: Record<string, unknown>): string[] {
  const names = [...placeholders(template.sv), ...placeholders(template.en)];
  return [...new Set(names)].filter((n) => data[n] === undefined || data[n] === null);
}

/**
 * A template split at its placeholders: texts[0], then per placeholder its name, its text as
 * written ("{{ label }}", shown when data lacks it) and the text after it.
 */
interface CompiledTemplate {
  texts: string[];
  names: string[];
  wholes: string[];
}

function compile(template: string): CompiledTemplate {
  const out: CompiledTemplate = { texts: [], names: [], wholes: [] };
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    out.texts.push(template.slice(last, m.index));
    out.names.push(m[1]);
    out.wholes.push(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  out.texts.push(template.slice(last));
  return out;
}

/** The rules' templates are few and short: each is split once per process, not once per finding. */
const compiled = new Map<string, CompiledTemplate>();

/** Fill a template; an unfilled placeholder stays visible rather than vanishing. */
export function renderMessage(template: string, data: Record<string, string | number>): string {
  let c = compiled.get(template);
  if (!c) {
    c = compile(template);
    if (template.length <= 1000) {
      if (compiled.size > 2000) compiled.clear();
      compiled.set(template, c);
    }
  }
  let out = c.texts[0];
  for (let i = 0; i < c.names.length; i++) {
    const value = data[c.names[i]];
    out += value === undefined ? c.wholes[i] : String(value);
    out += c.texts[i + 1];
  }
  return out;
}
