/** @jest-environment jsdom */
// The pane learns periods and problems from the core's inspect; only the run button calculates.
import * as React from 'react';
import '@testing-library/jest-dom';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane } from '../../src/ui/Pane';
import { calculate } from '../../src/core/engine';
import { ledgerRows } from '../addin/fixtures';
import { FakeHost } from './fakeHost';

jest.mock('../../src/core/engine', () => {
  const actual = jest.requireActual<typeof import('../../src/core/engine')>('../../src/core/engine');
  return { ...actual, calculate: jest.fn(actual.calculate) };
});

(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

it('loads without calculating and calculates once per run', async () => {
  render(<Pane host={new FakeHost({ sheets: [{ name: '台账', rows: ledgerRows(30) }] })} today="2026-11-21" />);
  const button = await screen.findByRole('button', { name: '一键计算' }, { timeout: 10_000 });
  expect(screen.getByRole('combobox', { name: '统计期间' })).toHaveValue('2026Q4');
  expect(calculate).not.toHaveBeenCalled();
  await userEvent.click(button);
  await screen.findByRole('region', { name: /计算完成/ }, { timeout: 10_000 });
  expect(calculate).toHaveBeenCalledTimes(1);
});
