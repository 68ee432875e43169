/** @jest-environment jsdom */
// The whole add-in flow on the fake Excel: the pane reads the sample ledger through the Office shell,
// runs the quarterly calculation and writes the result sheets; the numbers equal the CLI's (file shell).
import * as React from 'react';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculate, MARKER_SHEET, type WorkbookData } from '../../src/core';
import { createOfficeHost } from '../../src/addin/office/officeHost';
import { readWorkbook } from '../../src/addin/office/read';
import { Pane, type RunContext } from '../../src/ui/Pane';
import { FakeWorkbook } from './fakeExcel';
import { excelValue, installResizeObserver, sameDates, sampleFromFile } from './sampleWorkbook';

const TODAY = '2026-11-21';

installResizeObserver(); // jsdom has none; Fluent UI's pane observes sizes

function toFake(data: WorkbookData): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const s of data.sheets) {
    const sheet = wb.addSheet(s.name, s.rows.map((r) => (r ?? []).map(excelValue)));
    if (s.hidden) sheet.visibility = 'Hidden';
  }
  return wb;
}

describe('add-in end to end on the fake Excel', () => {
  it('the Office shell gives the core the same numbers as the file shell', async () => {
    const fileData = await sampleFromFile();
    const officeData = await readWorkbook(toFake(fileData).runtime());
    for (const period of [undefined, '2026', '2026-03']) {
      const viaFile = calculate(fileData, { today: TODAY, period });
      const viaOffice = calculate(officeData, { today: TODAY, period });
      expect(sameDates(viaOffice.report)).toEqual(viaFile.report);
    }
  });

  it('runs the quarterly calculation from the pane and writes every result sheet', async () => {
    const fileData = await sampleFromFile();
    const fake = toFake(fileData);
    let ctx: RunContext | undefined;
    render(<Pane host={createOfficeHost(fake.runtime())} today={TODAY} renderAfterRun={(c) => { ctx = c; return null; }} />);
    const run = await screen.findByRole('button', { name: '一键计算' }, { timeout: 20_000 });
    fake.resetCounters();
    await userEvent.click(run);
    await screen.findByRole('region', { name: /计算完成/ }, { timeout: 20_000 });
    const { result, written } = ctx!;
    expect(result.period.kind).toBe('quarter');
    const cli = calculate(fileData, { today: TODAY, period: result.period.label });
    expect(sameDates(result.report)).toEqual(cli.report); // identical to the CLI's JSON report
    const label = result.period.label;
    for (const name of [`排名-${label}`, `稿酬-${label}`, `任务进度-${label}`, `校验-${label}`, `通报-${label}`]) {
      expect(written.written.map((w) => w.actual)).toContain(name);
      expect(fake.sheet(name)).toBeDefined();
    }
    expect(fake.sheet(`通报-${label}`)!.charts.length).toBeGreaterThan(0);
    expect(fake.sheet(MARKER_SHEET)!.visibility).toBe('VeryHidden');
    expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(fake.sheets.some((s) => s.name.startsWith('_tmp_'))).toBe(false);
  });
});
