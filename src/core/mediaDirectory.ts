// 媒体目录: the office's official list of outlets and their levels, with aliases. Where it knows an outlet,
// its level wins over the ledger's.
import type { Issue, WorkbookData } from './types';
import { findSettingsSheet, readSettingsTable, settingsProblem, SETTINGS_SHEETS } from './settingsSheets';
import { normalizeLevel } from './levels';
import { splitUnits } from './authors';
import { compactKey, displayText } from './text';

export interface MediaDirectory {
  present: boolean;
  /** outlet key (see outletKey) -> canonical name and level */
  byKey: Map<string, { name: string; level: string }>;
}

const SYNONYMS = {
  name: ['媒体名称', '媒体', '刊物', '名称', '刊发媒体', '媒体全称'],
  level: ['级别', '媒体级别', '等级', '层级'],
  aliases: ['别名', '其他名称', '简称', '又名'],
} as const;

/** Outlet names compared without book-title marks, spaces and width differences. */
export function outletKey(raw: string): string {
  return compactKey(raw).replace(/[《》〈〉<>"“”「」]/g, '');
}

export function cleanOutlet(raw: string): string {
  return displayText(raw).replace(/[《》〈〉]/g, '').trim();
}

export function readMediaDirectory(wb: WorkbookData, levels: readonly string[], problems: Issue[]): MediaDirectory {
  const sheet = findSettingsSheet(wb, SETTINGS_SHEETS.directory);
  const dir: MediaDirectory = { present: !!sheet, byKey: new Map() };
  if (!sheet) return dir;
  for (const r of readSettingsTable(sheet, SYNONYMS, ['name', 'level'], problems)) {
    const name = cleanOutlet(r.text.name ?? '');
    if (!name) continue;
    const level = normalizeLevel(r.text.level ?? '', levels);
    if (!level) {
      problems.push(settingsProblem(sheet.name, r.row, r.col.level ?? '',
        `媒体“${name}”的级别“${r.text.level ?? ''}”无法识别（应为 ${levels.join('、')}）`, 'SETTINGS_LEVEL', r.text.level));
      continue;
    }
    for (const n of [name, ...splitUnits(r.text.aliases ?? '')]) dir.byKey.set(outletKey(n), { name, level });
  }
  return dir;
}
