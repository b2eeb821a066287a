/**
 * Real Excel's sync is a round trip: the page runs on while Excel works. The in-browser Excel
 * does that work on the page itself, so it hands the event loop back (a macrotask, so input,
 * paint and timers get their turn) whenever a slice of work has run this long.
 */
export const SLICE_MS = 15;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A checkpoint to await between pieces of work: yields only once the slice is used up. */
export function slicer(ms = SLICE_MS): () => Promise<void> | undefined {
  let start = now();
  return () => {
    if (now() - start < ms) return undefined;
    return breathe().then(() => {
      start = now();
    });
  };
}
