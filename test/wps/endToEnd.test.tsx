/** @jest-environment jsdom */
// The WPS shell end to end on the fake ET: the pane reads the sample ledger through the ET object model,
// runs the quarterly calculation and writes the result sheets; the numbers equal the CLI's (file shell),
// a rerun changes nothing, a user's sheet is kept and a failure mid-write leaves the workbook as it was.
import * as React from 'react';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calculate, cellAddress, cellOutput, customRowHeights, describeSheet, layoutSheet, MARKER_SHEET, type OutputSheet, type WorkbookData } from '../../src/core';
import { Pane, type RunContext } from '../../src/ui/Pane';
import { createWpsHost } from '../../src/wps/wpsHost';
import { readWorkbook } from '../../src/wps/read';
import { writeSheets } from '../../src/wps/write';
import { excelValue, installResizeObserver, sameDates, sampleFromFile } from '../addin/sampleWorkbook';
import { FakeEtApplication, type FakeWorksheet } from './fakeEt';

const TODAY = '2026-11-21';

installResizeObserver(); // jsdom has none; Fluent UI's pane observes sizes

function toEt(data: WorkbookData): FakeEtApplication {
  const app = new FakeEtApplication();
  for (const s of data.sheets) {
    const ws = app.workbook!.addSheet(s.name, s.rows.map((r) => (r ?? []).map(excelValue)));
    if (s.hidden) ws.Visible = 0;
  }
  app.workbook!.ops = 0;
  return app;
}

/** Data rows of every block as the sheet holds them, '' for empty cells (what a user sees). */
function blockValues(ws: FakeWorksheet, sheet: OutputSheet): unknown[][][] {
  const layout = layoutSheet(sheet);
  return sheet.blocks.map((b, i) => {
    const p = layout.blocks[i];
    if (!b.rows.length) return [];
    const v = ws.Range(`A${p.firstDataRow}:${String.fromCharCode(64 + p.lastCol)}${p.lastRow}`).Value2;
    return (Array.isArray(v) ? (v as unknown[][]) : [[v]]).map((row) => row.map((x) => x ?? ''));
  });
}

function expected(sheet: OutputSheet): unknown[][][] {
  // as the core says to write them: ISO dates in a date column become Excel serials, like the other shells
  return sheet.blocks.map((b) => b.rows.map((row) => b.columns.map((col, c) => cellOutput(col.format, row[c] ?? null).value ?? '')));
}

let fileData: WorkbookData;
beforeAll(async () => {
  fileData = await sampleFromFile();
});

