// Office-side units for the core's layout: format codes come from core, widths are converted to points.
import { FORMAT_CODES } from '../../core';

export const TEXT_FORMAT = FORMAT_CODES.text;

/** Excel column width in points from a width in characters (about 7 px per character plus padding). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

