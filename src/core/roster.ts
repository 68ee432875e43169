// 通讯员名单: who the correspondents are, their unit and category; same-name people told apart by unit (and 编号).
import type { Issue, WorkbookData } from './types';
import { findSettingsSheet, readSettingsTable, SETTINGS_SHEETS } from './settingsSheets';
import { normalizeName, unitName } from './authors';

export interface RosterEntry {
  name: string;
  unit: string;
  category: string;
  id: string;
  row: number;
}

export interface Roster {
  present: boolean;
  entries: RosterEntry[];
  byName: Map<string, RosterEntry[]>;
  /** unit -> category (委室 / 乡镇 / 部门 / 特邀) */
  unitCategory: Map<string, string>;
}

const SYNONYMS = {
  name: ['姓名', '通讯员', '作者', '名字', '通讯员姓名'],
  unit: ['单位', '所在单位', '所属单位', '委室', '部门', '报送单位'],
  category: ['类别', '单位类别', '类型', '分类'],
  id: ['编号', '工号', '通讯员编号'],
} as const;

export function readRoster(wb: WorkbookData, problems: Issue[]): Roster {
  const sheet = findSettingsSheet(wb, SETTINGS_SHEETS.roster);
  const roster: Roster = { present: !!sheet, entries: [], byName: new Map(), unitCategory: new Map() };
  if (!sheet) return roster;
  for (const r of readSettingsTable(sheet, SYNONYMS, ['name'], problems)) {
    const name = normalizeName(r.text.name ?? '');
    if (!name) continue;
    const entry: RosterEntry = {
      name, unit: unitName(r.text.unit ?? ''), category: (r.text.category ?? '').replace(/\s/g, ''), id: r.text.id ?? '', row: r.row,
    };
    roster.entries.push(entry);
    roster.byName.set(name, [...(roster.byName.get(name) ?? []), entry]);
    if (entry.unit && entry.category && !roster.unitCategory.has(entry.unit)) roster.unitCategory.set(entry.unit, entry.category);
  }
  return roster;
}

export { unitName };

/** Category of a unit: the roster's, else from the usual name endings. Cosmetic only (category rankings). */
export function unitCategory(unit: string, roster: Roster): string {
  const known = roster.unitCategory.get(unit);
  if (known) return known;
  if (/(乡|镇|街道|街道办事处)(人大|人大主席团|人大工委)?$/.test(unit)) return '乡镇';
  if (/(委|委员会|室|办公室|办|研究室)$/.test(unit) && /人大|委|室/.test(unit)) return '委室';
  return '部门';
}
