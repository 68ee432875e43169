// 任务目标: who (a unit, a person, 全部, or a unit category meaning each unit in it), window, minimum level,
// genre and the number of articles to reach.
import type { Issue, PeriodKind, WorkbookData } from './types';
import { findSettingsSheet, readSettingsTable, settingsNumber, settingsProblem, SETTINGS_SHEETS } from './settingsSheets';
import { normalizeLevel } from './levels';
import { normalizeGenre } from './genres';
import type { Rules } from './rules';

export interface Target {
  who: string;
  window: Exclude<PeriodKind, 'month'>;
  minLevel: string | null;
  genre: string | null;
  target: number;
  row: number;
  whoColumn: string; // column letters of 对象, for messages
}

const SYNONYMS = {
  who: ['对象', '考核对象', '单位或个人', '名称', '单位', '姓名'],
  window: ['周期', '考核周期', '时段'],
  minLevel: ['最低级别', '级别要求', '级别', '媒体级别'],
  genre: ['体裁', '稿件类型', '类型'],
  target: ['目标篇数', '目标', '任务数', '篇数', '目标任务', '任务篇数'],
} as const;

const WINDOWS: Record<string, Target['window']> = {
  年: 'year', 年度: 'year', 全年: 'year', 每年: 'year',
  半年: 'half', 每半年: 'half', 半年度: 'half',
  季度: 'quarter', 季: 'quarter', 每季度: 'quarter', 每季: 'quarter',
};

export function readTargets(wb: WorkbookData, rules: Rules, problems: Issue[]): Target[] {
  const sheet = findSettingsSheet(wb, SETTINGS_SHEETS.targets);
  if (!sheet) return [];
  const out: Target[] = [];
  for (const r of readSettingsTable(sheet, SYNONYMS, ['who', 'window', 'target'], problems)) {
    const who = (r.text.who ?? '').replace(/\s/g, '');
    if (!who || who.startsWith('例') || who.startsWith('示例')) continue; // example rows stay as guidance
    const fail = (field: keyof typeof SYNONYMS, msg: string) =>
      problems.push(settingsProblem(sheet.name, r.row, r.col[field] ?? '', msg, 'SETTINGS_TARGET', r.text[field]));
    const window = WINDOWS[(r.text.window ?? '').replace(/\s/g, '')];
    if (!window) { fail('window', `周期“${r.text.window ?? ''}”应为 年、半年 或 季度`); continue; }
    const minText = r.text.minLevel ?? '';
    const minLevel = minText && !/^(不限|任意|全部)$/.test(minText) ? normalizeLevel(minText.replace(/(及)?以上$/, ''), rules.levels) : null;
    if (minText && minLevel === null && !/^(不限|任意|全部)$/.test(minText)) { fail('minLevel', `最低级别“${minText}”无法识别`); continue; }
    const genreText = r.text.genre ?? '';
    const genre = genreText && !/^(不限|任意|全部)$/.test(genreText) ? normalizeGenre(genreText, rules.genres) : null;
    if (genreText && genre === null && !/^(不限|任意|全部)$/.test(genreText)) { fail('genre', `体裁“${genreText}”无法识别`); continue; }
    const target = settingsNumber(r.cells.target);
    if (target === null || target <= 0 || !Number.isInteger(target)) { fail('target', `目标篇数“${r.text.target ?? ''}”应为正整数`); continue; }
    out.push({ who, window, minLevel, genre, target, row: r.row, whoColumn: r.col.who ?? '' });
  }
  return out;
}
