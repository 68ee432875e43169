// The public surface of the core that every shell uses. Shells import from 'src/core' only.
import type {
  Detection, Issue, MappingOverride, OutputSheet, Period,
} from './types';
import type { NoticeModel } from './noticeModel';

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
  /** the figures of the 通报, for renderings other than its sheet (the Word notice) */
  notice: NoticeModel;
  /** labels of all periods with data, newest first, for the period picker */
  periodsWithData: string[];
  /** articles published in the period (0: the period is empty) */
  periodArticles: number;
  /** the ledger has headers but not a single article row: shells say so and write nothing (requireArticles) */
  ledgerEmpty: boolean;
}

export { EmptyLedgerError, NoLedgerError, OutputTooLargeError, PeriodError, SettingsError } from './errors';
