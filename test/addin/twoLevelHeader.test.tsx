/** @jest-environment jsdom */
// A ledger laid out as government offices lay it out, read through the Office shell: a merged group row
// (作者信息, 刊发情况) over the field headers, 序号 and 标题 merged down across both rows. The add-in must
// detect it, compute the same figures as the file shell does from the same workbook saved as .xlsx, and
// show the two header rows in the pane.
import * as React from 'react';
import * as zlib from 'zlib';
import { TextDecoder as NodeTextDecoder } from 'util';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { calculate, type CellValue } from '../../src/core';
import { createOfficeHost } from '../../src/addin/office/officeHost';
import { readWorkbook } from '../../src/addin/office/read';
import { Pane } from '../../src/ui/Pane';
import { FakeWorkbook } from './fakeExcel';
import { serial } from './fixtures';
import { installResizeObserver, sameDates } from './sampleWorkbook';

installResizeObserver();

const TODAY = '2026-11-21';
const ROWS: CellValue[][] = [
  ['XX县人大常委会宣传稿件登记台账'],
  [],
  ['序号', '标题', '作者信息', null, '刊发情况', null, null],
  [null, null, '作者', '单位', '媒体', '级别', '发表日期'],
  [1, '甲稿', '张三', '城关镇', '人民日报', '国家级', serial(2026, 7, 1)],
  [2, '乙稿', '李四', '办公室', '河北日报', '省级', serial(2026, 7, 2)],
  [3, '丙稿', null, '办公室', '河北日报', '省级', serial(2026, 7, 3)],
];
const MERGES = ['A3:A4', 'B3:B4', 'C3:D3', 'E3:G3'];

function fakeLedger(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet('台账', ROWS);
  sheet.merges = [
    { top: 2, left: 0, rows: 2, cols: 1 }, { top: 2, left: 1, rows: 2, cols: 1 },
    { top: 2, left: 2, rows: 1, cols: 2 }, { top: 2, left: 4, rows: 1, cols: 3 },
  ];
  return wb;
}

/** The same ledger saved by ExcelJS and read by the file shell (what the CLI and the page compute from). */
async function viaFileShell() {
  (globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
  const { readXlsx } = await import('../../src/file');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ROWS.forEach((r, i) => r.forEach((v, j) => {
    if (v !== null) ws.getCell(i + 1, j + 1).value = j === 6 && i > 3 ? new Date(Math.round((Number(v) - 25_569) * 86_400_000)) : (v as ExcelJS.CellValue);
  }));
  MERGES.forEach((m) => ws.mergeCells(m));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return readXlsx(bytes, { inflateRaw: (d: Uint8Array) => zlib.inflateRawSync(d) });
}

describe('two-level header through the Office shell', () => {
  it('reads the merged areas, detects the header over rows 3–4 and computes the file shell figures', async () => {
    const data = await readWorkbook(fakeLedger().runtime());
    expect(data.sheets[0].merges).toEqual([
      { top: 2, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 3 }, { top: 2, left: 4, bottom: 2, right: 6 },
    ]);
    const office = calculate(data, { today: TODAY, period: '2026Q3' });
    const [source] = office.detection.sources;
    expect(source).toMatchObject({ sheet: '台账', headerRow: 4, headerRows: [3, 4], lastRow: 7, missingRequired: [] });
    expect(source.columns.title?.index).toBe(1); // 标题, merged down from the group row
    expect(source.columns.authors?.index).toBe(2); // 作者 under the 作者信息 group
    const { report } = office;
    expect(report.people.map((p) => [p.name, p.unit, p.articles]).sort()).toEqual([['张三', '城关镇', 1], ['李四', '办公室', 1]]);
    const [first, second] = report.people;
    expect([first.name, first.rank, first.byLevel.国家级, second.name, second.byLevel.省级]).toEqual(['张三', 1, 1, '李四', 1]);
    expect(first.points).toBeGreaterThan(second.points); // a national outlet scores above a provincial one
    // the article without an author is Excel row 7: two title rows, two header rows, then data
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.row)).toEqual([7]);
    const file = calculate(await viaFileShell(), { today: TODAY, period: '2026Q3' });
    expect(file.detection.sources[0].headerRows).toEqual([3, 4]);
    expect(sameDates(report)).toEqual(file.report);
  });

  it('shows the two header rows in the pane', async () => {
    render(<Pane host={createOfficeHost(fakeLedger().runtime())} today={TODAY} />);
    expect(await screen.findByText('表头：第3–4行', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '一键计算' })).toBeEnabled();
  }, 30_000);
});
