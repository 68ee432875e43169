// The add-in's task pane opened in Chromium outside Office (office.js served locally): it must explain
// that it runs inside Excel and point to the standalone page, without console errors or network.
import { openSession, type Session } from './browser';
import { carriesFileShell, DIST, outPath, scriptsIn } from './fixtures';
import { serveStatic, type StaticServer } from './server';

let server: StaticServer;
let session: Session;

beforeAll(async () => {
  server = await serveStatic(DIST);
  session = await openSession(server.origin);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('taskpane.html outside Excel says so and links to the standalone page', async () => {
  const { page } = session;
  await page.goto(`${server.origin}/taskpane.html`);
  const link = page.locator('a[href$="index.html"]');
  await link.first().waitFor({ timeout: 30000 });
  const text = await page.locator('body').innerText();
  expect(text).toMatch(/Excel/);
  expect(text).toMatch(/独立页面/);
  await page.screenshot({ path: outPath('taskpane-outside-office.png'), fullPage: true });
  // office.js came from this machine
  expect(server.requested.some((p) => p.endsWith('office.js'))).toBe(true);
  // the add-in pane does not carry the .xlsx file shell (loaded only by the standalone page)
  expect(carriesFileShell(scriptsIn(server.requested).filter((p) => !p.startsWith('office-js/')))).toBe(false);
  // following the link opens the standalone page
  await link.first().click();
  await page.getByRole('heading', { name: '宣传稿件统计 · 独立页面' }).waitFor();
  expect(session.problems).toEqual([]);
});
