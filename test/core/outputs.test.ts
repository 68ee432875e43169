import { calculate, planSheetNames, ownedSheetNames, markerRows, layoutSheet, describeSheet, cellOutput, MARKER_SHEET, type CellValue, type OutputSheet } from '../../src/core';
import { ledgerSheet, sheetOf, TODAY, workbook } from './fixtures';
import { fitNotice } from '../../src/core/printPage';

const row = (title: string, authors: string, level: string, date: string, unit = '城关镇'): CellValue[] => [title, authors, unit, '某报', level, '消息', date, ''];

describe('output sheets', () => {
  const wb = workbook(ledgerSheet('台账', [
    row('去年同期稿', '张三', '省级', '2025-08-01'),
    row('上季度稿', '张三', '市级', '2026-05-01'),
    row('上季度稿二', '李四', '市级', '2026-05-02', '财经委'),
    row('本季度一', '张三、李四', '国家级', '2026-07-01'),
    row('本季度二', '张三', '县级', '2026-08-01'),
    row('=HYPERLINK("x")', '王五', '县级', '2026-09-01', '财经委'),
  ]));
  const r = calculate(wb, { today: TODAY, period: '2026Q3' });
  const find = (kind: OutputSheet['kind']) => r.sheets.find((s) => s.kind === kind)!;

  it('the notice states the headline figures and their change', () => {
    const notice = find('notice');
    expect(notice.notes[0]).toContain('共刊发宣传稿件 3 篇');
    expect(notice.notes[0]).toContain('2026年第二季度（2 篇）增长 50%');
    expect(notice.notes[0]).toContain('去年同期（1 篇）增长 200%');
    const headline = notice.blocks[0];
    expect(headline.rows[0]).toEqual(['刊发稿件（篇）', 3, 2, 0.5, 1, 2]);
    expect(notice.charts.map((c) => c.title)).toEqual(['各级别发稿趋势', '单位发稿篇数', '目标任务进度']);
    const trend = notice.blocks[notice.charts[0].block];
    expect(trend.rows[trend.rows.length - 1]).toEqual(['2026Q3', 1, 0, 0, 2, 3]);
  });

  it('stipend totals per person carry the amount in capital numerals, and a total line', () => {
    const totals = find('stipend').blocks[0];
    const last = totals.rows[totals.rows.length - 1];
    expect(last[1]).toBe('合计');
    expect(last[5]).toBe(r.report.stipendTotalFen / 100);
    expect(totals.rows.find((x) => x[1] === '张三')).toEqual([expect.any(Number), '张三', '城关镇', 2, 280, 280, '贰佰捌拾元整', '']);
  });

  it('a title that looks like a formula is kept as plain text in the output model', () => {
    const lines = find('stipend').blocks[1];
    expect(lines.rows.some((x) => x[3] === '=HYPERLINK("x")')).toBe(true);
  });

  it('validation rows link to the ledger cell', () => {
    const bad = calculate(workbook(ledgerSheet('台账', [row('甲', '张三', '国家级', '坏日期')])), { today: TODAY });
    const v = bad.sheets.find((s) => s.kind === 'validation')!.blocks[0];
    expect(v.links).toEqual([{ sheet: '台账', address: 'H3' }]);
  });

  it('a year adds the award candidates', () => {
    const year = calculate(wb, { today: TODAY, period: '2026' });
    const captions = year.sheets.find((s) => s.kind === 'notice')!.blocks.map((b) => b.caption);
    expect(captions).toEqual(expect.arrayContaining(['先进单位候选（前5名）', '优秀通讯员候选（前8名）']));
    expect(year.sheets.some((s) => s.kind === 'payouts')).toBe(false);
  });

  it('table names are unique within a run', () => {
    const names = r.sheets.flatMap((s) => s.blocks.map((b) => b.tableName));
    expect(new Set(names).size).toBe(names.length);
    names.forEach((n) => expect(n).toMatch(/^[\p{L}_][\p{L}\p{N}_]*$/u));
  });
});

