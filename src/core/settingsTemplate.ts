import type { OutputSheet, WorkbookData } from './types';

// TEMPORARY: being implemented right now by the core author; signature is final.
/** The four settings sheets (统计规则, 通讯员名单, 媒体目录, 任务目标) prefilled from the ledger, kind 'settings'. */
export function buildSettingsSheets(_wb: WorkbookData, _today: string): OutputSheet[] {
  throw new Error('buildSettingsSheets: not implemented yet');
}
