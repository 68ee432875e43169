// Drawing helpers for the page's SVG charts; the numbers come from the core's chartModel.
export { chartModel, type ChartModel, type ChartSeries } from '../../core/chartData';

/** Axis maximum and tick step: 1, 2 or 5 times a power of ten, about `ticks` steps. */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
  return { max: Math.ceil(max / step) * step, step };
}

export const SERIES_COLORS = ['#0f6cbd', '#c50f1f', '#107c10', '#8764b8', '#ca5010', '#038387', '#5c2e91'];
