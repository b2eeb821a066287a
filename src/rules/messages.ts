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

/** Fill a template; an unfilled placeholder stays visible rather than vanishing. */
export function renderMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (data[name] === undefined ? whole : String(data[name])));
}
