// How a result sheet prints: A4, fit to one page wide, page header and numbered footer, portrait when the
// columns fit a portrait page and landscape where wide; the notice is a portrait document of at most two
// pages, centred, without gridlines, its print area covering text, tables and charts.
import type { OutputSheet } from './types';

export const MARGIN_SIDES = ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const;
export type MarginSide = (typeof MARGIN_SIDES)[number];

export interface PageDescription {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  fitToWidth: number;
  /** 0 = as many pages tall as needed */
  fitToHeight: number;
  /** inches */
  margins: Record<MarginSide, number>;
  /** centre header/footer sections in Excel header codes (a literal '&' doubled) */
  centerHeader: string;
  centerFooter: string;
  /** centre the printed area between the side margins */
  centerHorizontally: boolean;
  /** gridlines are never printed; the notice hides them on screen too, to read as a document */
  showGridlines: boolean;
  /** A1 range printed, or null for the whole used range */
  printArea: string | null;
  /** a fixed print scale in percent (the notice: chosen so its pages break between sections), or null
   *  to fit the width (fitToWidth/fitToHeight apply only then: Excel ignores manual breaks when fitting) */
  scale: number | null;
  /** first rows of the pages after the first (manual page breaks) */
  rowBreaks: number[];
}

/** Character units (Excel column widths) across a portrait A4 page inside 0.5" margins: about 7.3" at
 *  the default font. Wider sheets print landscape so fit-to-width does not shrink them to unreadable. */
export const PORTRAIT_WIDTH = 95;
/** the notice goes to leadership as one sheet of paper, printed on both sides */
const NOTICE_PAGES = 2;
const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/** A4 in inches */
const A4 = { width: 8.27, height: 11.69 };
/** below this the notice is no longer comfortable to read: it takes a third page instead */
const MIN_SCALE = 60;
/** Column widths are in characters of the workbook's font, and renderers substitute fonts: LibreOffice
 *  on Linux draws Calibri as DejaVu Sans, about 1.45 times as wide. A fixed scale leaves this much room. */
const WIDTH_SLACK = 1.5;
/** a row without a set height: Excel's default for an 11 pt font, a little above LibreOffice's */
export const DEFAULT_ROW_POINTS = 15;

/** Excel column width (characters) in points: 7 px per character and 5 px of padding at 96 dpi. */
export function widthPoints(chars: number): number {
  return ((chars || 8.43) * 7 + 5) * 0.75;
}

export interface NoticeFit {
  scale: number;
  rowBreaks: number[];
}

/**
 * The notice's scale and page breaks: the largest scale (at most 100%, and narrow enough for the page
 * width) at which its sections, moved whole to the next page where they would cross a page end, take at
 * most two pages.
 */
export function fitNotice(
  sections: ReadonlyArray<{ first: number; last: number }>, rowPoints: (row: number) => number, widths: readonly number[],
): NoticeFit {
  const printable = {
    width: (A4.width - MARGINS.left - MARGINS.right) * 72,
    height: (A4.height - MARGINS.top - MARGINS.bottom) * 72,
  };
  const sheetWidth = widths.reduce((sum, w) => sum + widthPoints(w), 0) * WIDTH_SLACK;
  const widest = Math.min(100, Math.floor((100 * printable.width) / sheetWidth));
  const height = (first: number, last: number) => {
    let h = 0;
    for (let r = first; r <= last; r++) h += rowPoints(r);
    return h;
  };
  let best: NoticeFit = { scale: widest, rowBreaks: [] };
  // a sheet too wide for MIN_SCALE is paginated once, at the scale its width needs
  for (let scale = widest; scale >= Math.min(widest, MIN_SCALE); scale--) {
    const capacity = (printable.height * 100) / scale;
    const rowBreaks: number[] = [];
    let used = 0;
    let prevLast = 0;
    for (const s of sections) {
      const h = height(s.first, s.last);
      const gap = height(prevLast + 1, s.first - 1);
      if (used > 0 && used + gap + h > capacity) {
        rowBreaks.push(s.first);
        used = h;
      } else used += gap + h;
      prevLast = s.last;
    }
    best = { scale, rowBreaks };
    if (rowBreaks.length < NOTICE_PAGES) return best;
  }
  return best;
}

/** Header text: '&' starts a code, so a literal one is doubled; the space ends the font-size code, which
 *  would otherwise swallow a title starting with digits (&14 2026年… not &142026年…). */
function headerText(title: string): string {
  return `&"-,Bold"&14 ${title.replace(/&/g, '&&').slice(0, 200)}`;
}

/** A margin in points, as the host APIs (Office.js, ET) take it; the description keeps inches as SpreadsheetML. */
export function marginPoints(page: PageDescription, side: MarginSide): number {
  return page.margins[side] * 72;
}

/** Total width in character units of the columns used. */
export function totalWidth(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + (w || 8.43), 0);
}

export function describePage(sheet: OutputSheet, widths: readonly number[], printArea: string, fit: NoticeFit | null): PageDescription {
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
    scale: fit?.scale ?? null,
    rowBreaks: fit?.rowBreaks ?? [],
  };
}
