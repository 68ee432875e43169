// 下载通报（Word） on the standalone page in real Chromium: the pane builds the .docx in the browser with the
// charts drawn as PNG; the download is read back with unzip and a strict parser and rendered by LibreOffice.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import type { CalcResult } from '../../src/core';
import { openSession, type Session } from './browser';
import { DIST, nodeResult, ROOT, SAMPLE, TODAY } from './fixtures';
import { serveStatic, type StaticServer } from './server';
import { part, partBytes, parts, readBody } from '../notice/docxReader';
import { renderDocx } from '../notice/render';

const OUT = path.join(ROOT, 'test-output', 'notice', 'web');
let server: StaticServer;
let session: Session;
let page: Page;
let expected: CalcResult;

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  expected = await nodeResult(SAMPLE);
  server = await serveStatic(DIST);
  session = await openSession(server.origin, OUT);
  page = session.page;
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('the pane downloads the Word notice with its three charts on its 附件 page', async () => {
  await page.goto(`${server.origin}/index.html?today=${TODAY}`);
  await page.getByLabel(/选择台账文件/).setInputFiles(SAMPLE);
  await page.getByRole('button', { name: /计算/ }).click();
  const button = page.getByRole('button', { name: '下载通报（Word）' });
  await button.waitFor({ timeout: 60000 });
  await page.screenshot({ path: path.join(OUT, 'pane-notice-button.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), button.click()]);
  const { report } = expected;
  expect(download.suggestedFilename()).toBe(`通报-${report.period}.docx`);
  const file = path.join(OUT, `页面-通报-${report.period}.docx`);
  await download.saveAs(file);

  const body = readBody(part(file, 'word/document.xml'));
  expect(body.paragraphs[0].text).toBe(expected.notice.title);
  // money reads as everywhere else (issue 12): 16,500.00元
  const yuan = (report.stipendTotalFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  expect(body.paragraphs.map((p) => p.text).join('')).toContain(`本期应发稿酬合计${yuan}元`);
  expect(body.images).toBe(3);
  // real renders of the charts, not blanks: PNG signature, twice the SVG's 560 px width, several kB each
  const media = parts(file).filter((p) => /^word\/media\/.+\.png$/.test(p));
  expect(media).toHaveLength(3);
  for (const m of media) {
    const png = partBytes(file, m);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1120); // IHDR width
    expect(png.length).toBeGreaterThan(5000);
  }

  const r = renderDocx(file, OUT);
  expect(r.pages).toBe(3);
  expect(r.imagePages).toEqual([3, 3, 3]);
  expect(session.problems).toEqual([]);
});
