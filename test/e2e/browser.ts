// Debian's Chromium driven by playwright-core (no browser download), with a fresh profile, and guards
// that record every console error, page error and request that leaves the local server.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** console errors, uncaught page errors and off-machine requests seen so far */
  problems: string[];
  close(): Promise<void>;
}

/** Only the local server and in-page blob:/data: URLs are allowed. */
export function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === origin || url.startsWith('blob:') || url.startsWith('data:');
}

export async function openSession(origin: string, downloadsDir?: string): Promise<Session> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  const problems: string[] = [];
  context.on('request', (req) => {
    if (!isLocal(req.url(), origin)) problems.push(`request leaving localhost: ${req.method()} ${req.url()}`);
  });
  // and make sure such a request never actually goes out
  await context.route((url) => !isLocal(url.href, origin), (route) => route.abort('blockedbyclient'));
  context.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
