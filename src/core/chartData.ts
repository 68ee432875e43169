// Turns a ChartSpec of an OutputSheet into plain numbers for drawing: the first column of the block holds
// the categories, each series index names another column (the same reading the Excel writer uses).
import type { ChartSpec, OutputSheet } from './types';

export interface ChartSeries {
  name: string;
  /** the block's column holding the values */
  column: number;
  values: number[];
}

export interface ChartModel {
  title: string;
  type: ChartSpec['type'];
  categories: string[];
  series: ChartSeries[];
  /** the values are shares (0.75 = 75%), as the block's percent columns hold them */
  percent: boolean;
}

export function chartModel(sheet: OutputSheet, spec: ChartSpec): ChartModel | undefined {
  const block = sheet.blocks[spec.block];
  if (!block || block.rows.length === 0) return undefined;
  const series = spec.series
    .filter((col) => col > 0 && col < block.columns.length)
    .map((col) => ({
      name: block.columns[col].header,
      column: col,
      values: block.rows.map((r) => (typeof r[col] === 'number' && Number.isFinite(r[col]) ? (r[col] as number) : 0)),
    }));
  if (series.length === 0) return undefined;
  return {
    title: spec.title,
    type: spec.type,
    categories: block.rows.map((r) => (r[0] == null ? '' : String(r[0]))),
    series,
    percent: series.every((s) => block.columns[s.column].format === 'percent'),
  };
}
