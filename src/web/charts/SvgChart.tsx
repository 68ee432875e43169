// A small inline-SVG chart (column, bar or line) for the 通报 sheet: the downloaded workbook carries no
// native charts, and no chart library is loaded.
import * as React from 'react';
import { type ChartModel, niceScale, SERIES_COLORS } from './chartModel';

const W = 560;
const H = 300;
const TOP = 54; // title + legend
const BOTTOM = 40; // category labels
const FONT = 12;

function ticks(max: number, step: number): number[] {
  const out: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) out.push(Math.round(v * 100) / 100);
  return out;
}

function Legend({ model }: { model: ChartModel }) {
  return (
    <g transform={`translate(8, ${TOP - 16})`}>
      {model.series.map((s, i) => (
        <g key={s.name} transform={`translate(${i * 110}, 0)`}>
          <rect width={10} height={10} y={-9} fill={SERIES_COLORS[i % SERIES_COLORS.length]} />
          <text x={14} fontSize={FONT}>{s.name}</text>
        </g>
      ))}
    </g>
  );
}

/** Vertical value axis (column, line): gridlines and labels on the left. */
function ValueGridY({ left, max, step, percent }: { left: number; max: number; step: number; percent: boolean }) {
  const plotH = H - TOP - BOTTOM;
  return (
    <g>
      {ticks(max, step).map((t) => {
        const y = TOP + plotH - (t / max) * plotH;
        return (
          <g key={t}>
            <line x1={left} x2={W - 8} y1={y} y2={y} stroke="#e0e0e0" />
            <text x={left - 4} y={y + 4} fontSize={FONT} textAnchor="end">{percent ? `${Math.round(t * 100)}%` : t}</text>
          </g>
        );
      })}
    </g>
  );
}

function ColumnOrLine({ model }: { model: ChartModel }) {
  const left = 44;
  const plotW = W - left - 8;
  const plotH = H - TOP - BOTTOM;
  const { max, step } = niceScale(Math.max(...model.series.flatMap((s) => s.values)));
  const slot = plotW / model.categories.length;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const barW = (slot * 0.7) / model.series.length;
  return (
    <>
      <ValueGridY left={left} max={max} step={step} percent={model.percent} />
      {model.series.map((s, si) => {
        const color = SERIES_COLORS[si % SERIES_COLORS.length];
        if (model.type === 'line') {
          const pts = s.values.map((v, ci) => `${left + slot * (ci + 0.5)},${y(v)}`).join(' ');
          return <polyline key={s.name} points={pts} fill="none" stroke={color} strokeWidth={2} />;
        }
        return s.values.map((v, ci) => (
          <rect key={`${s.name}-${ci}`} x={left + slot * ci + slot * 0.15 + barW * si} y={y(v)}
            width={barW} height={TOP + plotH - y(v)} fill={color}>
            <title>{`${model.categories[ci]} ${s.name}：${v}`}</title>
          </rect>
        ));
      })}
      {model.categories.map((c, ci) => (
        <text key={`${c}-${ci}`} x={left + slot * (ci + 0.5)} y={H - BOTTOM + 16} fontSize={FONT} textAnchor="middle">{c}</text>
      ))}
    </>
  );
}

/** A value as the table shows it: shares as percentages. */
function valueText(model: ChartModel, v: number): string {
  return model.percent ? `${Math.round(v * 1000) / 10}%` : String(v);
}

function Bars({ model }: { model: ChartModel }) {
  // room for the longest category (CJK characters are about a font size wide), within reason
  const left = Math.min(200, Math.max(60, ...model.categories.map((c) => [...c].length * FONT + 12)));
  const plotW = W - left - 40;
  const plotH = H - TOP - 16;
  const { max } = niceScale(Math.max(...model.series.flatMap((s) => s.values)));
  const slot = plotH / model.categories.length;
  const barH = (slot * 0.7) / model.series.length;
  return (
    <>
      {model.categories.map((c, ci) => (
        <text key={`${c}-${ci}`} x={left - 6} y={TOP + slot * (ci + 0.5) + 4} fontSize={FONT} textAnchor="end">{c}</text>
      ))}
      {model.series.map((s, si) => s.values.map((v, ci) => {
        const w = (v / max) * plotW;
        const yTop = TOP + slot * ci + slot * 0.15 + barH * si;
        return (
          <g key={`${s.name}-${ci}`}>
            <rect x={left} y={yTop} width={w} height={barH} fill={SERIES_COLORS[si % SERIES_COLORS.length]}>
              <title>{`${model.categories[ci]} ${s.name}：${v}`}</title>
            </rect>
            <text x={left + w + 4} y={yTop + barH / 2 + 4} fontSize={FONT}>{valueText(model, v)}</text>
          </g>
        );
      }))}
    </>
  );
}

export function SvgChart({ model }: { model: ChartModel }) {
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={model.title}
      style={{ maxWidth: W, fontFamily: 'inherit' }}>
      <title>{model.title}</title>
      <text x={W / 2} y={16} fontSize={14} fontWeight={600} textAnchor="middle">{model.title}</text>
      <Legend model={model} />
      {model.type === 'bar' ? <Bars model={model} /> : <ColumnOrLine model={model} />}
    </svg>
  );
}