describe('sheet plan: never overwrite a user sheet', () => {
  const out = (name: string, kind: OutputSheet['kind'] = 'ranking'): OutputSheet => ({ name, kind, title: '', notes: [], blocks: [], charts: [] });

  it('replaces owned sheets, writes beside user sheets, updates the payout history, skips existing settings', () => {
    const wb = workbook(sheetOf('排名-2026Q3', [['我的表']]), sheetOf('通报-2026Q3', []), sheetOf('统计规则', []), sheetOf('稿酬发放记录', []),
      sheetOf(MARKER_SHEET, [['工作表'], ['通报-2026Q3']]));
    const owned = ownedSheetNames(wb);
    const plan = planSheetNames(wb.sheets.map((s) => s.name), owned,
      [out('排名-2026Q3'), out('通报-2026Q3', 'notice'), out('稿酬发放记录', 'payouts'), out('统计规则', 'settings'), out('校验-2026Q3', 'validation')]);
    expect(plan).toEqual([
      { intended: '排名-2026Q3', actual: '排名-2026Q3(2)', replace: false, skip: false },
      { intended: '通报-2026Q3', actual: '通报-2026Q3', replace: true, skip: false },
      { intended: '稿酬发放记录', actual: '稿酬发放记录', replace: true, skip: false },
      { intended: '统计规则', actual: '统计规则', replace: false, skip: true },
      { intended: '校验-2026Q3', actual: '校验-2026Q3', replace: false, skip: false },
    ]);
    expect(markerRows(owned, plan).slice(1).map((x) => x[0])).toEqual(['排名-2026Q3(2)', '校验-2026Q3', '通报-2026Q3']);
  });

  it('a second conflicting run replaces its own (2) sheet instead of adding (3)', () => {
    const existing = ['排名-2026Q3', '排名-2026Q3(2)'];
    const plan = planSheetNames(existing, new Set(['排名-2026Q3(2)']), [out('排名-2026Q3')]);
    expect(plan[0]).toMatchObject({ actual: '排名-2026Q3(2)', replace: true });
  });
});

describe('layout', () => {
  it('title, notes, then each table with its caption and a blank line between', () => {
    const s: OutputSheet = { name: 'x', kind: 'ranking', title: 't', notes: ['n1', 'n2'], charts: [{ id: 'trend', title: 'c', type: 'column', block: 1, series: [1] }],
      blocks: [
        { caption: 'a', tableName: 'A', columns: [{ header: 'h', format: 'text', width: 5 }], rows: [['1'], ['2']] },
        { caption: 'b', tableName: 'B', columns: [{ header: 'h', format: 'text', width: 5 }, { header: 'i', format: 'int', width: 5 }], rows: [] },
      ] };
    const l = layoutSheet(s);
    expect(l.titleRow).toBe(1);
    expect(l.noteRows).toEqual([2, 3]);
    expect(l.blocks[0]).toEqual({ captionRow: 5, headerRow: 6, firstDataRow: 7, lastRow: 8, firstCol: 1, lastCol: 1 });
    expect(l.blocks[1]).toEqual({ captionRow: 10, headerRow: 11, firstDataRow: 12, lastRow: 11, firstCol: 1, lastCol: 2 });
    expect(l.charts[0]).toEqual({ from: { row: 3, col: 4 }, to: { row: 18, col: 11 } });
  });
});

