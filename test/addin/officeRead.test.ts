import { readWorkbook } from '../../src/addin/office/read';
import { PAYLOAD_LIMIT_BYTES } from '../../src/addin/office/payload';
import { FakeWorkbook } from './fakeExcel';
import { ledgerRows } from './fixtures';

/** Office gives whole rectangles; compare without the trailing empty cells. */
function trimmed(rows: unknown[][]): unknown[][] {
  return rows.map((r) => {
    const out = [...r];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
}

describe('Office shell: readWorkbook', () => {
  it('pads so that row 0 is Excel row 1 and column 0 is A, and reports tables and hidden sheets', async () => {
    const wb = new FakeWorkbook();
    const s = wb.addSheet('1月');
    s.set(2, 1, '标题');
    s.set(2, 2, '作者');
    s.set(3, 1, '一篇稿件');
    s.set(3, 2, '张三');
    wb.tables.push({ name: 'Ledger1', sheet: s, rect: { top: 2, left: 1, rows: 2, cols: 2 } });
    wb.addSheet('_宣传统计_owned', [['x'], ['排名-2026Q3']]).visibility = 'VeryHidden';
    wb.addSheet('空白');
    const data = await readWorkbook(wb.runtime());
    const [ledger, marker, empty] = data.sheets;
    expect(ledger.rows[0]).toEqual([]);
    expect(ledger.rows[2]).toEqual([null, '标题', '作者']);
    expect(ledger.rows[3]).toEqual([null, '一篇稿件', '张三']);
    expect(ledger.tables).toEqual([{ name: 'Ledger1', top: 2, left: 1, bottom: 3, right: 2 }]);
    expect(ledger.hidden).toBeUndefined();
    expect(marker.hidden).toBe(true);
    expect(marker.rows[1]).toEqual(['排名-2026Q3']);
    expect(empty.rows).toEqual([]);
  });

  it('turns empty cells into null and keeps numbers, booleans and error text', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('S', [['a', null, 3], [true, '#N/A', 46000]]);
    const data = await readWorkbook(wb.runtime());
    expect(data.sheets[0].rows).toEqual([['a', null, 3], [true, '#N/A', 46000]]);
  });

  it.each([10_000, 100_000])('reads a %i-row ledger in round trips that grow with rows/chunk, every response under 5 MB', async (n) => {
    const wb = new FakeWorkbook();
    const rows = ledgerRows(n);
    wb.addSheet('台账', rows);
    const progress: number[] = [];
    const data = await readWorkbook(wb.runtime(), (f) => progress.push(f));
    expect(trimmed(data.sheets[0].rows)).toEqual(rows);
    expect(wb.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const totalBytes = wb.syncs.reduce((t, s) => t + s.responseBytes, 0);
    // 3 structural round trips, then about one per 4 MB / margin of cell data: independent of the row count itself.
    expect(wb.roundTrips).toBeLessThanOrEqual(3 + Math.ceil((totalBytes * 1.3) / 4_000_000) + 1);
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('recovers when later rows are much larger than the sample (payload error -> smaller chunks)', async () => {
    const wb = new FakeWorkbook();
    const rows: unknown[][] = [];
    for (let i = 0; i < 2_000; i++) rows.push([i, i]); // short sample
    const long = '长'.repeat(600);
    for (let i = 0; i < 8_000; i++) rows.push([long, long]);
    wb.addSheet('S', rows);
    const data = await readWorkbook(wb.runtime());
    expect(data.sheets[0].rows.length).toBe(10_000);
    expect(data.sheets[0].rows[9_999]).toEqual([long, long]);
    const failed = wb.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES);
    expect(failed.length).toBeGreaterThan(0); // the fake did enforce the limit
  });

  it('loads merged areas only where ExcelApi 1.13 exists', async () => {
    const wb = new FakeWorkbook();
    wb.supported.delete('1.13');
    wb.addSheet('S', [['a']]);
    const data = await readWorkbook(wb.runtime());
    expect(data.sheets[0].merges).toBeUndefined();
  });
});
