// The core's errors, each with a plain Chinese message. Kept apart from api.ts so that rules (periods, ledger
// checks) can throw them without importing the whole public surface.
import type { Issue } from './types';

/** Thrown when nothing in the workbook looks like a ledger; message is Chinese. */
export class NoLedgerError extends Error {
  constructor(message = '未找到稿件登记台账：没有一张工作表含有“标题、作者、媒体、日期”等列。') {
    super(message);
    this.name = 'NoLedgerError';
  }
}

/** Thrown when a settings sheet is malformed; each problem names the cell. */
export class SettingsError extends Error {
  constructor(public readonly problems: Issue[]) {
    super(`设置工作表有误，未计算：\n${problems.map((p) => `${p.sheet}!${p.column}${p.row}：${p.message}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

/** Thrown when the ledger has its header row but no article under it: nothing to compute, nothing written. */
export class EmptyLedgerError extends Error {
  static readonly title = '台账中没有稿件';
  /** the explanation after the title, for shells that show the title separately */
  readonly detail: string;
  constructor(sheets: string[]) {
    const where = sheets.length <= 3 ? sheets.map((s) => `“${s}”`).join('、') : `“${sheets[0]}”等 ${sheets.length} 张台账工作表`;
    const detail = `${where}只有表头，没有登记任何稿件，因此未计算，也未写入结果工作表。`;
    super(`${EmptyLedgerError.title}。${detail}`);
    this.name = 'EmptyLedgerError';
    this.detail = detail;
  }
}

/** Thrown for a period label that cannot be parsed. */
export class PeriodError extends Error {
  constructor(label: string) {
    super(`期间“${label}”无法识别：请写成 2026Q3（季度）、2026-07（月）、2026H1（半年）或 2026（年）。`);
    this.name = 'PeriodError';
  }
}

/** Thrown when a result sheet would exceed Excel's rows per worksheet (see excelLimits.ts): nothing is written. */
export class OutputTooLargeError extends Error {
  constructor(readonly sheet: string, readonly rows: number, message: string) {
    super(message);
    this.name = 'OutputTooLargeError';
  }
}
