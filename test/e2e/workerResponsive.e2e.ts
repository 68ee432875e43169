// Issue 8 in real Chromium: a 100k-row ledger calculated in the standalone page. While the calculation runs
// (in the worker) the page must answer clicks within about 200 ms and the progress must advance through
// 校验/计算/写入; 取消 must stop it at once, write nothing, and leave the page usable. The CPU is throttled
// 3× during the runs, like the slow 信创 desktops the issue names.
import * as fs from 'fs';
import * as path from 'path';
import type { CDPSession, Page } from 'playwright-core';
import { openSession, type Session } from './browser';
import { DIST, outPath, ROOT, SAMPLE, TODAY } from './fixtures';
import { serveStatic, type StaticServer } from './server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildLedger } = require('../../scripts/sample') as {
  buildLedger(o: { articles: number; people: number; seed: number }): { xlsx(): Promise<Buffer> };
};

const ROWS = 100_000;
/** the bench's cache file for the same ledger (scripts/bench.js ledger()) */
const LEDGER = path.join(ROOT, 'test-output', 'bench', `ledger-${ROWS}-400-7.xlsx`);
const ANSWER_MS = 200;
/** No single answer may take longer, whatever else the 2-core machine is doing (playwright's own round
 *  trips, a major GC of the 100k-row workbook the page holds); on the UI thread the calculation took seconds. */
const WORST_MS = 500;
const CPU_SLOWDOWN = 3;
/** Longest main-thread task allowed during a run, at CPU_SLOWDOWN (a click's own rendering included). */
const LONGEST_TASK_MS = 400;

