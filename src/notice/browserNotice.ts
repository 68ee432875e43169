// The Word notice in the browser shells, loaded on demand as its own chunk (the docx package stays out of
// the task pane's initial bundle): charts drawn as PNG, then the document.
import type { CalcResult } from '../core';
import { noticeChartImages } from './chartImages';
import { noticeDocx } from './wordNotice';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export async function noticeBlob(result: CalcResult): Promise<Blob> {
  const charts = await noticeChartImages(result.sheets.find((s) => s.kind === 'notice'));
  return new Blob([await noticeDocx(result.notice, charts) as BlobPart], { type: DOCX_MIME });
}
