// The standalone page in real Chromium: load the sample ledger, run, compare with the CLI's numbers,
// download the result workbook, and show a clear message for bad files. Nothing may leave localhost.
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { calculate, ledgerRowsText, periodText, pointsText, yuanText, type CalcResult } from '../../src/core';
import { CSV_SHEET, readXlsx, workbookBytes } from '../../src/file';
import { GBK_HEX } from '../file/csvText';
import { openSession, type Session } from './browser';
import { carriesFileShell, DIST, nodeResult, outPath, SAMPLE, scriptsIn, TODAY, XLSX_MIME } from './fixtures';
import { serveStatic, type StaticServer } from './server';

let server: StaticServer;
let session: Session;
let page: Page;
let expected: CalcResult;

beforeAll(async () => {
  expected = await nodeResult(SAMPLE);
  server = await serveStatic(DIST);
  session = await openSession(server.origin, outPath('downloads'));
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(() => {
  // every test fails on any console error or request that left the machine
  expect(session.problems).toEqual([]);
});

async function openPage(): Promise<void> {
  await page.goto(`${server.origin}/index.html?today=${TODAY}`);
  await page.getByRole('heading', { name: '宣传稿件统计 · 独立页面' }).waitFor();
}

function fileInput() {
  return page.getByLabel(/选择台账文件/);
}

async function ledgerWithoutLedger(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').addRow(['这是一张普通的表格', '没有台账']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('links to the WPS add-in install instructions, served beside the page', async () => {
  await openPage();
  await page.getByRole('link', { name: 'WPS 加载项安装说明' }).click();
  await page.getByRole('heading', { name: '在 WPS 表格中使用“宣传统计”' }).waitFor();
  expect(await page.locator('body').innerText()).toContain('JSPluginsServer=');
});

test('shows title, usage and the local-only note, with a strict CSP', async () => {
  await openPage();
  const body = await page.locator('body').innerText();
  expect(body).toContain('选择或拖入台账文件 → 一键计算 → 下载结果');
  expect(body).toContain('文件只在本机处理，不上传');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'none'");
  expect(csp).toContain("script-src 'self';");
});

test('runs the sample ledger with the same figures as the CLI and downloads the result', async () => {
  const before = server.requested.length;
  await openPage();
  const initial = scriptsIn(server.requested.slice(before));
  await fileInput().setInputFiles(SAMPLE);
  const run = page.getByRole('button', { name: /计算/ });
  await run.waitFor();
  // the .xlsx file shell is a separate chunk, fetched only once a file is opened
  expect(carriesFileShell(initial)).toBe(false);
  expect(carriesFileShell(scriptsIn(server.requested.slice(before)))).toBe(true);
  await page.screenshot({ path: outPath('web-before-run.png'), fullPage: true });

  await run.click();
  const download = page.getByRole('link', { name: /下载结果/ });
  await download.waitFor({ timeout: 60000 });
  await page.locator('main[aria-busy="false"]').waitFor();
  await page.screenshot({ path: outPath('web-after-run.png'), fullPage: true });

  // summary figures of the pane against the Node computation on the same bytes
  const report = expected.report;
  const text = await page.locator('body').innerText();
  expect(report.people.length).toBeGreaterThan(0);
  expect(text).toContain(`${periodText(report.period)}计算完成`);
  expect(text).toMatch(new RegExp(`台账行数\\s+${ledgerRowsText(report.rows).replace(/[()（）]/g, '.')}`));
  expect(text).toMatch(new RegExp(`稿酬合计\\s+${yuanText(report.stipendTotalFen)}`));
  expect(text).toContain(`第1名 ${report.people[0].name}（${report.people[0].unit}）`);

  // the charts of the 通报 are drawn in the page
  const notice = expected.sheets.find((s) => s.kind === 'notice');
  for (const chart of notice?.charts ?? []) {
    await expect(page.getByRole('img', { name: chart.title }).count()).resolves.toBeGreaterThan(0);
  }

  // the download: named after the input and the period, with all result and original sheets
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe(`sample-ledger-${report.period}.xlsx`);
  const saved = outPath(file.suggestedFilename());
  await file.saveAs(saved);
  const result = await readXlsx(new Uint8Array(fs.readFileSync(saved)));
  const names = result.sheets.map((s) => s.name);
  for (const prefix of ['排名', '稿酬', '任务进度', '校验', '通报']) expect(names).toContain(`${prefix}-${report.period}`);
  const original = await readXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
  for (const s of original.sheets) expect(names).toContain(s.name);
  // the written workbook reads back to the same numbers
  expect(await import('../../src/core').then((c) => c.calculate(result, { today: TODAY }).report.stipendTotalFen))
    .toBe(report.stipendTotalFen);
});

// A CSV ledger (GBK, as a Chinese Excel export writes it) is read as the CLI reads it: the download is a new
// .xlsx holding the ledger as the sheet 台账 plus the result sheets.
test('a CSV ledger runs and downloads an .xlsx with the ledger and the result sheets', async () => {
  await openPage();
  await fileInput().setInputFiles({ name: '稿件登记.csv', mimeType: 'text/csv', buffer: Buffer.from(GBK_HEX, 'hex') });
  const run = page.getByRole('button', { name: '一键计算' });
  await run.waitFor();
  const wb = await readXlsx(workbookBytes(Buffer.from(GBK_HEX, 'hex'), '稿件登记.csv'));
  const report = calculate(wb, { today: TODAY }).report;
  await run.click();
  const download = page.getByRole('link', { name: /下载结果/ });
  await download.waitFor({ timeout: 60000 });
  expect(await page.locator('body').innerText()).toContain(`第1名 ${report.people[0].name}（${report.people[0].unit}）`);
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe(`稿件登记-${report.period}.xlsx`);
  const saved = outPath(file.suggestedFilename());
  await file.saveAs(saved);
  const result = await readXlsx(new Uint8Array(fs.readFileSync(saved)));
  expect(result.sheets[0].name).toBe(CSV_SHEET);
  expect(result.sheets[0].rows.slice(0, 3).map((r) => r.slice(0, 3))).toEqual([['标题', '作者', '单位'], ['稿件，甲', '张三', '城关镇'], ['稿件乙', '李四', '办公室']]);
  for (const prefix of ['排名', '稿酬', '校验', '通报']) expect(result.sheets.map((s) => s.name)).toContain(`${prefix}-${report.period}`);
  expect(calculate(result, { today: TODAY }).report.people).toEqual(report.people);
});

test('a dropped file is opened like a chosen one', async () => {
  await openPage();
  const bytes = [...fs.readFileSync(SAMPLE)];
  const transfer = await page.evaluateHandle(({ data, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], '拖入的台账.xlsx', { type }));
    return dt;
  }, { data: bytes, type: XLSX_MIME });
  await page.dispatchEvent('[data-dropzone=ledger]', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('[data-dropzone=ledger]', 'drop', { dataTransfer: transfer });
  await page.getByRole('button', { name: /计算/ }).waitFor();
  await expect(page.locator('body').innerText()).resolves.toContain('拖入的台账.xlsx');
});

