/** @jest-environment jsdom */
// Every figure reads the same in the CLI's summary, the pane, the 通报 text and the written sheets as
// LibreOffice shows them (an independent renderer of the sheets' number formats): 16,500.00 元, 73.43 分,
// 34.60 分, the ledger row counts in the same words.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { TextDecoder, TextEncoder } from 'util';
import * as React from 'react';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ledgerRowsText, periodText, pointsNumber, pointsText, yuanNumber, yuanText, type CalcResult } from '../../src/core';
import { readXlsx, writeResults } from '../../src/file';
import { summary } from '../../src/cli/summary';
import { Pane, type RunContext } from '../../src/ui/Pane';
import { FakeHost } from './fakeHost';

Object.assign(globalThis, { TextDecoder, TextEncoder });
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const SAMPLE = path.resolve(__dirname, '../../assets/sample-ledger.xlsx');
const TODAY = '2026-11-21';

/** Each sheet of the workbook as CSV text with cells "as shown" (LibreOffice applies the number formats). */
function shownByLibreOffice(xlsx: Uint8Array): Map<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'figures-'));
  fs.writeFileSync(path.join(dir, 'result.xlsx'), xlsx);
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
  const lo = spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', filter, '--outdir', dir, path.join(dir, 'result.xlsx')], { encoding: 'utf8', timeout: 120_000 });
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir)) {
    const m = /^result-(.+)\.csv$/.exec(f);
    if (m) out.set(m[1], fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  if (out.size === 0) throw new Error(`LibreOffice wrote no CSV: ${lo.stderr}`);
  return out;
}

it('the CLI, the pane, the notice and the sheets show the same figures', async () => {
  const bytes = new Uint8Array(fs.readFileSync(SAMPLE));
  const host = new FakeHost(await readXlsx(bytes));
  let ctx: RunContext | undefined;
  render(<Pane host={host} today={TODAY} renderAfterRun={(c) => { ctx = c; return null; }} />);
  await userEvent.click(await screen.findByRole('button', { name: '一键计算' }, { timeout: 20_000 }));
  const pane = (await screen.findByRole('region', { name: /计算完成/ }, { timeout: 20_000 })).textContent!;
  const result: CalcResult = ctx!.result;
  const { report } = result;
  const cli = summary(result, 'out.xlsx', []);

  // the sample's figures need the thousands separator and a trailing zero: the cases that once disagreed
  const total = yuanText(report.stipendTotalFen);
  expect(total).toMatch(/^\d{1,3}(,\d{3})+\.\d\d 元$/);
  const top = report.people.slice(0, 3);
  expect(top.some((p) => pointsNumber(p.points).endsWith('0'))).toBe(true);

  for (const text of [total, ledgerRowsText(report.rows), periodText(report.period), ...top.map((p) => pointsText(p.points))]) {
    expect(cli).toContain(text);
    expect(pane).toContain(text);
  }
  const notice = result.sheets.find((s) => s.kind === 'notice')!;
  expect(notice.notes.join('\n')).toContain(`本期应发稿酬合计 ${total}`);

  // the sheets as LibreOffice renders their number formats
  const { data } = await writeResults(bytes, await readXlsx(bytes), result.sheets);
  const shown = shownByLibreOffice(data);
  const ranking = shown.get(`排名-${report.period}`)!;
  for (const p of top) expect(ranking).toContain(`${p.rank},${p.name},${p.unit},${pointsNumber(p.points)},`);
  const stipends = shown.get(`稿酬-${report.period}`)!;
  const biggest = Math.max(...report.people.map((p) => p.stipendFen ?? 0));
  expect(stipends).toContain(`"${yuanNumber(biggest)}"`);
}, 180_000);
