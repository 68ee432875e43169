// The public surface of the core that every shell uses. Shells import from 'src/core' only.
import type {
  Detection, Issue, MappingOverride, OutputSheet, Period,
} from './types';

export interface CalcOptions {
  /** '2026Q3', '2026-07', '2026H1', '2026'; default: the latest quarter that has data */
  period?: string;
  /** today's date as 'YYYY-MM-DD' (dates after it are errors); shells pass the local date */
  today: string;
  mapping?: MappingOverride;
  /** progress callback for the UI: stage and fraction 0..1 */
  onProgress?: (stage: 'checking' | 'computing', fraction: number) => void;
}

export interface PersonReport {
  name: string;
  unit: string;
  rank: number;
  points: number;
  articles: number;
  shareArticles: number;
  byLevel: Record<string, number>;
  stipendFen: number;
}

export interface UnitReport {
  unit: string;
  rank: number;
  points: number;
  articles: number;
  byLevel: Record<string, number>;
}

export interface QuotaReport {
  who: string;
  target: number;
  done: number;
  rate: number;
  status: string;
}

/** The JSON report of the CLI contract (SPEC.md), field names fixed. */
export interface Report {
  period: string;
  rows: { total: number; counted: number; errors: number; warnings: number; skipped: number };
  people: PersonReport[];
  units: UnitReport[];
  quotas: QuotaReport[];
  stipendTotalFen: number;
  issues: Issue[];
}

export interface CalcResult {
  period: Period;
  detection: Detection;
  report: Report;
  /** result sheets in writing order: 排名, 稿酬, 任务进度, 校验, 通报, and 稿酬发放记录 for a quarter */
  sheets: OutputSheet[];
  /** labels of all periods with data, newest first, for the period picker */
  periodsWithData: string[];
  /** articles published in the period (0: the period is empty) */
  periodArticles: number;
  /** the ledger has headers but not a single article row: shells say so and write nothing (requireArticles) */
  ledgerEmpty: boolean;
}

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
