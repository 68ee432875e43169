/** @jest-environment jsdom */
// The pane's 下载通报（Word）: offered only after a run, it saves 通报-<period>.docx built from that run's notice
// model (jsdom has no canvas: the document comes without charts, as the CLI's does).
import * as React from 'react';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import '@testing-library/jest-dom';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane, type RunContext } from '../../src/ui/Pane';
import { ledgerRows } from '../addin/fixtures';
import { FakeHost } from '../ui/fakeHost';
import { part, readBody } from './docxReader';

import { TextDecoder, TextEncoder } from 'util';

// jest's jsdom lacks what every browser has and the docx package uses
Object.assign(globalThis, { TextEncoder, TextDecoder });
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

it('offers the Word notice after a run and saves the run\'s notice as 通报-<period>.docx', async () => {
  const saved: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (b: Blob | MediaSource) => { const url = `blob:test/${blobs.size}`; blobs.set(url, b as Blob); return url; };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  jest.spyOn(console, 'error').mockImplementation(() => undefined); // jsdom: "not implemented: canvas"

  let ctx: RunContext | undefined;
  render(<Pane host={new FakeHost({ sheets: [{ name: '台账', rows: ledgerRows(30) }] })} today="2026-11-21" renderAfterRun={(c) => { ctx = c; return null; }} />);
  await screen.findByRole('button', { name: '一键计算' }, { timeout: 10_000 });
  expect(screen.queryByRole('button', { name: '下载通报（Word）' })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '一键计算' }));
  const button = await screen.findByRole('button', { name: '下载通报（Word）' }, { timeout: 10_000 });
  await userEvent.click(button);
  await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });

  const { result } = ctx!;
  expect(saved[0].name).toBe(`通报-${result.period.label}.docx`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'notice-')), saved[0].name);
  const bytes = await new Promise<ArrayBuffer>((resolve) => { // jsdom's Blob has no arrayBuffer()
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(saved[0].blob);
  });
  fs.writeFileSync(file, new Uint8Array(bytes));
  const body = readBody(part(file, 'word/document.xml'));
  expect(body.paragraphs[0].text).toBe(result.notice.title);
  expect(body.paragraphs.map((p) => p.text).join('')).toContain(`本期应发稿酬合计${(result.report.stipendTotalFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`);
  expect(body.images).toBe(0);
  expect(screen.getByRole('button', { name: '下载通报（Word）' })).toBeEnabled();
});
