// Ledger-like workbooks of any size for the Office shell tests and the bench.
import type { CellValue, OutputSheet } from '../../src/core';

const SURNAMES = ['张', '李', '王', '赵', '刘', '陈', '杨', '黄'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '洋', '艳'];
const UNITS = ['办公室', '研究室', '法工委', '财经委', '城关镇人大', '新华街道人大'];
const OUTLETS: Array<[string, string]> = [['人民日报', '国家级'], ['省人大网', '省级'], ['市日报', '市级'], ['县融媒体中心', '县级']];
const GENRES = ['消息', '通讯', '言论', '理论调研', '图片', '信息'];

/** Excel serial of a UTC date (1900 date system). */
export function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

export const LEDGER_HEADER = ['序号', '稿件标题', '作者', '单位', '刊发媒体', '媒体级别', '刊发日期', '体裁'];

/** rows[0] = title row, rows[1] = header, then `n` articles dated in 2026 with serial-number dates. */
export function ledgerRows(n: number, dateAsSerial = true): CellValue[][] {
  const rows: CellValue[][] = [['XX县人大常委会2026年宣传稿件登记台账'], LEDGER_HEADER];
  for (let i = 0; i < n; i++) {
    const a = SURNAMES[i % 8] + GIVEN[(i >> 3) % 10];
    const b = SURNAMES[(i + 3) % 8] + GIVEN[(i >> 2) % 10];
    const [outlet, level] = OUTLETS[i % 4];
    const month = (i % 10) + 1;
    const day = (i % 28) + 1;
    rows.push([
      i + 1,
      `关于县人大常委会第${i + 1}次专题调研人大代表履职情况的报道`,
      i % 5 === 0 ? `${a}、${b}` : a,
      UNITS[i % UNITS.length],
      outlet,
      level,
      dateAsSerial ? serial(2026, month, day) : new Date(Date.UTC(2026, month - 1, day)),
      GENRES[i % GENRES.length],
    ]);
  }
  return rows;
}

/** A result sheet with n data rows, a formula-looking text, a link column and a chart. */
export function resultSheet(name: string, n: number): OutputSheet {
  return {
    name,
    kind: 'validation',
    title: `${name} 标题`,
    notes: ['说明：=这不是公式'],
    blocks: [
      {
        caption: '问题清单',
        tableName: `T_${name.replace(/\W/g, '_')}_1`,
        columns: [
          { header: '位置', format: 'text', width: 12 },
          { header: '数量', format: 'int', width: 8 },
          { header: '金额', format: 'yuan', width: 10 },
          { header: '说明', format: 'text', width: 40 },
        ],
        rows: Array.from({ length: n }, (_, i) => [`1月!C${i + 3}`, i, i * 1.5, i === 0 ? '=SUM(A1:A3)' : `第${i}行标题缺失，请补充完整的稿件标题`]),
        links: Array.from({ length: n }, (_, i) => ({ sheet: '1月', address: `C${i + 3}` })),
      },
    ],
    charts: [{ id: 'trend', title: '数量', type: 'column', block: 0, series: [1, 2] }],
  };
}