test.each([
  ['a damaged .xlsx', '损坏的台账.xlsx', async () => Buffer.from('PK\u0003\u0004 this is not really a zip'), /无法打开“损坏的台账.xlsx”/],
  ['an .xls file', '旧台账.xls', async () => Buffer.from('\u00d0\u00cf\u0011\u00e0old excel', 'latin1'), /不是 \.xlsx 工作簿/],
  ['a workbook without a ledger', '空表.xlsx', ledgerWithoutLedger, /未找到稿件登记台账/],
])('%s gets a clear message, not a blank page', async (_label, name, bytes, message) => {
  await openPage();
  await fileInput().setInputFiles({ name, mimeType: XLSX_MIME, buffer: await bytes() });
  const alert = page.locator('.fui-MessageBar').filter({ hasText: message });
  await alert.waitFor();
  // a short title, the explanation under it: no colon chains, no English in the Chinese page
  const title = await alert.locator('.fui-MessageBarTitle').innerText();
  expect(title).toMatch(message);
  expect(title).not.toMatch(/[：:]/);
  expect(await alert.innerText()).not.toMatch(/[A-Za-z]{3,}[^“”]*\)|\([A-Z][a-z]/);
  await expect(page.getByRole('heading', { name: '宣传稿件统计 · 独立页面' }).isVisible()).resolves.toBe(true);
  if (name.startsWith('损坏')) await page.screenshot({ path: outPath('web-damaged-file.png'), fullPage: true });
});