describe('WPS shell end to end on the fake ET', () => {
  it('gives the core the same numbers as the file shell, reading in chunks', async () => {
    const app = toEt(fileData);
    const viaWps = await readWorkbook(app.runtime());
    for (const period of [undefined, '2026', '2026-03']) {
      expect(sameDates(calculate(viaWps, { today: TODAY, period }).report)).toEqual(calculate(fileData, { today: TODAY, period }).report);
    }
    expect(app.stats.maxCellsPerValue2).toBeLessThanOrEqual(50_000);
    expect(app.stats.yields).toBeGreaterThanOrEqual(fileData.sheets.length);
    expect(app.workbook!.ops).toBe(0); // reading changed nothing
  });

  it('runs the quarterly calculation from the pane and writes every result sheet with the CLI values', async () => {
    const app = toEt(fileData);
    const ledger = app.workbook!.snapshot() as { sheets: Array<{ name: string }> };
    let ctx: RunContext | undefined;
    render(<Pane host={createWpsHost(app.runtime())} today={TODAY} renderAfterRun={(c) => ((ctx = c), null)} />);
    await userEvent.click(await screen.findByRole('button', { name: '一键计算' }, { timeout: 20_000 }));
    await screen.findByRole('region', { name: /计算完成/ }, { timeout: 20_000 });
    const { result, written } = ctx!;
    const cli = calculate(fileData, { today: TODAY, period: result.period.label });
    expect(result.period.kind).toBe('quarter');
    expect(sameDates(result.report)).toEqual(cli.report);
    const wb = app.workbook!;
    for (const out of cli.sheets) {
      expect(written.written.map((w) => w.actual)).toContain(out.name);
      const ws = wb.sheet(out.name)!;
      expect(ws).toBeDefined();
      expect(blockValues(ws, out)).toEqual(expected(out));
      expect(ws.tables.map((t) => t.Name)).toEqual(out.blocks.map((b) => b.tableName));
      expect(ws.Range('A1').Value2).toBe(out.title);
      const d = describeSheet(out);
      expect(ws.page.CenterHeader).toBe(d.page.centerHeader);
      if (out.kind !== 'notice') expect(ws.page.CenterHeader).toContain(out.title); // the notice's title is its centred first row
      expect(ws.page.CenterFooter).toBe(d.page.centerFooter);
      expect(ws.page.PaperSize).toBe(9);
      // table look as described: ruled, headings over numbers right-aligned, long text wrapped, tall rows set
      for (const b of d.blocks) {
        const [first, last] = b.tableRange.split(':');
        expect(ws.Range(first).Borders.LineStyle).toBe(1);
        expect(ws.Range(last).Borders.LineStyle).toBe(1);
        b.align.forEach((a, c) => {
          expect(ws.Range(cellAddress(b.headerRow, b.firstCol + c)).HorizontalAlignment).toBe(a === 'right' ? -4152 : 1);
          if (b.lastRow > b.headerRow) expect(ws.Range(cellAddress(b.firstDataRow, b.firstCol + c)).WrapText).toBe(b.wrap[c]);
        });
      }
      for (const [row, height] of customRowHeights(d)) expect(ws.Range(cellAddress(row, 1)).RowHeight).toBe(height);
      // frozen header rows as the core describes them (the 通报 is a document: none)
      if (d.frozenRows) expect(ws.freeze).toMatchObject({ rows: d.frozenRows, cols: 0, frozen: true });
      else expect(ws.freeze.frozen).toBe(false);
      // the page design: the notice merged, centred, at a fixed scale with its page breaks and print area
      expect(ws.merges).toEqual(d.merges);
      expect(ws.pageBreaks).toEqual(d.page.rowBreaks);
      expect(ws.freeze.gridlines).toBe(d.page.showGridlines);
      expect(ws.page.CenterHorizontally).toBe(d.page.centerHorizontally);
      if (out.kind === 'notice') {
        expect([d.merges.length, d.page.rowBreaks.length, ws.page.Zoom]).toEqual([1 + out.notes.length, 1, d.page.scale]);
        expect(ws.page.PrintArea).toMatch(/^\$A\$1:\$[A-Z]+\$\d+$/);
        expect(ws.Range('A1').HorizontalAlignment).toBe(-4108);
      }
      if (d.frozenRows) expect(d.frozenRows).toBe(layoutSheet(out).blocks[0].headerRow);
    }
    const label = result.period.label;
    const notice = wb.sheet(`通报-${label}`)!;
    expect(notice.charts.length).toBeGreaterThan(0);
    expect(notice.charts[0].series[0].Values).toMatch(new RegExp(`^='通报-${label}'!\\$[A-Z]+\\$\\d+:\\$[A-Z]+\\$\\d+$`));
    const validation = wb.sheet(`校验-${label}`)!;
    expect(validation.links.length).toBe(cli.report.issues.filter((i) => i.row > 0).length);
    expect(wb.sheet(MARKER_SHEET)!.Visible).toBe(2);
    expect(wb.sheets.some((s) => s.Name.startsWith('_tmp_') || s.Name.startsWith('_old_'))).toBe(false);
    // every sheet of the ledger is untouched, except the payout history the quarter extends
    const replaced = new Set([...written.written.map((w) => w.actual), MARKER_SHEET]);
    const kept = (snap: { sheets: Array<{ name: string }> }) => snap.sheets.filter((s) => !replaced.has(s.name));
    expect(replaced.has('稿酬发放记录')).toBe(true);
    expect(kept(wb.snapshot() as typeof ledger).length).toBe(kept(ledger).length);
    expect(kept(wb.snapshot() as typeof ledger)).toEqual(kept(ledger));
    expect(app.stats.deletePrompts).toBe(0);
    expect(app.ScreenUpdating).toBe(true);
  });

  it('a rerun replaces its own sheets and leaves the same workbook', async () => {
    const app = toEt(fileData);
    const { sheets } = calculate(fileData, { today: TODAY, period: '2026Q3' });
    await writeSheets(app.runtime(), sheets);
    const first = app.workbook!.snapshot();
    const report = await writeSheets(app.runtime(), sheets);
    expect(report.written.every((w) => w.actual === w.intended)).toBe(true);
    expect(app.workbook!.snapshot()).toEqual(first);
  });

  it("keeps a user's sheet that has a result's name and writes the result beside it", async () => {
    const app = toEt(fileData);
    const user = app.workbook!.addSheet('排名-2026Q3', [['我自己的排名表'], ['张三', 3]]);
    const { sheets } = calculate(fileData, { today: TODAY, period: '2026Q3' });
    const report = await writeSheets(app.runtime(), sheets);
    expect(report.written.find((w) => w.intended === '排名-2026Q3')!.actual).toBe('排名-2026Q3(2)');
    expect(app.workbook!.sheet('排名-2026Q3')).toBe(user);
    expect(user.Range('A1:B2').Value2).toEqual([['我自己的排名表', undefined], ['张三', 3]]);
    await writeSheets(app.runtime(), sheets); // and again: the (2) sheet is ours now, the user's still kept
    expect(app.workbook!.sheets.filter((s) => s.Name.startsWith('排名-2026Q3')).map((s) => s.Name)).toEqual(['排名-2026Q3', '排名-2026Q3(2)']);
  });

  it.each([
    ['the first write', () => 1],
    ['the middle of the writes', (total: number) => Math.floor(total / 2)],
    ['the commit (renaming, marker)', (total: number) => total - 3],
    ['the last step of the commit', (total: number) => total - 1],
  ])('a failure at %s leaves the workbook exactly as it was', async (_, at) => {
    const { sheets } = calculate(fileData, { today: TODAY, period: '2026Q3' });
    // a workbook that already holds results, so the commit has old sheets to move aside
    const app = toEt(fileData);
    await writeSheets(app.runtime(), sheets);
    const wb = app.workbook!;
    const before = wb.snapshot();
    wb.ops = 0;
    await writeSheets(app.runtime(), sheets);
    const total = wb.ops - sheets.length; // ops of a rerun, less the deletes of old sheets after the commit
    // restore the first state by rerunning on a fresh copy, then fail at the chosen step
    const app2 = toEt(fileData);
    await writeSheets(app2.runtime(), sheets);
    const wb2 = app2.workbook!;
    expect(wb2.snapshot()).toEqual(before);
    wb2.ops = 0;
    wb2.failAt = at(total);
    await expect(writeSheets(app2.runtime(), sheets)).rejects.toThrow(/WPS 表格返回错误，结果未写入.*模拟的 WPS 错误/);
    wb2.failAt = undefined;
    expect(wb2.snapshot()).toEqual(before);
  });

  it('refuses a workbook whose structure is protected, with a Chinese message, and changes nothing', async () => {
    const app = toEt(fileData);
    app.workbook!.ProtectStructure = true;
    const before = app.workbook!.snapshot();
    await expect(writeSheets(app.runtime(), calculate(fileData, { today: TODAY }).sheets)).rejects.toThrow('工作簿结构受保护');
    expect(app.workbook!.snapshot()).toEqual(before);
  });
});
