// The key tables of the Word notice: 五号 仿宋 with a 黑体 header row, single borders, full text width,
// header row repeated on a new page and rows never split.
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { FONT, run, SIZE, TEXT_WIDTH } from './gongwen';

export type Cell = string | number;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const ROW_LINE = 280; // 14 pt
/** numbers, changes (+4.2%) and the no-comparison dash are centred; names stay left */
const FIGURE = /^([-+]?[\d.]+%?|—|持平)$/;

function cell(value: Cell, width: number, header: boolean): TableCell {
  const text = typeof value === 'number' ? String(value) : value;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60 },
    children: [new Paragraph({
      children: [run(text, header ? FONT.heading : FONT.body, SIZE.table)],
      alignment: header || FIGURE.test(text) ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { line: ROW_LINE, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
    })],
  });
}

/** `weights` share the text width between the columns. */
export function noticeTable(headers: string[], rows: Cell[][], weights: number[]): Table {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, widths[i], true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, widths[i], false)) })),
    ],
  });
}

/** A caption line above a table, centred, 黑体 五号. */
export function tableCaption(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, FONT.heading, SIZE.table)], alignment: AlignmentType.CENTER, keepNext: true,
    spacing: { line: ROW_LINE, lineRule: LineRuleType.AT_LEAST, before: 120, after: 60 },
  });
}
