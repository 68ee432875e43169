// mapHeaderRow looks only at the columns each pass can match; it must map exactly as trying every column does.
import fc from 'fast-check';
import { headerKey, mapHeaderRow, type SynonymTable } from '../../src/core/headers';
import { compactKey, cellText } from '../../src/core/text';
import { LEDGER_SYNONYMS } from '../../src/core/detect';
import type { CellValue, ColumnMatch } from '../../src/core/types';

/** The definition: exact synonyms first (field order, then column order), then headers of at most 12 characters
 *  containing a synonym (longest synonym first), every column tried; a column maps one field. */
function mapByDefinition<F extends string>(cells: readonly CellValue[], synonyms: SynonymTable<F>): Partial<Record<F, ColumnMatch>> {
  const fields = Object.keys(synonyms) as F[];
  const partials = fields.flatMap((f) => synonyms[f].map((s) => ({ f, s: compactKey(s) }))).filter((p) => p.s.length >= 2)
    .sort((a, b) => b.s.length - a.s.length);
  const keys = cells.map((v) => compactKey(cellText(v)).replace(/[(（][^)）]*[)）]/g, '').replace(/[*＊:：#№\n]/g, ''));
  const result: Partial<Record<F, ColumnMatch>> = {};
  const used = new Set<number>();
  for (const f of fields) {
    const c = keys.findIndex((k, i) => !used.has(i) && k !== '' && synonyms[f].map(compactKey).includes(k));
    if (c >= 0) { result[f] = { index: c, header: cellText(cells[c]), confidence: 'exact' }; used.add(c); }
  }
  for (const { f, s } of partials) {
    if (result[f]) continue;
    const c = keys.findIndex((k, i) => !used.has(i) && k !== '' && k.length <= 12 && k.includes(s));
    if (c >= 0) { result[f] = { index: c, header: cellText(cells[c]), confidence: 'partial' }; used.add(c); }
  }
  return result;
}

describe('header rows', () => {
  const synonyms = Object.values(LEDGER_SYNONYMS).flat();
  // headers as typed (marks, remarks, spaces, full-width letters) mixed with the data a ledger's first rows hold
  const cell = fc.oneof(
    fc.constantFrom(...synonyms),
    fc.constantFrom(...synonyms).map((s) => `${s}（必填）`),
    fc.constantFrom(...synonyms).map((s) => ` *${s}：`),
    fc.constantFrom('青山县融媒体中心', '县人大常委会办公室', '张三', '县级', '消息', '人大代表履职风采（3）', '第2版', 'ＡＢ来源', '媒体 名称', '青山日报', ''),
    fc.constant(null), fc.integer({ min: 0, max: 50000 }), fc.constant(new Date(Date.UTC(2026, 6, 3))),
  );

  it('maps a row as trying every column would', () => {
    fc.assert(fc.property(fc.array(cell, { maxLength: 14 }), (cells) => {
      expect(mapHeaderRow(cells, LEDGER_SYNONYMS)).toEqual(mapByDefinition(cells, LEDGER_SYNONYMS));
    }), { numRuns: 3000 });
  });

  it('keys ideographs-only text as it is, like the full normalisation', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), minLength: 1 }), (s) => {
      expect(headerKey(s)).toBe(compactKey(cellText(s)).replace(/[(（][^)）]*[)）]/g, '').replace(/[*＊:：#№\n]/g, ''));
    }));
  });
});
