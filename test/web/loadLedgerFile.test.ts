// The page opens CSV ledgers as the CLI does: the CSV (UTF-8 or GBK) becomes a one-sheet .xlsx (台账), and
// the result workbook is that workbook plus the result sheets; the CLI's result for the same file must match.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { calculate } from '../../src/core';
import { readXlsx, writeResults } from '../../src/file';
import { LoadError, loadLedgerFile } from '../../src/web/loadLedgerFile';
import { CSV_TEXT, GBK_HEX } from '../file/csvText';

const TODAY = '2026-11-21';
const gbk = Buffer.from(GBK_HEX, 'hex');

it('reads a GBK CSV ledger and writes the same workbook as the CLI', async () => {
  const loaded = await loadLedgerFile(new File([gbk], '台账.csv', { type: 'text/csv' }));
  expect(loaded.name).toBe('台账.csv');
  expect(Buffer.from(loaded.data.slice(0, 2)).toString('latin1')).toBe('PK'); // an .xlsx package, not the CSV
  expect(loaded.workbook.sheets.map((s) => s.name)).toEqual(['台账']);
  expect(loaded.workbook.sheets[0].rows[1].slice(0, 3)).toEqual(['稿件，甲', '张三', '城关镇']);

  // what the page does on 一键计算 (WebHost -> file shell), with the period the CLI is given
  const result = calculate(loaded.workbook, { today: TODAY, period: '2026Q3' });
  expect(result.report.people.map((p) => p.name).sort()).toEqual(['张三', '李四'].sort());
  const page = await readXlsx((await writeResults(loaded.data, loaded.workbook, result.sheets)).data);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-page-'));
  fs.writeFileSync(path.join(dir, '台账.csv'), gbk);
  const out = path.join(dir, 'cli.xlsx');
  const code = await run(['calc', path.join(dir, '台账.csv'), '--period', '2026Q3', '--out', out], () => undefined, () => undefined);
  expect(code).toBe(0);
  const cli = await readXlsx(new Uint8Array(fs.readFileSync(out)));
  expect(page.sheets.map((s) => s.name)).toEqual(cli.sheets.map((s) => s.name));
  expect(page.sheets[0].name).toBe('台账');
  const ranking = (wb: typeof page) => wb.sheets.find((s) => s.name === '排名-2026Q3')!.rows;
  expect(ranking(page)).toEqual(ranking(cli));
  expect(page.sheets[0].rows).toEqual(cli.sheets[0].rows);
});

it('reads a UTF-8 CSV with a BOM the same as the GBK one', async () => {
  const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV_TEXT)]);
  const a = await loadLedgerFile(new File([utf8], 'a.csv'));
  const b = await loadLedgerFile(new File([gbk], 'b.csv'));
  expect(a.workbook.sheets[0].rows).toEqual(b.workbook.sheets[0].rows);
});

it.each([
  ['旧台账.ods', Buffer.from('PK\u0003\u0004'), /不是 \.xlsx 工作簿或 CSV 台账/],
  ['网页.csv', Buffer.from('<html><body><table><tr><td>标题</td></tr></table></body></html>'), /内容不是逗号或制表符分隔的表格/],
])('%s gets a clear message', async (name, bytes, message) => {
  const error = await loadLedgerFile(new File([bytes], name)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LoadError);
  expect(`${(error as LoadError).title}${(error as LoadError).detail}`).toMatch(message);
});
