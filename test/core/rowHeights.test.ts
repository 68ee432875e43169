import fc from 'fast-check';
import { customRowHeights, describeSheet, rowHeightAt } from '../../src/core';
import { textWidth } from '../../src/core/sheetDescription';
import type { OutputCell, OutputSheet } from '../../src/core/types';

// The definition: every row of every table gets 15 points a line when one of its wrapping columns (text, at least
// 30 wide) needs more than one line of (width - 1) characters; the title row 24 points.
function reference(sheet: OutputSheet, d: ReturnType<typeof describeSheet>): Map<number, number> {
  const out = new Map<number, number>();
  sheet.blocks.forEach((block, b) => {
    block.rows.forEach((row, i) => {
      const lines = Math.max(1, ...block.columns.map((c, k) => (c.format === 'text' && c.width >= 30
        ? Math.ceil(textWidth(String(row[k] ?? '')) / Math.max(1, c.width - 1)) : 1)));
      if (lines > 1) out.set(d.blocks[b].firstDataRow + i, lines * 15);
    });
  });
  out.set(d.titleRow, 24);
  return out;
}

const cell: fc.Arbitrary<OutputCell> = fc.oneof(
  fc.constantFrom('', '短', '青山县人大常委会：组织代表开展“生态环境保护”主题活动', 'a'.repeat(70), '𠀀'.repeat(20), '长'.repeat(100)),
  fc.string({ maxLength: 80 }), fc.integer(), fc.constant(null),
);
const column = fc.record({ header: fc.constant('列'), format: fc.constantFrom('text' as const, 'int' as const), width: fc.constantFrom(10, 29, 30, 36, 60) });
const block = fc.array(column, { minLength: 1, maxLength: 3 }).chain((columns) => fc.record({
  caption: fc.constant('表'), tableName: fc.constant('T'), columns: fc.constant(columns),
  rows: fc.array(fc.tuple(...columns.map(() => cell)), { maxLength: 12 }),
}));
const sheet: fc.Arbitrary<OutputSheet> = fc.record({
  name: fc.constant('s'), kind: fc.constantFrom('payouts' as const, 'stipend' as const), title: fc.constant('标题'),
  notes: fc.array(fc.constant('说明'), { maxLength: 2 }), blocks: fc.array(block, { maxLength: 3 }), charts: fc.constant([]),
});

describe('row heights', () => {
  it('are the definition\'s, row by row, in the tables\' arrays and the title and notes map', () => {
    fc.assert(fc.property(sheet, (s) => {
      const d = describeSheet(s);
      const expected = reference(s, d);
      expect(new Map(customRowHeights(d))).toEqual(expected);
      // table rows first, top to bottom, then the title (the order the shells set them in)
      expect(customRowHeights(d).map(([r]) => r)).toEqual([...[...expected.keys()].filter((r) => r !== d.titleRow).sort((a, b) => a - b), d.titleRow]);
      for (let r = 1; r <= d.lastRow + 1; r++) expect(rowHeightAt(d, r)).toBe(expected.get(r));
    }), { numRuns: 300 });
  });

  it('a table with no wrapping column has no heights array', () => {
    const d = describeSheet({ name: 's', kind: 'stipend', title: 't', notes: [], charts: [],
      blocks: [{ caption: 'c', tableName: 'T', columns: [{ header: 'h', format: 'text', width: 29 }], rows: [['长'.repeat(99)]] }] });
    expect(d.blocks[0].rowHeights).toBeNull();
    expect(customRowHeights(d)).toEqual([[1, 24]]);
  });
});
