// The 通报 as a 公文-style Word document: title, 主送, numbered sections (一、二、三、) with the key tables and,
// where the shell can draw them, the charts as images; 落款 and date; page numbers “— 1 —” in the footer.
// Every figure comes from the core's notice model. A month gets the short form (prose only).
import {
  AlignmentType, Document, Footer, ImageRun, Packer, PageNumber, Paragraph, TextRun, type FileChild,
} from 'docx';
import { NOTICE_TOP_PEOPLE, periodName, pointsNumber, yuanNumber, type NoticeModel } from '../core';
import { gongwenDate } from './chineseDate';
import {
  addresseeParagraph, blankLine, bodyParagraph, charWidth, font, FONT, headingParagraph, PAGE, run, SIZE, signature, TEXT_WIDTH,
  LINE, TITLE_LINE_CHARS, titleParagraph,
} from './gongwen';
import { noticeTable, tableCaption } from './noticeTables';
import * as prose from './prose';
import { withFontFallbacks } from './fontTable';

/** A chart drawn by the shell as PNG; width and height in pixels give the aspect ratio. */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export interface NoticeCharts {
  /** 各级别发稿趋势 */
  trend?: ChartImage;
  /** 单位发稿篇数 */
  units?: ChartImage;
  /** 目标任务进度 */
  quota?: ChartImage;
}

const NUMERALS = '一二三四五六七八九十';
const TWIPS_PER_PX = 15; // 96 dpi
const CHART_WIDTH_PX = Math.round(TEXT_WIDTH / TWIPS_PER_PX);

/** The attachment page's height for charts: the text area less the 附件 line, the title and blank lines. */
const CHARTS_HEIGHT_PX = Math.floor((PAGE.height - PAGE.margin.top - PAGE.margin.bottom - 6 * LINE) / TWIPS_PER_PX);

/** A chart as wide as the text, or narrower so that `count` charts share the attachment page. */
function chartParagraph(c: ChartImage, count: number): Paragraph {
  const width = Math.min(CHART_WIDTH_PX, Math.floor(((CHARTS_HEIGHT_PX / count) * c.width) / c.height));
  const height = Math.round((c.height / c.width) * width);
  return new Paragraph({
    children: [new ImageRun({ type: 'png', data: c.png, transformation: { width, height } })],
    alignment: AlignmentType.CENTER, keepLines: true,
  });
}

function headlineTable(n: NoticeModel) {
  const pct = (now: number, before: number) => prose.changeShort(now, before);
  const row = (label: string, f: (x: NoticeModel['now']) => number) => {
    const a = f(n.now); const b = f(n.prev); const c = f(n.last);
    return [label, a, b, pct(a, b), c, pct(a, c)];
  };
  return noticeTable(
    ['指标', '本期', '上期', '环比', '去年同期', '同比'],
    [
      row('刊发稿件（篇）', (x) => x.articles),
      ...n.levels.map((l) => row(`其中${l}`, (x) => x.byLevel[l] ?? 0)),
      row('上稿人数（人）', (x) => x.people),
      row('上稿单位（个）', (x) => x.units),
    ],
    [3, 1.4, 1.4, 1.6, 1.6, 1.6],
  );
}

/** People and units side by side, so that both top-ten lists take the height of one. */
function rankingTable(n: NoticeModel) {
  const rows = Array.from({ length: Math.max(n.topPeople.length, n.topUnits.length) }, (_, i) => {
    const p = n.topPeople[i];
    const u = n.topUnits[i];
    return [
      ...(p ? [p.rank, p.person.name, p.person.unit, pointsNumber(p.points)] : ['', '', '', '']),
      ...(u ? [u.rank, u.unit, pointsNumber(u.points)] : ['', '', '']),
    ];
  });
  return noticeTable(['名次', '通讯员', '单位', '积分', '名次', '单位', '积分'], rows, [9, 16, 40, 15, 9, 40, 15]);
}

