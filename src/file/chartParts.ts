// The 通报's charts as DrawingML parts (xl/charts/chartN.xml, anchored by xl/drawings/drawingN.xml), a
// translation of the core's chart descriptions: the same charts the add-in draws through Office.js. Each
// series refers to its cells and caches their values, so readers that do not recalculate still draw them.
import { absoluteA1, type ChartDescription } from '../core';
import { escapeXml } from './xml';
import { quoteSheet } from './resultSheet';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
/** the page's series colours (src/web/charts), so the sheet, the page and the Word notice match */
const COLORS = ['0F6CBD', 'C50F1F', '107C10', '8764B8', 'CA5010', '038387', '5C2E91'];
/** CJK text in charts: without an east-Asian typeface some readers draw boxes */
const EA_FONT = '宋体';
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

/** $A$5:$A$10 on the named sheet. */
function absolute(sheetName: string, a1: string): string {
  return `${quoteSheet(sheetName)}!${absoluteA1(a1)}`;
}

function strRef(f: string, values: string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${escapeXml(f)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(f: string, values: number[], format: string): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return `<c:numRef><c:f>${escapeXml(f)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function textProps(size: number, bold = false): string {
  return `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:ea typeface="${EA_FONT}"/></a:defRPr>`;
}

function labels(format: string): string {
  return `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
    '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
}

function series(spec: ChartDescription, sheetName: string): string {
  // value labels help a printed page, unless several series of horizontal bars would crowd them
  const withLabels = spec.type !== 'bar' || spec.series.length === 1;
  return spec.series.map((s, k) => {
    const color = COLORS[k % COLORS.length];
    const line = spec.type === 'line';
    const look = line
      ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/></c:marker>`
      : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
    return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
      `<c:tx>${strRef(absolute(sheetName, headerCell(s.values)), [s.name])}</c:tx>${look}${withLabels ? labels(spec.valueFormat) : ''}` +
      `<c:cat>${strRef(absolute(sheetName, spec.categories), spec.categoryValues)}</c:cat>` +
      `<c:val>${numRef(absolute(sheetName, s.values), s.data, spec.valueFormat === '0%' ? '0%' : 'General')}</c:val>` +
      `${line ? '<c:smooth val="0"/>' : ''}</c:ser>`;
  }).join('');
}

/** The header cell above a values range: C5:C10 -> C4. */
function headerCell(range: string): string {
  const m = /^([A-Z]+)(\d+)/.exec(range)!;
  return `${m[1]}${Number(m[2]) - 1}`;
}

function axes(spec: ChartDescription): string {
  const bar = spec.type === 'bar';
  // a horizontal bar chart lists its first category at the top, as the table does
  const catOrder = bar ? 'maxMin' : 'minMax';
  const common = '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${textProps(9)}</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;
  return `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${catOrder}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/>${common}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    '<c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/>${common}` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${bar ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
}

/** One chart part. `sheetName` is the sheet's name as written (it may differ from the intended one). */
export function chartXml(spec: ChartDescription, sheetName: string): string {
  const ser = series(spec, sheetName);
  const axIds = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  const plot = spec.type === 'line'
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/>${axIds}</c:lineChart>`
    : `<c:barChart><c:barDir val="${spec.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
      `${ser}<c:gapWidth val="60"/>${axIds}</c:barChart>`;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${textProps(12, true)}</a:pPr>` +
    `<a:r><a:rPr lang="zh-CN" sz="1200" b="1"><a:ea typeface="${EA_FONT}"/></a:rPr><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>';
  const legend = spec.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : '';
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${axes(spec)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${textProps(9)}</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    '</c:chartSpace>';
}

/** The drawing part anchoring each chart between two cells; `chartRids[i]` is chart i's relationship id. */
export function drawingXml(charts: ChartDescription[], chartRids: string[]): string {
  const marker = (tag: string, p: { row: number; col: number }) =>
    `<xdr:${tag}><xdr:col>${p.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = charts.map((spec, i) =>
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', spec.from)}${marker('to', spec.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`图表 ${i + 1} ${spec.title}`)}"/>` +
    '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${chartRids[i]}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>').join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}
