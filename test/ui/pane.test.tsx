/** @jest-environment jsdom */
import * as React from 'react';
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane, type RunContext } from '../../src/ui/Pane';
import { ledgerRows } from '../addin/fixtures';
import { FakeHost } from './fakeHost';

const TODAY = '2026-11-21';

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions.
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function ledgerHost(n = 30): FakeHost {
  return new FakeHost({ sheets: [{ name: '台账', rows: ledgerRows(n) }] });
}

async function ready() {
  return screen.findByRole('button', { name: '一键计算' }, { timeout: 10_000 });
}

describe('Pane', () => {
  it('folds a dozen confirmed monthly sheets into one line that can be expanded', async () => {
    const months = ['1月', '2月', '3月', '4月', '5月'].map((name) => ({ name, rows: ledgerRows(5) }));
    render(<Pane host={new FakeHost({ sheets: months })} today={TODAY} />);
    await ready();
    expect(screen.getByText(/识别到 5 张台账工作表（1月 … 5月）/)).toBeInTheDocument();
    expect(screen.getByText('工作表：3月')).not.toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '逐张查看' }));
    expect(screen.getByText('工作表：3月')).toBeVisible();
  });

  it('offers to insert missing settings sheets and inserts them prefilled', async () => {
    const host = ledgerHost();
    render(<Pane host={host} today={TODAY} />);
    await ready();
    expect(screen.getByText(/缺少设置工作表：统计规则、通讯员名单、媒体目录、任务目标/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '插入设置工作表' }));
    await screen.findByText('设置工作表齐全。');
    expect(host.calls).toContain('insert 统计规则,通讯员名单,媒体目录,任务目标');
    expect(screen.getByText(/已插入：统计规则、通讯员名单、媒体目录、任务目标/)).toBeInTheDocument();
  });

  it('runs: summary with figures, top three and links to the result sheets; issues select their cell', async () => {
    const host = ledgerHost();
    host.workbook.sheets[0].rows.push([99, '', '张伟', '办公室', '市日报', '市级', 46300, '消息']); // no title: an error
    let ctx: RunContext | undefined;
    render(<Pane host={host} today={TODAY} renderAfterRun={(c) => { ctx = c; return <p>下载区</p>; }} />);
    await ready();
    const picker = screen.getByRole('combobox', { name: '统计期间' });
    // Chinese names, grouped by kind, the newest quarter selected
    expect(picker).toHaveValue('2026Q4');
    expect(within(picker).getByRole('option', { selected: true })).toHaveTextContent('2026年第四季度');
    expect([...picker.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['季度', '月', '半年', '全年']);
    const months = [...picker.querySelectorAll('optgroup[label="月"] option')].map((o) => o.textContent);
    expect(months.slice(0, 3)).toEqual(['2026年10月', '2026年9月', '2026年8月']);
    expect(within(picker).getByRole('option', { name: '2026年下半年' })).toHaveValue('2026H2');
    expect(within(picker).getByRole('option', { name: '2026年' })).toHaveValue('2026');
    await userEvent.selectOptions(picker, '2026Q3');
    await userEvent.click(screen.getByRole('button', { name: '一键计算' }));
    const summary = await screen.findByRole('region', { name: '2026年第三季度计算完成' }, { timeout: 10_000 });
    expect(host.calls).toEqual(expect.arrayContaining(['read', 'write']));
    const { report, periodArticles } = ctx!.result;
    expect(periodArticles).toBeGreaterThan(0);
    expect(summary).toHaveTextContent(`本期稿件${periodArticles} 篇稿酬合计`);
    expect(summary).toHaveTextContent(`台账行数共 ${report.rows.total} 行，计入 ${report.rows.counted} 行，错误 1 行，`);
    expect(within(summary).getByText(/^\d{1,3}(,\d{3})*\.\d\d 元$/)).toHaveTextContent(
      `${(report.stipendTotalFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} 元`);
    // the top three carry their rank in the text only (no second numbering) and points with two decimals
    expect(summary.querySelector('ol')).toBeNull();
    const top = report.people[0];
    expect(within(summary).getByText(`第1名 ${top.name}（${top.unit}），${top.points.toFixed(2)} 分`)).toBeInTheDocument();
    expect(screen.getByText('下载区')).toBeInTheDocument();
    await userEvent.click(within(summary).getByRole('button', { name: '打开 排名-2026Q3' }));
    expect(host.calls).toContain('select 排名-2026Q3!A1');
    // validation list grouped by kind; each item names its place once; clicking it selects the ledger cell
    await userEvent.click(screen.getByRole('button', { name: /错误 · 缺少标题（1）/ }));
    const missing = report.issues.find((i) => i.code === 'MISSING_TITLE')!;
    expect(missing.row).toBe(host.workbook.sheets[0].rows.length); // the appended, last ledger row
    const item = screen.getByRole('button', { name: new RegExp(`^台账 第${missing.row}行 B列：`) });
    expect(item.textContent!.split(`第${missing.row}行`).length).toBe(2);
    await userEvent.click(item);
    expect(host.calls).toContain(`select 台账!B${missing.row}`);
    expect(screen.queryByRole('region', { name: /^台账 台账 第/ })).not.toBeInTheDocument();
  });

  it('on the page, an item previews its ledger row with the cell marked and a sheet button shows the sheet', async () => {
    const host = new FakeHost({ sheets: [{ name: '台账', rows: ledgerRows(30) }] }, 'web');
    host.workbook.sheets[0].rows.push([99, '', '张伟', '办公室', '市日报', '市级', 46300, '消息']);
    render(<Pane host={host} today={TODAY} />);
    await ready();
    await userEvent.click(screen.getByRole('button', { name: '一键计算' }));
    const summary = await screen.findByRole('region', { name: /计算完成/ }, { timeout: 10_000 });
    await userEvent.click(screen.getByRole('button', { name: /错误 · 缺少标题（1）/ }));
    const row = host.workbook.sheets[0].rows.length;
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^台账 第${row}行 B列：`) }));
    const preview = screen.getByRole('region', { name: `台账 台账 第${row}行` });
    const marked = preview.querySelector('tr[aria-current="true"]')!;
    expect(marked.getAttribute('data-column')).toBe('B');
    expect(marked).toHaveTextContent('B稿件标题');
    expect(within(preview).getByText('张伟')).toBeInTheDocument();
    // the sheet button shows the result sheet as a table, numbers formatted like the sheet
    await userEvent.click(within(summary).getByRole('button', { name: '查看 稿酬-2026Q4' }));
    const sheet = screen.getByRole('region', { name: '稿酬-2026Q4' });
    expect(within(sheet).getAllByRole('table').length).toBeGreaterThan(0);
    expect(within(sheet).getAllByText(/^\d{1,3}(,\d{3})*\.\d\d$/).length).toBeGreaterThan(0);
    await userEvent.click(within(summary).getByRole('button', { name: '查看 稿酬-2026Q4' }));
    expect(screen.queryByRole('region', { name: '稿酬-2026Q4' })).not.toBeInTheDocument();
  });

  it('marks absent optional columns as optional, not missing', async () => {
    render(<Pane host={ledgerHost()} today={TODAY} />);
    await ready();
    await userEvent.click(screen.getByRole('button', { name: '修改列对应' }));
    for (const name of [/^状态/, /^编号/]) {
      const field = screen.getByRole('combobox', { name }).closest('.fui-Field')!;
      expect(field).toHaveTextContent('未找到，可选');
      expect(field).not.toHaveTextContent('缺少');
    }
  });

  it('says the ledger has no articles when it has headers only, and writes nothing when run anyway', async () => {
    const host = new FakeHost({ sheets: [{ name: '台账', rows: ledgerRows(0) }] });
    render(<Pane host={host} today={TODAY} />);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(within(alert).getByText('台账中没有稿件')).toBeInTheDocument();
    expect(alert).toHaveTextContent('“台账”只有表头，没有登记任何稿件');
    // running re-reads the workbook (the clerk may have filled it in meanwhile); still empty: same words, no sheets
    await userEvent.click(await ready());
    await waitFor(() => expect(host.calls.filter((c) => c === 'read').length).toBeGreaterThanOrEqual(2));
    await waitFor(() => expect(screen.getAllByText('台账中没有稿件').length).toBeGreaterThanOrEqual(1));
    expect(host.calls).not.toContain('write');
    expect(screen.queryByRole('region', { name: /计算完成/ })).not.toBeInTheDocument();
  });

  it('saves a mapping override in the workbook and uses it for the run', async () => {
    const host = ledgerHost();
    let ctx: RunContext | undefined;
    render(<Pane host={host} today={TODAY} renderAfterRun={(c) => { ctx = c; return null; }} />);
    await ready();
    await userEvent.click(screen.getByRole('button', { name: '修改列对应' }));
    // map 体裁 to nothing, then 编号 to column A (序号)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^编号/ }), 'A · 序号');
    await waitFor(() => expect(host.mapping?.sheets[0].columns.id).toBe(0));
    expect(host.calls).toContain('saveMapping');
    expect(screen.getByText('列对应已保存在本工作簿中。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '一键计算' }));
    await screen.findByRole('region', { name: /计算完成/ }, { timeout: 10_000 });
    expect(ctx!.result.detection.sources[0].columns.id).toMatchObject({ index: 0, confidence: 'manual' });
  });

  it('shows Office errors in Chinese and writes nothing else', async () => {
    const host = ledgerHost();
    host.writeError = Object.assign(new Error('x'), { name: 'OfficeHostError', kind: 'protected', code: 'AccessDenied' });
    render(<Pane host={host} today={TODAY} />);
    await ready();
    await userEvent.click(screen.getByRole('button', { name: '一键计算' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('工作簿或工作表受保护');
    expect(screen.queryByRole('region', { name: /计算完成/ })).not.toBeInTheDocument();
  });

  it('explains when there is no ledger', async () => {
    const host = new FakeHost({ sheets: [{ name: 'Sheet1', rows: [['随便', '什么'], [1, 2]] }] });
    render(<Pane host={host} today={TODAY} />);
    expect(await screen.findByText('未找到台账', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '一键计算' })).toBeDisabled();
  });

  it('speaks English when asked', async () => {
    render(<Pane host={ledgerHost()} today={TODAY} lang="en" />);
    expect(await screen.findByRole('button', { name: 'Calculate' }, { timeout: 10_000 })).toBeEnabled();
    expect(screen.getByRole('combobox', { name: 'Period' })).toBeInTheDocument();
  });
});
