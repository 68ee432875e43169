import { buildSettingsSheets, calculate, detectLedger, type CellValue } from '../../src/core';
import { readRules, defaultRules } from '../../src/core/rules';
import { readTargets } from '../../src/core/targets';
import { readMediaDirectory } from '../../src/core/mediaDirectory';
import { readRoster } from '../../src/core/roster';
import { ledgerSheet, sheetFromOutput, sheetOf, TODAY, workbook } from './fixtures';

describe('ledger detection', () => {
  it('finds the header below title rows, maps synonyms in any order and ignores unknown columns', () => {
    const wb = workbook(sheetOf('2026年', [
      ['XX县人大常委会2026年宣传稿件登记台账'], ['填报单位：办公室', null, '2026年11月'], [],
      ['备注', '见报日期', '篇名', '撰稿人', '采用媒体', '媒体等级', '稿件类型', '报送单位'],
      ['', '2026-07-01', '标题', '张三', '人民日报', '国家级', '消息', '城关镇'],
    ]));
    const d = detectLedger(wb);
    expect(d.sources).toHaveLength(1);
    const src = d.sources[0];
    expect(src.headerRow).toBe(4);
    expect(Object.fromEntries(Object.entries(src.columns).map(([f, m]) => [f, m!.index]))).toEqual({
      title: 2, authors: 3, unit: 7, outlet: 4, level: 5, date: 1, genre: 6,
    });
    expect(src.sure).toBe(true);
  });

  it('tolerates full-width and spaced headers, and reads monthly sheets together', () => {
    const header: CellValue[] = ['序号', '标　题', ' 作者 ', '媒体名称', '级别', '发表日期（年月日）'];
    const wb = workbook(
      ledgerSheet('7月', [['甲', '张三', '人民日报', '国家级', '2026-07-01']], header),
      ledgerSheet('8月', [['乙', '张三', '人民日报', '国家级', '2026-08-01']], header),
      sheetOf('说明', [['本工作簿说明']]),
    );
    expect(detectLedger(wb).sources.map((s) => s.sheet)).toEqual(['7月', '8月']);
    expect(calculate(wb, { today: TODAY }).report.people[0].articles).toBe(2);
  });

  it('uses Excel tables when the sheet has them', () => {
    const wb = workbook({ name: '台账', rows: [['说明文字'], [], [null, '标题', '作者', '媒体', '级别', '日期'], [null, '甲', '张三', '人民日报', '国家级', 46204]],
      tables: [{ name: 'Ledger', top: 2, left: 1, bottom: 3, right: 5 }] });
    const d = detectLedger(wb);
    expect(d.sources[0]).toMatchObject({ table: 'Ledger', headerRow: 3 });
    expect(calculate(wb, { today: TODAY }).report.rows.counted).toBe(1);
  });

  it('a sheet missing required columns is a candidate for manual mapping, and the override wins', () => {
    const wb = workbook(sheetOf('登记', [['文章', '作者', '媒体', '发表日期', '级别'], ['甲', '张三', '人民日报', '2026-07-01', '国家级']]));
    const d = detectLedger(wb);
    expect(d.sources).toHaveLength(0);
    expect(d.candidates[0].missingRequired).toEqual(['title']);
    const mapping = { sheets: [{ sheet: '登记', headerRow: 1, columns: { title: 0, authors: 1, outlet: 2, date: 3, level: 4 } }] };
    expect(detectLedger(wb, mapping).sources[0].columns.title).toMatchObject({ index: 0, confidence: 'manual' });
    expect(calculate(wb, { today: TODAY, mapping }).report.rows.counted).toBe(1);
  });

  it('does not take result or settings sheets for ledgers', () => {
    const wb = workbook(ledgerSheet('台账', [['甲', '张三', '', '人民日报', '国家级', '消息', '2026-07-01', '']]));
    const r = calculate(wb, { today: TODAY });
    const again = workbook(...wb.sheets, ...r.sheets.map((s) => sheetFromOutput(s)));
    expect(detectLedger(again).sources.map((s) => s.sheet)).toEqual(['台账']);
  });
});

