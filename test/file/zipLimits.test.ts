// The zip-bomb bounds of the reader: past 1 GB unzipped the archive's overall ratio decides, so our own
// 1M-row result (about 1.2 GB of XML from ~150 MB, 8x) opens while many parts each under the per-part
// ratio still add up to a refused bomb. Only central-directory sizes are read here: nothing is inflated.
import { FileReadError } from '../../src/file';
import { readRawEntries, writeZip, ZIP_LIMITS, type RawEntry } from '../../src/file/zip';

const MB = 2 ** 20;

/** A zip whose entries declare `size` bytes each, with `compressed` bytes of (never inflated) data. */
function zipOf(parts: Array<{ size: number; compressed: number }>): Uint8Array {
  const pool = new Uint8Array(Math.max(...parts.map((p) => p.compressed)));
  const entries: RawEntry[] = parts.map((p, i) => ({
    name: `xl/worksheets/sheet${i + 1}.xml`, method: 8, crc: 0, size: p.size, compressedSize: p.compressed, data: pool.subarray(0, p.compressed),
  }));
  return writeZip(entries);
}

function refusal(zip: Uint8Array): FileReadError | null {
  try {
    readRawEntries(zip);
    return null;
  } catch (e) {
    return e as FileReadError;
  }
}

describe('zip bomb limits', () => {
  it('accepts a 1M-row result: 1.2 GB of parts unzipped from about 150 MB', () => {
    // shaped like ours at Excel's row limit: payout history, ledger sheets, stipends, shared strings
    const zip = zipOf([
      { size: 450 * MB, compressed: 55 * MB }, { size: 380 * MB, compressed: 48 * MB },
      { size: 130 * MB, compressed: 16 * MB }, { size: 100 * MB, compressed: 14 * MB }, { size: 170 * MB, compressed: 20 * MB },
    ]);
    const entries = readRawEntries(zip);
    expect(entries.reduce((s, e) => s + e.size, 0)).toBeGreaterThan(ZIP_LIMITS.total);
    expect(refusal(zip)).toBeNull();
  });

  it('refuses parts each under the per-part ratio that add up past 1 GB from a few MB', () => {
    const zip = zipOf([1, 2, 3].map(() => ({ size: 400 * MB, compressed: Math.ceil((400 * MB) / 190) })));
    const e = refusal(zip);
    expect(e).toBeInstanceOf(FileReadError);
    expect(e?.reason).toBe('unsafe');
    expect(e?.message).toContain('解压后异常巨大');
  });

  it('still refuses one part over the per-part size or ratio limits', () => {
    expect(refusal(zipOf([{ size: ZIP_LIMITS.entry + 1, compressed: 60 * MB }]))?.reason).toBe('unsafe');
    expect(refusal(zipOf([{ size: 300 * MB, compressed: MB }]))?.reason).toBe('unsafe');
  });
});