describe('sheet description', () => {
  const s: OutputSheet = { name: 'x', kind: 'validation', title: '2026年第三季度 A&B', notes: [], charts: [{ id: 'units', title: 'c', type: 'bar', block: 0, series: [2] }],
    blocks: [
      { caption: 'a', tableName: 'A', rows: [[1, 'x', 3], [2, 'y', 4]], links: [{ sheet: 's', address: 'A1' }, null],
        columns: [{ header: '序号', format: 'int', width: 6 }, { header: '位置', format: 'text', width: 12 }, { header: '数', format: 'yuan', width: 9 }] },
      { caption: 'b', tableName: 'B', rows: [], columns: [{ header: 'h', format: 'text', width: 20 }] },
    ] };
  const d = describeSheet(s);

  it('links the place column, freezes and repeats the first header, widest width per column', () => {
    expect(d.blocks[0]).toMatchObject({ linkCol: 1, formats: ['0', '@', '#,##0.00'], tableRange: 'A4:C6' }); // title 1, blank 2, caption 3, header 4
    expect(d.blocks[1].tableRange).toBe('A9:A10'); // an empty table keeps one blank data row
    expect([d.frozenRows, d.printTitleRows]).toEqual([4, { first: 4, last: 4 }]);
    expect(d.columnWidths).toEqual([20, 12, 9]);
    expect(d.charts).toEqual([{
      id: 'units', title: 'c', type: 'bar', categories: 'A5:A6', categoryValues: ['1', '2'], valueFormat: '0',
      series: [{ name: '数', values: 'C5:C6', data: [3, 4] }], from: { row: 3, col: 5 }, to: { row: 18, col: 12 },
    }]);
  });

  it('keeps the year whole after the header font-size code and doubles a literal ampersand', () => {
    expect(d.page.centerHeader).toBe('&"-,Bold"&14 2026年第三季度 A&&B');
    expect(d.page).toMatchObject({ orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, centerFooter: '第 &P 页，共 &N 页', printArea: null, showGridlines: true });
  });

  it('the notice is a two-page portrait document without frozen rows, header or gridlines; title and paragraphs span the page', () => {
    const n = describeSheet({ ...s, kind: 'notice', notes: ['短句', '长'.repeat(60)] });
    expect([n.frozenRows, n.printTitleRows, n.page.fitToHeight, n.page.orientation]).toEqual([0, null, 2, 'portrait']);
    expect(n.page).toMatchObject({ centerHeader: '', showGridlines: false, centerHorizontally: true });
    expect(n.merges).toEqual(['A1:C1', 'A2:C2', 'A3:C3']);
    expect([n.titleAlign, n.wrapNotes]).toEqual(['center', true]);
    // 120 units in a 41-unit-wide merged cell: four lines (with slack), the short note one
    expect([n.rowHeights.get(2), n.rowHeights.get(3)]).toEqual([18, 63]);
    // the chart sits below its table, as wide as the tables, inside the print area
    expect(n.charts[0]).toMatchObject({ from: { row: 10, col: 1 }, to: { row: 25, col: 4 } });
    expect(n.page.printArea).toBe(`A1:C${n.lastRow}`);
    expect(n.lastRow).toBeGreaterThanOrEqual(25);
  });

  it('prints landscape only when the columns are wider than a portrait page', () => {
    const wide = (w: number): OutputSheet => ({ ...s, blocks: [{ ...s.blocks[1], columns: [{ header: 'h', format: 'text', width: w }] }], charts: [] });
    expect(describeSheet(wide(90)).page.orientation).toBe('portrait');
    expect(describeSheet(wide(120)).page.orientation).toBe('landscape');
  });

  it('writes ISO dates in date columns as Excel serials, other strings as text', () => {
    expect(cellOutput('date', '2026-07-01')).toEqual({ value: 46204, format: 'yyyy-mm-dd' });
    expect(cellOutput('date', '2026-13-01')).toEqual({ value: '2026-13-01', format: '@' });
    expect(cellOutput('int', '001')).toEqual({ value: '001', format: '@' });
    expect(cellOutput('percent', 0.5)).toEqual({ value: 0.5, format: '0.0%' });
  });
});

describe('notice print fit', () => {
  const rows = (first: number, last: number) => ({ first, last });
  it('takes the largest scale at which whole sections fill at most two pages, breaking before a section', () => {
    // 12 sections of 10 rows of 15 pt with a blank row between: six to a page is 975 pt, and a page holds
    // 733.68 pt (A4 less 0.75" margins) at 100%: 75% is the largest scale that fits (976 pt), 76% is not (965 pt)
    const sections = Array.from({ length: 12 }, (_, i) => rows(i * 11 + 1, i * 11 + 10));
    expect(fitNotice(sections, () => 15, [10, 10])).toEqual({ scale: 75, rowBreaks: [sections[6].first] });
  });

  it('a sheet too wide for the minimum scale still gets its page breaks', () => {
    const sections = Array.from({ length: 30 }, (_, i) => rows(i * 11 + 1, i * 11 + 10));
    const fit = fitNotice(sections, () => 15, [60, 60, 60]);
    expect(fit.scale).toBeLessThan(60);
    expect(fit.rowBreaks.length).toBeGreaterThan(0);
  });
});
