// The 通报 charts as PNG for the CLI's Word notice: the page's own SVG charts (src/web/charts), rendered to
// markup by React's server renderer and rasterised by resvg (a Rust renderer shipped as a native module;
// offline, system fonts). Where resvg has no build for the platform the notice keeps its tables.
import * as React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { OutputSheet } from '../core';
import { chartModel } from '../core/chartData';
import { SvgChart } from '../web/charts/SvgChart';
import { CHART_FONTS, CHART_SCALE } from './chartStyle';
import type { NoticeCharts } from './wordNotice';

type ResvgModule = typeof import('@resvg/resvg-js');

async function loadResvg(): Promise<ResvgModule | null> {
  try {
    return await import('@resvg/resvg-js');
  } catch {
    return null; // no native build for this CPU (e.g. LoongArch): tables only
  }
}

/** The trend, unit and quota charts of the 通报 sheet, by id; {} where they cannot be drawn. */
export async function nodeNoticeChartImages(notice: OutputSheet | undefined): Promise<NoticeCharts> {
  const resvg = notice && (await loadResvg());
  if (!notice || !resvg) return {};
  const out: NoticeCharts = {};
  for (const spec of notice.charts) {
    const model = chartModel(notice, spec);
    if (!model) continue;
    const markup = renderToStaticMarkup(<SvgChart model={model} />);
    const [, , width, height] = /viewBox="([^"]+)"/.exec(markup)![1].split(/\s+/).map(Number);
    const svg = markup.replace('<svg', `<svg xmlns="http://www.w3.org/2000/svg" font-family='${CHART_FONTS}'`).replace(/ width="100%"/, '');
    const png = new resvg.Resvg(svg, {
      fitTo: { mode: 'width', value: width * CHART_SCALE },
      background: '#ffffff', // PNG for print: white, not transparent
      font: { loadSystemFonts: true, defaultFontFamily: 'WenQuanYi Zen Hei' },
    }).render().asPng();
    out[spec.id] = { png: new Uint8Array(png), width, height };
  }
  return out;
}
