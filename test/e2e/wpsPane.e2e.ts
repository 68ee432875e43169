// The built WPS task pane (dist-wps/) in real Chromium, with a minimal ET Application in the page that holds
// a three-article ledger: the bundle loads, reads the workbook through the ET object model and offers 一键计算;
// without an Application it says it runs inside WPS. No console errors, nothing leaves localhost.
import * as fs from 'fs';
import * as path from 'path';
import { openSession, type Session } from './browser';
import { outPath, ROOT } from './fixtures';
import { serveStatic, type StaticServer } from './server';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const ADDIN = path.join(ROOT, 'dist-wps', `${pkg.name}_${pkg.version}`);

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  if (!fs.existsSync(ADDIN)) throw new Error(`${ADDIN} is missing: run npm run build:wps first`);
  server = await serveStatic(ADDIN);
  session = await openSession(server.origin);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Runs in the page before the bundle: just enough of ET's Application for reading one sheet. */
function installEt(): void {
  const serial = (m: number, d: number) => Date.UTC(2026, m - 1, d) / 86_400_000 + 25_569;
  const grid: unknown[][] = [
    ['XX县人大常委会2026年宣传稿件登记台账', '', '', '', '', '', ''],
    ['序号', '稿件标题', '作者', '单位', '刊发媒体', '媒体级别', '刊发日期'],
    [1, '县人大常委会开展代表履职专题调研', '张伟', '办公室', '人民日报', '国家级', serial(7, 3)],
    [2, '城关镇人大代表联络站接待选民', '李芳', '城关镇人大', '市日报', '市级', serial(8, 12)],
    [3, '常委会审议财政预算执行情况报告', '王敏、张伟', '财经委', '县融媒体中心', '县级', serial(9, 20)],
  ];
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const range = (address: string) => {
    const [a, b = a] = address.replace(/\$/g, '').split(':');
    const p = /([A-Z]+)(\d+)/.exec(a)!;
    const q = /([A-Z]+)(\d+)/.exec(b)!;
    const rows = grid.slice(Number(p[2]) - 1, Number(q[2])).map((r) => r.slice(col(p[1]) - 1, col(q[1])));
    return { Value2: rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows };
  };
  const sheet = {
    Name: '台账',
    Visible: -1,
    UsedRange: { Row: 1, Column: 1, Rows: { Count: grid.length }, Columns: { Count: grid[0].length } },
    ListObjects: { Count: 0 },
    Range: range,
  };
  const workbook = { Name: '台账.xlsx', Worksheets: { Count: 1, Item: () => sheet }, CustomDocumentProperties: { Count: 0 } };
  (window as unknown as { Application: unknown }).Application = { ActiveWorkbook: workbook };
}

test('inside WPS the pane reads the ledger through ET and offers 一键计算', async () => {
  const { page } = session;
  await page.addInitScript(installEt);
  await page.goto(`${server.origin}/taskpane.html`);
  const run = page.getByRole('button', { name: '一键计算' });
  await run.waitFor({ timeout: 30000 });
  expect(await run.isEnabled()).toBe(true);
  const text = await page.locator('body').innerText();
  expect(text).toContain('工作表：台账');
  expect(text).toContain('数据行 3–5'); // header found below the title row, three articles
  expect(await page.getByRole('combobox').inputValue()).toBe('2026Q3');
  await page.screenshot({ path: outPath('wps-taskpane.png'), fullPage: true });
  expect(session.problems).toEqual([]);
});

test('opened in a plain browser (no WPS Application) it says where it runs', async () => {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByText('本加载项需在 WPS 表格中运行', { exact: false }).waitFor({ timeout: 30000 });
  await page.close();
  expect(session.problems).toEqual([]);
});
