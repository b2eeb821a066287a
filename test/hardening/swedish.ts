/**
 * "One clear Swedish line": a single line, no stack frame, no English or internal text (error
 * codes, exception names, programming values), and recognisably Swedish.
 */

const ENGLISH = /\b(the|is|not|does|cannot|could|was|were|error|permission|denied|no such|directory|undefined|null|NaN|unexpected|TypeError|RangeError|ENOENT|EISDIR|EACCES|ENOTDIR|EPERM|EEXIST|errno|syscall|stack)\b/i;
const SWEDISH = /[åäöÅÄÖ]|\b(inte|finns|och|kan|har|ska|eller|ange|med|välj)\b/;
const STACK = /\bat .*:\d+:\d+|\n\s+at /;

export function swedishLineProblems(text: string): string[] {
  const line = text.replace(/\n$/, '');
  const out: string[] = [];
  if (line.includes('\n')) out.push(`more than one line: ${JSON.stringify(text)}`);
  if (STACK.test(text)) out.push(`stack trace: ${text}`);
  const english = ENGLISH.exec(line.replace(/\/[^\s]*/g, '')); // paths may hold any word
  if (english) out.push(`English or internal text "${english[0]}": ${line}`);
  if (!SWEDISH.test(line)) out.push(`not Swedish: ${line}`);
  if (/oväntat fel/.test(line)) out.push(`a known cause shown as an unexpected error: ${line}`);
  return out;
}

export function expectOneSwedishLine(text: string): void {
  expect(swedishLineProblems(text)).toEqual([]);
}