describe('settings sheets inserted by the pane read back as the defaults', () => {
  const wb = workbook(ledgerSheet('台账', [
    ['甲', '张三、李四', '城关镇', '人民日报', '国家级', '消息', '2026-07-01', ''],
    ['乙', '王五', '财经委', '某某新闻网', '', '消息', '2026-07-02', ''],
  ]));
  const sheets = buildSettingsSheets(wb, TODAY);
  const withSettings = workbook(...wb.sheets, ...sheets.map((s) => sheetFromOutput(s)));

  it('rules round trip to the defaults (发文单位 prefilled from the ledger title)', () => {
    const problems: never[] = [];
    expect(readRules(withSettings, problems)).toEqual({ ...defaultRules(), issuer: '青山县人大常委会办公室' });
    expect(problems).toEqual([]);
  });

  it('roster and directory prefilled from the ledger; example targets are not counted', () => {
    const problems: never[] = [];
    const rules = defaultRules();
    expect(readRoster(withSettings, problems).entries.map((e) => `${e.name}/${e.unit}/${e.category}`)).toEqual(['张三/城关镇/乡镇', '李四/城关镇/乡镇', '王五/财经委/委室']);
    expect([...readMediaDirectory(withSettings, rules.levels, problems).byKey.values()]).toEqual([{ name: '人民日报', level: '国家级' }]);
    expect(readTargets(withSettings, rules, problems)).toEqual([]);
    expect(sheets.find((s) => s.name === '媒体目录')!.notes.join('')).toContain('某某新闻网');
  });
});

describe('two-level headers (group cells over field headers)', () => {
  // 标题 and 序号 merged down rows 3-4; 作者信息 over 作者/单位 and 刊发情况 over 媒体/级别/日期
  const rows: CellValue[][] = [
    ['XX县人大常委会宣传稿件登记台账'], [],
    ['序号', '标题', '作者信息', null, '刊发情况', null, null],
    [null, null, '作者', '单位', '媒体', '级别', '日期'],
    [1, '甲稿', '张三', '城关镇', '人民日报', '国家级', 46204],
    [2, '乙稿', '李四', '办公室', '河北日报', '省级', 46205],
  ];
  const merges = [
    { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 4, bottom: 2, right: 6 },
  ];

  it('finds fields in either row, ignores group cells and starts data after the second row', () => {
    for (const sheet of [{ name: '台账', rows }, { name: '台账', rows, merges }]) {
      const d = detectLedger(workbook(sheet));
      expect(d.sources).toHaveLength(1);
      const src = d.sources[0];
      expect(src).toMatchObject({ headerRow: 4, headerRows: [3, 4], lastRow: 6, sure: true });
      expect(Object.fromEntries(Object.entries(src.columns).map(([f, m]) => [f, m!.index]))).toEqual({
        title: 1, authors: 2, unit: 3, outlet: 4, level: 5, date: 6,
      });
    }
    expect(calculate(workbook({ name: '台账', rows, merges }), { today: TODAY }).report.people.map((p) => p.name).sort())
      .toEqual(['张三', '李四']);
  });

  it('a one-row header stays one row, even when a data row below it is all text', () => {
    const single = detectLedger(workbook(sheetOf('台账', [
      ['标题', '作者', '媒体', '日期'], ['标题', '作者', '人民日报', '2026-07-01'],
    ]))).sources[0];
    expect(single.headerRow).toBe(1);
    expect(single.headerRows).toBeUndefined();
  });

  it('the manual override still picks one header row', () => {
    const d = detectLedger(workbook({ name: '台账', rows, merges }),
      { sheets: [{ sheet: '台账', headerRow: 4, columns: { title: 1, authors: 2, outlet: 4, date: 6 } }] });
    expect(d.sources[0]).toMatchObject({ headerRow: 4, lastRow: 6 });
    expect(d.sources[0].columns.title!.confidence).toBe('manual');
  });
});
