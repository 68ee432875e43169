// Size estimates for Office.js requests and responses. Excel on the web rejects a request or a response
// larger than 5 MB, and a single range get larger than 5 million cells; we stay well under both.

/** Hard limits as Excel on the web enforces them. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const CELL_LIMIT = 5_000_000;
/** Our own budget per round trip: a margin under the 5 MB limit for JSON framing and estimate error. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/** UTF-8 byte length of a string without allocating (TextEncoder is not everywhere Office runs). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // surrogate pair
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as it travels in JSON (what the host serialises). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
