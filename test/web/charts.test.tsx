/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import type { OutputSheet } from '../../src/core';
import { chartModel, niceScale } from '../../src/web/charts/chartModel';
import { NoticeCharts } from '../../src/web/charts/NoticeCharts';

const notice: OutputSheet = {
  name: '通报-2026Q3',
  kind: 'notice',
  title: '2026年第三季度宣传工作通报',
  notes: [],
  blocks: [
    {
      caption: '各级别上稿篇数',
      tableName: 'T_levels',
      columns: [
        { header: '期间', format: 'text', width: 10 },
        { header: '国家级', format: 'int', width: 8 },
        { header: '省级', format: 'int', width: 8 },
      ],
      rows: [['2026Q2', 1, 4], ['2026Q3', 2, null]],
    },
    {
      caption: '单位排名',
      tableName: 'T_units',
      columns: [{ header: '单位', format: 'text', width: 10 }, { header: '积分', format: 'decimal', width: 8 }],
      rows: [['办公室', 35.5], ['城关镇', 12]],
    },
    { caption: '空', tableName: 'T_empty', columns: [{ header: 'x', format: 'text', width: 4 }], rows: [] },
  ],
  charts: [
    { id: 'trend', title: '各级别上稿篇数', type: 'column', block: 0, series: [1, 2] },
    { id: 'units', title: '单位积分前列', type: 'bar', block: 1, series: [1] },
    { id: 'quota', title: '空图', type: 'line', block: 2, series: [1] },
  ],
};

describe('chart model', () => {
  test('reads categories from the first column and series from the named columns', () => {
    const m = chartModel(notice, notice.charts[0]);
    expect(m?.categories).toEqual(['2026Q2', '2026Q3']);
    expect(m?.series).toEqual([{ name: '国家级', column: 1, values: [1, 2] }, { name: '省级', column: 2, values: [4, 0] }]);
  });
  test('an empty block or a bad series gives no chart', () => {
    expect(chartModel(notice, notice.charts[2])).toBeUndefined();
    expect(chartModel(notice, { id: 'units', title: 'x', type: 'bar', block: 1, series: [7] })).toBeUndefined();
    expect(chartModel(notice, { id: 'units', title: 'x', type: 'bar', block: 9, series: [1] })).toBeUndefined();
  });
  test('axis maximum is a round number at or above the data', () => {
    expect(niceScale(37)).toEqual({ max: 40, step: 10 });
    expect(niceScale(4)).toEqual({ max: 4, step: 1 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
    expect(niceScale(1234).max).toBeGreaterThanOrEqual(1234);
  });
});

describe('notice charts', () => {
  test('draws one labelled SVG per drawable chart, with a bar per value', () => {
    const { container } = render(<NoticeCharts outputs={[notice]} />);
    expect(screen.getByRole('img', { name: '各级别上稿篇数' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: '单位积分前列' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: '空图' })).toBeNull();
    expect(container.querySelectorAll('rect title')).toHaveLength(4 + 2);
    expect(container.textContent).toContain('办公室');
  });
  test('draws nothing without a notice sheet', () => {
    const { container } = render(<NoticeCharts outputs={[{ ...notice, kind: 'ranking' }]} />);
    expect(container.innerHTML).toBe('');
  });
});