let server: StaticServer;
let session: Session;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  if (!fs.existsSync(LEDGER)) {
    fs.mkdirSync(path.dirname(LEDGER), { recursive: true });
    fs.writeFileSync(LEDGER, await buildLedger({ articles: ROWS, people: 400, seed: 7 }).xlsx());
  }
  server = await serveStatic(DIST);
  session = await openSession(server.origin, outPath('downloads'));
  page = session.page;
  cdp = await page.context().newCDPSession(page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

afterEach(async () => {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  expect(session.problems).toEqual([]);
});

interface Probe {
  /** progress changes: [time, '进度：计算 0.6'] */
  progress: Array<[number, string]>;
  /** aria-expanded changes of the toggle: time of each */
  toggled: number[];
  /** clicks as the browser stamped them on input (event.timeStamp), before they waited for the page's thread */
  clicks: number[];
  /** main-thread long tasks (> 50 ms): [start time, duration] */
  longTasks: Array<[number, number]>;
}

declare global {
  interface Window {
    probe: Probe;
  }
}

/** Records in the page, with Date.now() timestamps, what changes and which tasks blocked the main thread. */
async function installProbe(): Promise<void> {
  await page.evaluate(() => {
    const probe: Probe = { progress: [], toggled: [], clicks: [], longTasks: [] };
    window.probe = probe;
    const origin = Date.now() - performance.now();
    window.addEventListener('pointerdown', (e) => probe.clicks.push(origin + e.timeStamp), { capture: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push([origin + e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    let lastText = '';
    new MutationObserver((records) => {
      const now = Date.now();
      if (records.some((r) => r.type === 'attributes' && r.attributeName === 'aria-expanded')) probe.toggled.push(now);
      const bar = document.querySelector('[role="progressbar"]');
      const shown = bar ? `${bar.getAttribute('aria-label')} ${bar.getAttribute('aria-valuenow')}` : '';
      if (shown !== lastText) probe.progress.push([now, shown]);
      lastText = shown;
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-expanded', 'aria-valuenow', 'data-stage'] });
  });
}

async function openLedger(): Promise<void> {
  await page.goto(`${server.origin}/index.html?today=${TODAY}`);
  await page.getByLabel(/选择台账文件/).setInputFiles(LEDGER);
  await page.getByRole('button', { name: '一键计算' }).waitFor({ timeout: 150_000 });
  await installProbe();
}

const toggle = () => page.locator('button[aria-expanded]').first();
const progressBar = () => page.getByRole('progressbar');

/** Clicks the toggle and returns how long the page took to change the DOM for it (ms): from the moment the
 *  browser took the click in (its input time stamp, so the test driver's own delays on a busy machine are not
 *  counted) to the DOM change, which includes the wait for the page's main thread. */
async function clickAndTime(): Promise<{ ms: number; stage: string }> {
  const [before, clicks] = await page.evaluate(() => [window.probe.toggled.length, window.probe.clicks.length]);
  // read at once (a locator would wait up to 30 s for a progress bar that has just gone)
  const stage = await page.evaluate(() => document.querySelector('[role="progressbar"]')?.getAttribute('aria-label') ?? '');
  await toggle().click();
  await page.waitForFunction((n) => window.probe.toggled.length > n, before, { timeout: 5000 });
  const [at, clicked] = await page.evaluate(([n, c]) => [window.probe.toggled[n], window.probe.clicks[c]], [before, clicks]);
  if (clicked === undefined) throw new Error('the click reached the page without a pointerdown');
  return { ms: at - clicked, stage };
}

test(`the page answers clicks while a ${ROWS.toLocaleString('en')}-row calculation runs, and progress advances`, async () => {
  await openLedger();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const started = Date.now();
  await page.getByRole('button', { name: '一键计算' }).click();
  await progressBar().waitFor();
  const answers: Array<{ ms: number; stage: string }> = [];
  // click while the worker checks and computes (writing follows; the page still answers then)
  let lost = 0;
  while (await progressBar().isVisible()) {
    const a = await clickAndTime().catch(() => undefined);
    if (a) answers.push(a);
    else lost++; // e.g. the progress bar left between reading the stage and clicking; counted below
  }
  await page.getByRole('heading', { name: /计算完成/ }).waitFor({ timeout: 120_000 });
  const finished = Date.now();
  const probe = await page.evaluate(() => window.probe);
  await page.screenshot({ path: outPath('web-100k-after-run.png'), fullPage: false });

  // the calculation proper (the worker's check and compute); writing and showing results are logged too
  const during = answers.filter((a) => /校验|计算/.test(a.stage));
  const longest = Math.max(0, ...probe.longTasks.filter(([t]) => t >= started && t <= finished).map(([, d]) => d));
  const stages = [...new Set(probe.progress.map(([, p]) => p.replace(/\s[\d.]*$/, '')).filter(Boolean))];
  const values = probe.progress.filter(([, p]) => p).map(([, p]) => Number(p.split(' ').pop()));
  console.log(
    `100k rows in the page, CPU ${CPU_SLOWDOWN}× slower: run ${finished - started} ms; ` +
      `${answers.length} clicks answered (${lost} not) in ${answers.map((a) => `${a.ms.toFixed(0)} ms (${a.stage.replace('进度：', '')})`).join(', ')}; ` +
      `longest main-thread task during the run ${longest.toFixed(0)} ms; progress seen: ${stages.join(' → ')}; ` +
      `timeline: ${[
        ...probe.progress.map(([t, p]): [number, string] => [t, p || '(done)']),
        ...probe.longTasks.map(([t, d]): [number, string] => [t, `long task ${d.toFixed(0)} ms`]),
      ].filter(([t]) => t >= started).sort((a, b) => a[0] - b[0]).map(([t, p]) => `+${t - started} ${p}`).join('; ')}`,
  );
  expect(during.length).toBeGreaterThanOrEqual(3);
  expect(lost).toBeLessThanOrEqual(1);
  const sorted = during.map((a) => a.ms).sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(ANSWER_MS);
  // One late answer may be the shared 2-core machine delaying the test driver: the page's own main-thread
  // tasks (measured in the page) show whether it was the page that kept the click waiting.
  expect(sorted.filter((ms) => ms >= WORST_MS).length).toBeLessThanOrEqual(1);
  expect(longest).toBeLessThan(LONGEST_TASK_MS);
  // progress went through checking and computing to writing, in that order
  const order = ['校验', '计算', '写入'].map((s) => stages.findIndex((p) => p.includes(s)));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
});

test('取消 stops the running calculation at once, writes nothing, and the page works again', async () => {
  await openLedger();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.getByRole('button', { name: '一键计算' }).click();
  await page.locator('[role="progressbar"][aria-label*="计算"], [role="progressbar"][aria-label*="校验"]').waitFor();
  const clicksBefore = await page.evaluate(() => window.probe.clicks.length);
  await page.getByRole('button', { name: '取消' }).click();
  await page.getByText('已取消计算，工作簿未改动。').waitFor();
  // from the browser's input time stamp of the click (as clickAndTime: the test driver's own delays are not the page's)
  const [clicked, gone] = await page.evaluate((n) => {
    const at = window.probe.clicks[n];
    return [at, window.probe.progress.find(([t, p]) => t >= at && p === '')?.[0]];
  }, clicksBefore);
  if (clicked === undefined) throw new Error('the click on 取消 reached the page without a pointerdown');
  const stoppedMs = (gone ?? Date.now()) - clicked;
  expect(await progressBar().count()).toBe(0);
  // nothing was written: no result to download, no summary
  expect(await page.getByRole('link', { name: /下载结果/ }).count()).toBe(0);
  expect(await page.getByRole('heading', { name: /计算完成/ }).count()).toBe(0);
  await page.screenshot({ path: outPath('web-100k-cancelled.png'), fullPage: false });
  // still usable: the toggle answers, and a new run completes (a fresh worker)
  const answer = await clickAndTime();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.getByRole('button', { name: '一键计算' }).click();
  await page.getByRole('heading', { name: /计算完成/ }).waitFor({ timeout: 120_000 });
  await page.getByRole('link', { name: /下载结果/ }).waitFor();
  console.log(`取消: progress gone ${stoppedMs.toFixed(0)} ms after the click; toggle afterwards answered in ${answer.ms.toFixed(0)} ms`);
  expect(stoppedMs).toBeLessThan(WORST_MS);
  expect(answer.ms).toBeLessThan(WORST_MS);
});

test('where the page may not start a worker (CSP worker-src none), the same calculation runs in-thread', async () => {
  await page.route(`${server.origin}/index.html*`, async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace("worker-src 'self'", "worker-src 'none'");
    await route.fulfill({ response: res, body });
  });
  try {
    await page.goto(`${server.origin}/index.html?today=${TODAY}`);
    await page.getByLabel(/选择台账文件/).setInputFiles(SAMPLE);
    await page.getByRole('button', { name: '一键计算' }).click();
    await page.getByRole('heading', { name: /计算完成/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: /下载结果/ }).waitFor();
  } finally {
    await page.unroute(`${server.origin}/index.html*`);
  }
  // the browser reports the refused worker; nothing else went wrong
  const refused = session.problems.filter((p) => /worker-src|Content Security Policy/i.test(p));
  expect(refused.length).toBeGreaterThan(0);
  session.problems.splice(0, session.problems.length, ...session.problems.filter((p) => !refused.includes(p)));
});
