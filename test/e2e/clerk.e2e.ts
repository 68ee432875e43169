// A clerk's walk through the standalone page at the task pane's width (420 px): open the sample ledger,
// pick a period by its Chinese name, run, read the summary without scrolling, open a problem (the ledger
// row appears with the cell marked) and a result sheet. The run button must not move. Screenshots of each
// step go to test-output/e2e/clerk-*.png for a human look.
import type { Page } from 'playwright-core';
import { periodText, pointsText, yuanText, type CalcResult } from '../../src/core';
import { openSession, type Session } from './browser';
import { DIST, nodeResult, outPath, SAMPLE, TODAY } from './fixtures';
import { serveStatic, type StaticServer } from './server';

const WIDTH = 420;
const HEIGHT = 800;

let server: StaticServer;
let session: Session;
let page: Page;
let expected: CalcResult;

beforeAll(async () => {
  expected = await nodeResult(SAMPLE);
  server = await serveStatic(DIST);
  session = await openSession(server.origin, outPath('downloads'));
  page = session.page;
  await page.setViewportSize({ width: WIDTH, height: HEIGHT });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(() => {
  expect(session.problems).toEqual([]);
});

const shot = (name: string, fullPage = false) => page.screenshot({ path: outPath(`clerk-${name}.png`), fullPage });

test('the whole flow at 420 px reads like a clerk would say it', async () => {
  await page.goto(`${server.origin}/index.html?today=${TODAY}`);
  await page.getByRole('heading', { name: '宣传稿件统计 · 独立页面' }).waitFor();
  await shot('1-open');
  // the product's name is the page's one heading of that kind
  await expect(page.getByRole('heading', { name: /宣传稿件统计/ }).count()).resolves.toBe(1);

  await page.getByLabel('选择台账文件（.xlsx）').setInputFiles(SAMPLE);
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
  const issue = expected.report.issues.find((i) => i.code === 'MISSING_TITLE' || i.column !== '')!;
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
  expect(issue).toBeDefined();

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
});
