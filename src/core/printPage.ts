// How a result sheet prints: A4, fit to one page wide, page header and numbered footer, portrait when the
// columns fit a portrait page and landscape where wide; the notice is a portrait document of at most two
// pages, centred, without gridlines, its print area covering text, tables and charts.
import type { OutputSheet } from './types';

export interface PageDescription {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  fitToWidth: number;
  /** 0 = as many pages tall as needed */
  fitToHeight: number;
  /** inches */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** centre header/footer sections in Excel header codes (a literal '&' doubled) */
  centerHeader: string;
  centerFooter: string;
  /** centre the printed area between the side margins */
  centerHorizontally: boolean;
  /** gridlines are never printed; the notice hides them on screen too, to read as a document */
  showGridlines: boolean;
  /** A1 range printed, or null for the whole used range */
  printArea: string | null;
}

/** Character units (Excel column widths) across a portrait A4 page inside 0.5" margins: about 7.3" at
 *  the default font. Wider sheets print landscape so fit-to-width does not shrink them to unreadable. */
export const PORTRAIT_WIDTH = 95;
/** the notice goes to leadership as one sheet of paper, printed on both sides */
const NOTICE_PAGES = 2;
const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** Header text: '&' starts a code, so a literal one is doubled; the space ends the font-size code, which
 *  would otherwise swallow a title starting with digits (&14 2026年… not &142026年…). */
function headerText(title: string): string {
  return `&"-,Bold"&14 ${title.replace(/&/g, '&&').slice(0, 200)}`;
}

/** Total width in character units of the columns used. */
export function totalWidth(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + (w || 8.43), 0);
}

export function describePage(sheet: OutputSheet, widths: readonly number[], printArea: string): PageDescription {
  const notice = sheet.kind === 'notice';
  return {
    paper: 'A4',
    orientation: notice || totalWidth(widths) <= PORTRAIT_WIDTH ? 'portrait' : 'landscape',
    fitToWidth: 1,
    fitToHeight: notice ? NOTICE_PAGES : 0,
    margins: MARGINS,
    // the notice's title is its first row, centred: a page header would print it twice
    centerHeader: notice ? '' : headerText(sheet.title),
    centerFooter: '第 &P 页，共 &N 页',
    centerHorizontally: notice,
    showGridlines: !notice,
    printArea: notice ? printArea : null,
  };
}
