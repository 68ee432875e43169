// Shared helpers for the file-shell tests: build small workbooks with ExcelJS at test time.
import ExcelJS from 'exceljs';
import type { OutputSheet } from '../../src/core/types';

export async function xlsxOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function loadExcelJS(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A small ranking-like result sheet exercising every column format, a link and an empty table. */
export function rankingSheet(name = '排名-2026Q3', first = '张三'): OutputSheet {
  return {
    name, kind: 'ranking', title: `通讯员排名 ${name}`, notes: ['说明：积分按统计规则计算'], charts: [],
    blocks: [
      {
        caption: '通讯员', tableName: 'Ranking_People',
        columns: [
          { header: '姓名', format: 'text', width: 10 }, { header: '积分', format: 'decimal', width: 8 },
          { header: '稿酬（元）', format: 'yuan', width: 12 }, { header: '完成率', format: 'percent', width: 8 },
          { header: '刊发日期', format: 'date', width: 12 }, { header: '篇数', format: 'int', width: 6 },
          { header: '位置', format: 'text', width: 14 },
        ],
        rows: [
          [first, 12.5, 1234.5, 0.75, '2026-07-01', 3, '2026年7月!B5'],
          ['=SUM(A1:A2)', 1, 0, 1, null, 1, null],
        ],
        links: [{ sheet: '2026年7月', address: 'B5' }, null],
      },
      { caption: '无数据', tableName: 'Ranking_Empty', columns: [{ header: '单位', format: 'text', width: 10 }], rows: [] },
    ],
  };
}
