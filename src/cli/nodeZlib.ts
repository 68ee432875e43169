// Node zlib options shared by the CLI's main thread and its sheet-scanning workers.
import type { ZlibOptions } from 'zlib';

/** Inflating an entry of declared size `max`: one byte over it is enough to tell a lying entry (zip bomb) without
 *  inflating it all; an output chunk that size takes the part in one piece (16 KB chunks were 3-5× slower). */
export function inflateOptions(max?: number): ZlibOptions {
  return max === undefined ? {} : { maxOutputLength: max + 1, chunkSize: Math.max(64 * 1024, max + 1) };
}
