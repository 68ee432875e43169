// 发文单位 of the Word notice: the 统计规则 setting; else the office of the standing committee named in the
// ledger's title row (青山县人大常委会2026年宣传稿件登记台账 → 青山县人大常委会办公室); else a placeholder
// the clerk replaces in 统计规则.
import type { Detection, WorkbookData } from './types';
import { cellText } from './text';

export const ISSUER_PLACEHOLDER = '××县人大常委会办公室';

const COMMITTEE = /^(.{1,24}?(?:人大常委会|人民代表大会常务委员会))/;

/** The first text above the header row of the first ledger sheet (the merged title), or ''. */
export function ledgerTitle(wb: WorkbookData, detection: Detection): string {
  for (const src of detection.sources) {
    const sheet = wb.sheets.find((s) => s.name === src.sheet);
    for (let r = 0; sheet && r < src.headerRow - 1; r++) {
      const text = (sheet.rows[r] ?? []).map(cellText).find((t) => t !== '');
      if (text) return text;
    }
  }
  return '';
}

export function issuerFromTitle(title: string): string | null {
  const m = COMMITTEE.exec(title.replace(/\s/g, ''));
  return m ? `${m[1]}办公室` : null;
}

export function noticeIssuer(setting: string, wb: WorkbookData, detection: Detection): string {
  return setting || issuerFromTitle(ledgerTitle(wb, detection)) || ISSUER_PLACEHOLDER;
}
