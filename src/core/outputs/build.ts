// Small helpers shared by the output sheet builders.
import type { ColumnFormat, OutputColumn, OutputSheet, OutputKind, Period } from '../types';
import { yuan } from '../money';
import { roundPoints } from '../points';

const DEFAULT_WIDTH: Record<ColumnFormat, number> = { text: 12, int: 8, decimal: 10, yuan: 12, percent: 9, date: 12 };

export function col(header: string, format: ColumnFormat = 'text', width?: number): OutputColumn {
  return { header, format, width: width ?? Math.max(DEFAULT_WIDTH[format], header.length * 2 + 2) };
}

export function levelColumns(levels: readonly string[]): OutputColumn[] {
  return levels.map((l) => col(l, 'int', 8));
}

export function sheet(kind: OutputKind, prefix: string, period: Period | null, title: string): OutputSheet {
  return { name: period ? `${prefix}-${period.label}` : prefix, kind, title, notes: [], blocks: [], charts: [] };
}

/** Excel table names: letters, digits and underscores, unique per workbook (the period makes them unique). */
export function tableName(base: string, period: Period | null): string {
  return `${base}_${period ? period.label.replace(/-/g, '_') : 'all'}`;
}

export const toYuan = yuan;
export const pts = roundPoints;
export function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}