// A clerk's walk through the page at the task pane's width (420 px): open the sample ledger, pick a period by
// its Chinese name, run, read the summary without scrolling, open a problem (the ledger row appears with the
// cell marked) and a result sheet. The run button must not move. Screenshots of each step go to
// test-output/e2e/clerk-*.png for a human look.
const WIDTH = 420;
const HEIGHT = 800;
const WIDE = { width: 1280, height: 900 };

const shot = (name: string, fullPage = false) => page.screenshot({ path: outPath(`clerk-${name}.png`), fullPage });

test('the whole flow at 420 px reads like a clerk would say it', async () => {
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
  await openPage();
  await shot('1-open');
  // the product's name is the page's one heading of that kind
  await expect(page.getByRole('heading', { name: /宣传稿件统计/ }).count()).resolves.toBe(1);

  await fileInput().setInputFiles(SAMPLE);
  const run = page.getByRole('button', { name: '一键计算' });
  await run.waitFor();
  await shot('2-loaded');

  // periods by their Chinese names, grouped, the newest quarter selected
  const picker = page.getByRole('combobox', { name: '统计期间' });
  const groups = await picker.locator('optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
  expect(groups).toEqual(['季度', '月', '半年', '全年']);
  const selected = await picker.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0].textContent);
  expect(selected).toBe(periodText(expected.report.period));
  expect(selected).toMatch(/^\d{4}年第[一二三四]季度$/);
  const texts = await picker.locator('option').allTextContents();
  expect(texts).toContain('2026年上半年');
  expect(texts).toContain('2026年7月');
  expect(texts.every((t) => /^\d{4}年/.test(t))).toBe(true);

  // the run button stays where it was clicked; the summary appears under it, above the fold
  await page.evaluate(() => window.scrollTo(0, 0));
  const before = await run.boundingBox();
  await run.click();
  const summary = page.getByRole('region', { name: `${periodText(expected.report.period)}计算完成` });
  await summary.waitFor({ timeout: 60000 });
  await page.locator('main[aria-busy="false"]').waitFor();
  await page.getByRole('link', { name: /下载结果/ }).waitFor();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await run.boundingBox()).toEqual(before);
  const stipend = summary.getByText(yuanText(expected.report.stipendTotalFen), { exact: true });
  const box = await stipend.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
  await shot('3-summary');

  // figures as the CLI prints them
  const text = await summary.innerText();
  for (const p of expected.report.people.slice(0, 3)) expect(text).toContain(`第${p.rank}名 ${p.name}（${p.unit}），${pointsText(p.points)}`);

  // a problem: its place once, and a click shows the ledger row with the cell marked
  const group = page.getByRole('button', { name: new RegExp(`^(错误|提醒) · .*（\\d+）$`) }).first();
  await group.click();
  const item = page.getByRole('button', { name: /^.+ 第\d+行( [A-Z]+列)?：/ }).first();
  const line = (await item.textContent())!;
  const [, sheet, row, column] = /^(.+) 第(\d+)行(?: ([A-Z]+)列)?：/.exec(line)!;
  expect(line.split(`第${row}行`).length).toBe(2);
  await item.click();
  const preview = page.getByRole('region', { name: `台账 ${sheet} 第${row}行` });
  await preview.waitFor();
  if (column) await expect(preview.locator('tr[aria-current="true"]').getAttribute('data-column')).resolves.toBe(column);
  await preview.scrollIntoViewIfNeeded();
  await shot('4-problem-row');

  // a result sheet button shows the sheet read-only in the page
  await page.evaluate(() => window.scrollTo(0, 0));
  const name = `排名-${expected.report.period}`;
  await summary.getByRole('button', { name: `查看 ${name}` }).click();
  const sheetView = page.getByRole('region', { name });
  await sheetView.waitFor();
  const top = expected.report.people[0];
  await expect(sheetView.innerText()).resolves.toContain(top.name);
  await sheetView.scrollIntoViewIfNeeded();
  await shot('5-result-sheet');
  expect(await run.boundingBox().then((b) => b && b.x)).toBe(before!.x);

  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('6-whole-page', true);
  await page.setViewportSize(WIDE);
});
