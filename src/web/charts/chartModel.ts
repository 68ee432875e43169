// Turns a ChartSpec of an OutputSheet into plain numbers for drawing: the first column of the block holds
// the categories, each series index names another column (the same reading the Excel writer uses).
import type { ChartSpec, OutputSheet } from '../../core';

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartModel {
  title: string;
  type: ChartSpec['type'];
  categories: string[];
  series: ChartSeries[];
}

export function chartModel(sheet: OutputSheet, spec: ChartSpec): ChartModel | undefined {
  const block = sheet.blocks[spec.block];
  if (!block || block.rows.length === 0) return undefined;
  const series = spec.series
    .filter((col) => col > 0 && col < block.columns.length)
    .map((col) => ({
      name: block.columns[col].header,
      values: block.rows.map((r) => (typeof r[col] === 'number' && Number.isFinite(r[col]) ? (r[col] as number) : 0)),
    }));
  if (series.length === 0) return undefined;
  return {
    title: spec.title,
    type: spec.type,
    categories: block.rows.map((r) => (r[0] == null ? '' : String(r[0]))),
    series,
  };
}

/** Axis maximum and tick step: 1, 2 or 5 times a power of ten, about `ticks` steps. */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return { max: Math.ceil(max / step) * step, step };
}

export const SERIES_COLORS = ['#0f6cbd', '#c50f1f', '#107c10', '#8764b8', '#ca5010', '#038387', '#5c2e91'];
