/** A small argument parser: the CLI needs few options and no dependency for them. */

/** Bad arguments: a Swedish message, and the English one for --lang en. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly messageEn?: string;

  constructor(message: string, messageEn?: string) {
    super(message);
    this.messageEn = messageEn;
  }
}

export interface ParsedArgs {
  command?: string;
  positionals: string[];
  options: Record<string, string | true>;
}

const WITH_VALUE = new Set(['format', 'mapping', 'o', 'output', 'lang', 'scale', 'goal-scale', 'goal-rule', 'synonyms']);
const ALIASES: Record<string, string> = { o: 'output', h: 'help', v: 'version', f: 'format' };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const m = /^--?([A-Za-z][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!m || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const name = ALIASES[m[1]] ?? m[1];
    if (m[2] !== undefined) options[name] = m[2];
    else if (WITH_VALUE.has(m[1]) || WITH_VALUE.has(name)) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) throw new UsageError(`Flaggan --${m[1]} behöver ett värde.`, `The option --${m[1]} needs a value.`);
      options[name] = next;
      i++;
    } else options[name] = true;
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, options };
}
