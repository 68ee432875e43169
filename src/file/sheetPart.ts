// One worksheet part's bytes -> what the reader needs of it, without the workbook's tables: the scanned rows (or,
// for prefixed markup, the decoded text for the regex path) and the merged ranges. Pure, so that the CLI can run
// it in worker threads while the main thread parses the shared strings.
import type { CellRect } from '../core/types';
import { parseRange } from './cellRef';
import { assertCompleteBytes } from './partCheck';
import { lastIndexOfAscii, scanSheet, type SheetScan } from './sheetScan';
import { findTags } from './xml';
import { utf8Decode, utf8Text } from './zip';

export interface ScannedPart {
  /** the rows' operation log; null for prefixed markup, which `xml` then holds */
  scan: SheetScan | null;
  xml?: string;
  merges: CellRect[];
}

/** Throws MalformedPart when the part is cut off or its sheet data is broken. */
export function scanSheetPart(bytes: Uint8Array): ScannedPart {
  assertCompleteBytes(bytes, 'worksheet');
  const scan = scanSheet(bytes);
  const xml = scan ? undefined : utf8Decode(bytes);
  // mergeCells follow sheetData: decode only the tail of a possibly huge part
  const dataEnd = lastIndexOfAscii(bytes, 'sheetData>');
  const tail = dataEnd >= 0 ? utf8Text(bytes.subarray(dataEnd)) : xml ?? utf8Decode(bytes);
  const merges = findTags(tail, 'mergeCell').map((a) => parseRange(a.ref ?? '')).filter((r) => r !== null);
  return xml === undefined ? { scan, merges } : { scan, xml, merges };
}
