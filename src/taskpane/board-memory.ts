import { mergeWords, type BoardWords } from './board-words';

/**
 * The board's own words remembered on this computer, by board name, besides the copy saved in
 * the workbook: the board's next workbook — a new file without the state sheet — maps by itself
 * too. Kept in the pane's localStorage (per origin, this computer only); when storage is
 * blocked (some Office webviews) nothing is remembered and nothing fails.
 */

const KEY = 'namndrapport.boardWords.v1';

function readAll(storage: Storage | undefined): Record<string, unknown> {
  try {
    const raw = storage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function storageOf(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

export function rememberedWords(board: string | undefined, storage = storageOf()): BoardWords | undefined {
  if (!board) return undefined;
  const words = readAll(storage)[board];
  return typeof words === 'object' && words !== null ? (words as BoardWords) : undefined;
}

export function rememberWords(board: string | undefined, words: BoardWords, storage = storageOf()): void {
  if (!board || !storage) return;
  try {
    const all = readAll(storage);
    all[board] = mergeWords(all[board], words);
    storage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage full or blocked: the words are still saved in the workbook.
  }
}

/** Take back words remembered by a save that was undone (words remembered otherwise stay). */
export function forgetWords(board: string | undefined, words: BoardWords, storage = storageOf()): void {
  if (!board || !storage) return;
  try {
    const all = readAll(storage);
    const mine = all[board] as BoardWords | undefined;
    if (!mine) return;
    const out: BoardWords = {};
    for (const axis of ['rows', 'columns'] as const) {
      for (const [kind, roles] of Object.entries(mine[axis] ?? {})) {
        for (const [role, list] of Object.entries(roles ?? {})) {
          const drop = (words[axis] as Record<string, Record<string, string[]>> | undefined)?.[kind]?.[role] ?? [];
          const keep = (Array.isArray(list) ? list : []).filter((w) => !drop.includes(w));
          if (keep.length === 0) continue;
          const byKind = (out[axis] ??= {}) as Record<string, Record<string, string[]>>;
          (byKind[kind] ??= {})[role] = keep;
        }
      }
    }
    if (Object.keys(out).length === 0) delete all[board];
    else all[board] = out;
    storage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage blocked: nothing was remembered either.
  }
}
