/**
 * Payload sizes as Excel on the web counts them: the UTF-8 length of the JSON that one
 * `context.sync()` sends (request) or receives (response). Excel on the web refuses either above
 * 5 MB (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), and any platform
 * refuses a get of more than five million cells in one range (RangeExceedsLimit).
 * See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */

/** Excel on the web's limit per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** Cells one range may return in a get operation, on every platform. */
export const RANGE_CELL_LIMIT = 5_000_000;

/**
 * What the adapter plans for per sync: a 20 % margin under the limit, for the envelope Office
 * wraps around the data (object paths, action ids) and for estimates that run short.
 */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** The envelope of one queued action (ids, action type, object path), in bytes. */
export const ACTION_BYTES = 100;

function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) n += 2;
    // \b \t \n \f \r have two-character escapes; other control characters \u00XX.
    else if (c === 0x08 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d) n += 2;
    else if (c < 0x20) n += 6;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair is one four-byte character.
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of JSON.stringify(value) in UTF-8, without building the string. */
export function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object': {
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (const v of value) n += jsonSize(v);
        return n;
      }
      if (value instanceof Date) return 26;
      let n = 2;
      let first = true;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined) continue;
        n += (first ? 0 : 1) + stringBytes(k) + 1 + jsonSize(v);
        first = false;
      }
      return n;
    }
    default:
      return 4;
  }
}

export function isPayloadError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}