function fullForm(n: NoticeModel): FileChild[] {
  const out: FileChild[] = [];
  let section = 0;
  const heading = (text: string) => out.push(headingParagraph(`${NUMERALS[section++]}、${text}`));
  heading('总体情况');
  out.push(bodyParagraph(prose.overview(n)), tableCaption(`表1　${n.periodName}主要指标`), headlineTable(n));

  heading('排名情况');
  out.push(bodyParagraph(prose.leaders(n)));
  if (n.topPeople.length || n.topUnits.length) out.push(tableCaption(`表2　通讯员和单位积分前${NOTICE_TOP_PEOPLE}名`), rankingTable(n));

  if (n.quotas.length) {
    heading('目标任务完成情况');
    out.push(bodyParagraph(prose.quotaProgress(n)));
  }
  heading('稿酬兑现');
  out.push(bodyParagraph(prose.stipend(n)));

  if (n.awards) {
    const a = n.awards;
    heading('年度评先建议');
    out.push(bodyParagraph(prose.awardsIntro(n)));
    out.push(tableCaption(`先进单位候选（${a.unitSlots}个名额）`), noticeTable(
      ['名次', '单位', '积分', '篇数'], a.units.map((u) => [u.rank, u.unit, pointsNumber(u.points), u.articles]), [1, 4.6, 1.6, 1.3],
    ));
    out.push(tableCaption(`优秀通讯员候选（${a.peopleSlots}个名额）`), noticeTable(
      ['名次', '姓名', '单位', '积分', '篇数'], a.people.map((p) => [p.rank, p.person.name, p.person.unit, pointsNumber(p.points), p.articles]), [1, 1.6, 3.6, 1.3, 1],
    ));
    out.push(tableCaption('好作品候选'), noticeTable(
      ['标题', '作者', '媒体', '级别'], a.works.map((w) => [w.title, w.authors, w.outlet, w.level]), [5, 2, 2.4, 1.2],
    ));
  }
  return out;
}

/** A month: three short prose sections, no tables or charts. */
function shortForm(n: NoticeModel): FileChild[] {
  const stipendLine = `本月应发稿酬合计${yuanNumber(n.stipendTotalFen)}元，按季度统一兑现。`;
  return [
    headingParagraph('一、总体情况'), bodyParagraph(prose.overview(n)),
    headingParagraph('二、排名情况'), bodyParagraph(prose.leaders(n)),
    headingParagraph('三、任务与稿酬'),
    bodyParagraph(`${n.quotas.length ? prose.quotaProgress(n) : ''}${stipendLine}`),
  ];
}

function pageNumberFooter(align: 'odd' | 'even'): Footer {
  const size = SIZE.pageNumber;
  const face = font(FONT.pageNumber);
  return new Footer({
    children: [new Paragraph({
      alignment: align === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: align === 'odd' ? { right: size * 10 } : { left: size * 10 },
      children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: face, size })],
    })],
  });
}

/** 关于2026年第三季度 / 人大宣传工作情况的通报: a long title breaks after the period, never inside a word. */
function titleLines(n: NoticeModel): string[] {
  const head = `关于${n.periodName}`;
  // strictly less: digits in the fallback fonts run wider than half a character
  if (charWidth(n.title) < TITLE_LINE_CHARS || !n.title.startsWith(head)) return [n.title];
  return [head, n.title.slice(head.length)];
}

/** The charts go to an attachment page after the 落款 (附件), as 公文 carry figures, so that the notice itself
 *  stays within two pages. A month's short form has none. */
function attachment(n: NoticeModel, charts: NoticeCharts): { note: FileChild[]; pages: FileChild[] } {
  const images = [charts.trend, charts.units, charts.quota].filter((c): c is ChartImage => !!c);
  if (images.length === 0 || n.period.kind === 'month') return { note: [], pages: [] };
  const name = `${n.periodName}人大宣传工作图表`;
  return {
    note: [bodyParagraph(`附件：${name}`, { keepNext: true })],
    pages: [
      new Paragraph({ children: [run('附件', FONT.heading)], pageBreakBefore: true }),
      blankLine(),
      titleParagraph(name),
      blankLine(),
      ...images.map((c) => chartParagraph(c, images.length)),
    ],
  };
}

export function noticeDocument(n: NoticeModel, charts: NoticeCharts = {}): Document {
  const extra = attachment(n, charts);
  const body: FileChild[] = [
    titleParagraph(titleLines(n)),
    blankLine(),
    ...(n.addressees ? [addresseeParagraph(n.addressees)] : []),
    bodyParagraph(prose.intro(n)),
    ...(n.period.kind === 'month' ? shortForm(n) : fullForm(n)),
    bodyParagraph(prose.closing(n)),
    ...(extra.note.length ? [blankLine(), ...extra.note] : []),
    blankLine(),
    ...signature(n.issuer, gongwenDate(n.issuedOn)),
    ...extra.pages,
  ];
  return new Document({
    title: n.title,
    creator: n.issuer,
    description: `${periodName(n.period)}人大宣传工作情况通报（宣传稿件统计生成；稿酬合计 ${yuanNumber(n.stipendTotalFen)} 元）`,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONT.body), size: SIZE.body } } } },
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
      footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
      children: body,
    }],
  });
}

/** The .docx bytes, in Node and in the browser alike. */
export async function noticeDocx(n: NoticeModel, charts: NoticeCharts = {}): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toArrayBuffer(noticeDocument(n, charts)));
  return withFontFallbacks(packed);
}
