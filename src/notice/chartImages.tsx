// The 通报 charts as PNG for the Word notice, in the browser shells (page and add-in): the page's own SVG
// charts (src/web/charts) are rendered off-screen, drawn onto a canvas at twice their size and encoded as PNG.
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { OutputSheet } from '../core';
import { chartModel, type ChartModel } from '../web/charts/chartModel';
import { SvgChart } from '../web/charts/SvgChart';
import type { ChartImage, NoticeCharts } from './wordNotice';

import { CHART_FONTS as CJK_FONTS, CHART_SCALE as SCALE } from './chartStyle';

function svgMarkup(model: ChartModel): { xml: string; width: number; height: number } {
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() => root.render(<SvgChart model={model} />));
  const svg = host.querySelector('svg')!;
  const [, , width, height] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('font-family', CJK_FONTS);
  svg.style.fontFamily = CJK_FONTS;
  const xml = new XMLSerializer().serializeToString(svg);
  root.unmount();
  return { xml, width, height };
}

async function toPng({ xml, width, height }: { xml: string; width: number; height: number }): Promise<ChartImage> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff'; // PNG for print: white, not transparent
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('canvas.toBlob gave nothing');
  return { png: new Uint8Array(await blob.arrayBuffer()), width, height };
}

/** The trend, unit and quota charts of the 通报 sheet, by id; {} where the browser cannot draw them. */
export async function noticeChartImages(notice: OutputSheet | undefined): Promise<NoticeCharts> {
  if (!notice) return {};
  const out: NoticeCharts = {};
  for (const spec of notice.charts) {
    const model = chartModel(notice, spec);
    if (!model) continue;
    try {
      const image = await toPng(svgMarkup(model));
      out[spec.id] = image;
    } catch {
      // no canvas or no SVG decoding (old webview, test DOM): the notice keeps its tables, without this chart
    }
  }
  return out;
}
