// The 公文 page and type of GB/T 9704-2012 as Word settings: A4, margins top 37 / bottom 35 / left 28 /
// right 26 mm, title in 二号 方正小标宋简体, body in 三号 仿宋_GB2312 at 22 lines a page, level-one headings in
// 黑体, page numbers in 四号 宋体 as “— 1 —”, right on odd pages and left on even ones.
import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (x: number): number => Math.round(x * TWIPS_PER_MM);

export const PAGE = {
  width: mm(210), height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(22) },
};
/** Text block width in twips (156 mm): charts and tables are sized to it. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Primary font names; fontTable.ts gives each the fallbacks Word and LibreOffice use when it is missing. */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt (tables). */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** 22 lines in the 225 mm text block: a fixed pitch of about 28.9 pt. */
export const LINE = Math.round((PAGE.height - PAGE.margin.top - PAGE.margin.bottom) / 22);
const CHAR = SIZE.body * 10; // one 三号 character in twips (16 pt = 320)

export function font(name: string): IRunOptions['font'] {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

export function run(text: string, face: string = FONT.body, size: number = SIZE.body, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(face), size, ...extra });
}

const fixed = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });

/** A body paragraph: 三号 仿宋, first line indented two characters, fixed line pitch. */
export function bodyParagraph(children: TextRun[] | string, options: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? [run(children)] : children,
    alignment: AlignmentType.JUSTIFIED, spacing: fixed(LINE), indent: { firstLine: 2 * CHAR }, ...options,
  });
}

/** The title, centred; `lines` are its lines when it is too long for one (broken between words, not inside). */
export function titleParagraph(lines: string | string[]): Paragraph {
  const parts = typeof lines === 'string' ? [lines] : lines;
  return new Paragraph({
    children: parts.map((t, i) => run(t, FONT.title, SIZE.title, i > 0 ? { break: 1 } : {})),
    alignment: AlignmentType.CENTER, spacing: fixed(Math.round(LINE * 1.25)),
  });
}

/** Characters of the title size that fit on one line of the text block. */
export const TITLE_LINE_CHARS = Math.floor(TEXT_WIDTH / (SIZE.title * 10));

/** 一、总体情况 in 黑体, indented like a body paragraph; kept with what follows. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ children: [run(text, FONT.heading)], spacing: fixed(LINE), indent: { firstLine: 2 * CHAR }, keepNext: true });
}

/** 主送: flush left, ends with a full-width colon. */
export function addresseeParagraph(text: string): Paragraph {
  return new Paragraph({ children: [run(`${text}：`)], spacing: fixed(LINE) });
}

export function blankLine(): Paragraph {
  return new Paragraph({ children: [run('')], spacing: fixed(LINE) });
}

/** 落款: the date four characters from the right margin, the issuer centred over the date (GB/T 9704 7.3.5.1). */
export function signature(issuer: string, date: string): Paragraph[] {
  const dateRight = 4;
  const issuerRight = Math.max(0, dateRight + (charWidth(date) - charWidth(issuer)) / 2);
  const line = (text: string, right: number) => new Paragraph({
    children: [run(text)], alignment: AlignmentType.RIGHT, spacing: fixed(LINE), indent: { right: Math.round(right * CHAR) }, keepNext: true,
  });
  return [line(issuer, issuerRight), line(date, dateRight)];
}

/** Width in 三号 characters: digits are half width. */
export function charWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\x20-\x7e]/.test(ch) ? 0.5 : 1;
  return w;
}
