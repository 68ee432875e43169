// How the 通报 charts are rasterised for the Word notice, in the browser (chartImages) and in the CLI
// (nodeChartImages) alike.

/** pixels per SVG unit: about 190 dpi at the printed width */
export const CHART_SCALE = 2;
/** CJK fonts in order of preference on Windows, macOS and Linux desktops */
export const CHART_FONTS = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", SimHei, sans-serif';
