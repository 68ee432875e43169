/** @jest-environment jsdom */
// 取消 in the pane: it stops a run while reading or calculating, nothing is written, and the pane can run
// again; once writing has started it is no longer offered (writing is all or nothing in the host).
import * as React from 'react';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OutputSheet, WorkbookData } from '../../src/core';
import { Pane } from '../../src/ui/Pane';
import { InlineCalcClient, setCalcClient, type CalcClient } from '../../src/ui/calc/client';
import { CancelledError } from '../../src/ui/calc/errors';
import { ledgerRows } from '../addin/fixtures';
import { FakeHost } from './fakeHost';

(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const TODAY = '2026-11-21';
const ledger = (): WorkbookData => ({ sheets: [{ name: '台账', rows: ledgerRows(30) }] });

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Reads and writes wait for the test to let them go (from the second read on: the first is the pane's load). */
class SlowHost extends FakeHost {
  reading = deferred();
  writing?: ReturnType<typeof deferred>;
  reads = 0;
  aborted = false;
  override async readWorkbook(onProgress?: (f: number) => void, signal?: AbortSignal): Promise<WorkbookData> {
    if (++this.reads > 1) {
      signal?.addEventListener('abort', () => (this.aborted = true));
      await this.reading.promise;
    }
    return super.readWorkbook(onProgress);
  }
  override async writeResults(sheets: OutputSheet[]) {
    await this.writing?.promise;
    return super.writeResults(sheets);
  }
}

afterEach(() => setCalcClient(undefined));

async function ready(host: FakeHost) {
  render(<Pane host={host} today={TODAY} />);
  return screen.findByRole('button', { name: '一键计算' }, { timeout: 10_000 });
}

it('取消 while reading stops the run before anything is calculated or written', async () => {
  const host = new SlowHost(ledger());
  const calc = new InlineCalcClient();
  const run = jest.spyOn(calc, 'run');
  setCalcClient(calc);
  await userEvent.click(await ready(host));
  expect(screen.getByRole('progressbar', { name: '进度：读取' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: '取消' }));
  expect(host.aborted).toBe(true);
  host.reading.resolve();
  expect(await screen.findByText('已取消计算，工作簿未改动。')).toBeInTheDocument();
  expect(run).not.toHaveBeenCalled();
  expect(host.calls).not.toContain('write');
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '取消' })).not.toBeInTheDocument();
});

it('取消 while calculating stops the calculation; the next run completes', async () => {
  const host = new SlowHost(ledger());
  host.reading.resolve();
  let cancelled = 0;
  const stuck: CalcClient = {
    mode: 'worker',
    run: (_job, onProgress) => {
      onProgress?.('compute', 0.4);
      let reject: (e: unknown) => void = () => undefined;
      return { promise: new Promise((_, r) => (reject = r)), cancel: () => (cancelled++, reject(new CancelledError())) };
    },
  };
  setCalcClient(stuck);
  await userEvent.click(await ready(host));
  expect(await screen.findByRole('progressbar', { name: '进度：计算' })).toBeInTheDocument();
  expect(screen.getByText('进度：计算 60%')).toBeInTheDocument(); // (2 stages done + 0.4) / 4
  await userEvent.click(screen.getByRole('button', { name: '取消' }));
  expect(await screen.findByText('已取消计算，工作簿未改动。')).toBeInTheDocument();
  expect(cancelled).toBe(1);
  expect(host.calls).not.toContain('write');

  setCalcClient(new InlineCalcClient());
  await userEvent.click(screen.getByRole('button', { name: '一键计算' }));
  await screen.findByRole('region', { name: /计算完成/ }, { timeout: 10_000 });
  expect(host.calls).toContain('write');
  expect(screen.queryByText('已取消计算，工作簿未改动。')).not.toBeInTheDocument();
});

it('取消 is not offered once writing has started', async () => {
  const host = new SlowHost(ledger());
  host.reading.resolve();
  host.writing = deferred();
  setCalcClient(new InlineCalcClient());
  await userEvent.click(await ready(host));
  expect(await screen.findByRole('progressbar', { name: '进度：写入' }, { timeout: 10_000 })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '取消' })).toBeDisabled();
  host.writing.resolve();
  await screen.findByRole('region', { name: /计算完成/ }, { timeout: 10_000 });
});
