// UI strings: Simplified Chinese first, English when the host's display language is English.
import * as React from 'react';

export type Lang = 'zh' | 'en';

const zh = {
  appTitle: '宣传稿件统计',
  loading: '正在读取工作簿…',
  reload: '重新读取',
  ledgerHeading: '识别到的台账',
  noSources: '没有识别到台账工作表。',
  sourcesSummary: '识别到 {count} 张台账工作表（{first} … {last}），表头和列均已确认。',
  showSources: '逐张查看',
  hideSources: '收起',
  sheetLabel: '工作表',
  headerRowLabel: '表头所在行',
  rowsLabel: '数据行 {first}–{last}',
  headerAtLabel: '表头：第{first}行',
  headerSpanLabel: '表头：第{first}–{last}行',
  sure: '已确认',
  unsure: '请核对列对应',
  editMapping: '修改列对应',
  hideMapping: '收起',
  resetMapping: '恢复自动识别',
  mappingSaved: '列对应已保存在本工作簿中。',
  columnNone: '（无）',
  confidence_exact: '已识别',
  confidence_partial: '不确定',
  confidence_manual: '手动指定',
  confidence_missing: '缺少',
  required: '必填',
  settingsHeading: '设置',
  settingsMissing: '缺少设置工作表：{names}。缺少时使用默认规则。',
  settingsOk: '设置工作表齐全。',
  insertSettings: '插入设置工作表',
  settingsInserted: '已插入：{names}',
  periodLabel: '统计期间',
  period_quarter: '季度',
  period_month: '月',
  period_half: '半年',
  period_year: '年',
  run: '一键计算',
  running: '正在计算…',
  stage_read: '读取',
  stage_check: '校验',
  stage_compute: '计算',
  stage_write: '写入',
  progressLabel: '进度：{stage}',
  summaryHeading: '{period} 计算完成',
  articlesCounted: '计入稿件',
  problems: '发现问题',
  problemsDetail: '{errors} 个错误，{warnings} 个提醒',
  stipendTotal: '稿酬合计',
  yuan: '{amount} 元',
  topPeople: '前三名',
  topPerson: '第{rank}名 {name}（{unit}），{points} 分',
  resultSheets: '结果工作表',
  openSheet: '打开 {name}',
  issuesHeading: '校验问题（{count}）',
  noIssues: '没有发现问题。',
  severity_error: '错误',
  severity_warning: '提醒',
  moreIssues: '另有 {count} 条，见“校验”工作表。',
  gotoCell: '{sheet} 第{row}行 {column}：{message}',
  errorTitle: '无法完成',
  settingsErrorTitle: '设置工作表有误',
  noLedgerTitle: '未找到台账',
  dismiss: '关闭',
  office_protected: '工作簿或工作表受保护，无法写入结果。请在“审阅”选项卡撤销保护后重试。',
  office_payload: '数据量超出 Excel 单次传输上限（5 MB）。请重试；如仍失败，请把台账按年份拆分到不同工作表。',
  office_nameConflict: '结果工作表名称与已有工作表冲突，请重命名该工作表后重试。',
  office_editMode: 'Excel 正在编辑单元格。请按 Enter 或 Esc 退出编辑后重试。',
  outsideTitle: '本加载项需在 Excel 中运行',
  outsideBody: '请在 Excel 的“开始”选项卡点击“宣传统计”打开。没有 Excel 时，可以使用独立页面：',
  outsideLink: '打开独立页面',
};

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  appTitle: 'Publicity Ledger',
  loading: 'Reading the workbook…',
  reload: 'Read again',
  ledgerHeading: 'Ledger found',
  noSources: 'No ledger sheet was recognised.',
  sourcesSummary: '{count} ledger sheets recognised ({first} … {last}); headers and columns confirmed.',
  showSources: 'Show each',
  hideSources: 'Collapse',
  sheetLabel: 'Sheet',
  headerRowLabel: 'Header row',
  rowsLabel: 'Data rows {first}–{last}',
  headerAtLabel: 'Header: row {first}',
  headerSpanLabel: 'Header: rows {first}–{last}',
  sure: 'Confirmed',
  unsure: 'Please check the columns',
  editMapping: 'Edit column mapping',
  hideMapping: 'Hide',
  resetMapping: 'Back to automatic detection',
  mappingSaved: 'The column mapping is saved in this workbook.',
  columnNone: '(none)',
  confidence_exact: 'recognised',
  confidence_partial: 'unsure',
  confidence_manual: 'set by you',
  confidence_missing: 'missing',
  required: 'required',
  settingsHeading: 'Settings',
  settingsMissing: 'Settings sheets missing: {names}. Defaults apply while they are missing.',
  settingsOk: 'All settings sheets are present.',
  insertSettings: 'Insert settings sheets',
  settingsInserted: 'Inserted: {names}',
  periodLabel: 'Period',
  period_quarter: 'Quarter',
  period_month: 'Month',
  period_half: 'Half-year',
  period_year: 'Year',
  run: 'Calculate',
  running: 'Calculating…',
  stage_read: 'Reading',
  stage_check: 'Checking',
  stage_compute: 'Computing',
  stage_write: 'Writing',
  progressLabel: 'Progress: {stage}',
  summaryHeading: '{period} done',
  articlesCounted: 'Articles counted',
  problems: 'Problems',
  problemsDetail: '{errors} errors, {warnings} warnings',
  stipendTotal: 'Stipends total',
  yuan: '¥{amount}',
  topPeople: 'Top three',
  topPerson: '#{rank} {name} ({unit}), {points} points',
  resultSheets: 'Result sheets',
  openSheet: 'Open {name}',
  issuesHeading: 'Validation problems ({count})',
  noIssues: 'No problems found.',
  severity_error: 'Error',
  severity_warning: 'Warning',
  moreIssues: '{count} more in the 校验 sheet.',
  gotoCell: '{sheet} row {row} {column}: {message}',
  errorTitle: 'Could not finish',
  settingsErrorTitle: 'Settings sheet problems',
  noLedgerTitle: 'No ledger found',
  dismiss: 'Dismiss',
  office_protected: 'The workbook or a sheet is protected, so results cannot be written. Unprotect it (Review tab) and try again.',
  office_payload: 'Too much data for one Excel request (5 MB). Try again; if it still fails, split the ledger by year.',
  office_nameConflict: 'A result sheet name clashes with an existing sheet. Rename that sheet and try again.',
  office_editMode: 'Excel is editing a cell. Press Enter or Esc and try again.',
  outsideTitle: 'This add-in runs inside Excel',
  outsideBody: 'Open it with 宣传统计 on Excel’s Home tab. Without Excel, use the standalone page:',
  outsideLink: 'Open the standalone page',
};

/** Issue codes of the core, as group headings in the validation list. */
const ISSUE_KINDS: Record<string, [string, string]> = {
  MISSING_TITLE: ['缺少标题', 'Missing title'],
  MISSING_AUTHORS: ['缺少作者', 'Missing authors'],
  MISSING_OUTLET: ['缺少媒体', 'Missing outlet'],
  MISSING_DATE: ['缺少日期', 'Missing date'],
  BAD_DATE: ['日期无法识别', 'Date not understood'],
  FUTURE_DATE: ['日期在今天之后', 'Date in the future'],
  UNKNOWN_LEVEL: ['媒体级别未知', 'Unknown level'],
  DUPLICATE_ROW: ['重复登记', 'Duplicate row'],
  FORMULA_ERROR: ['公式错误值', 'Formula error'],
  AUTHOR_NOT_IN_ROSTER: ['作者不在通讯员名单', 'Author not in roster'],
  UNIT_MISMATCH: ['单位与名单不符', 'Unit differs from roster'],
  UNIT_COUNT_MISMATCH: ['单位个数与作者不符', 'Units do not match authors'],
  UNKNOWN_GENRE: ['体裁未识别', 'Genre not recognised'],
  MULTI_OUTLET: ['一稿多发', 'Same article in several outlets'],
  LEVEL_MISMATCH: ['级别与媒体目录不符', 'Level differs from directory'],
  SAME_NAME_TWO_UNITS: ['同名不同单位', 'Same name in two units'],
  SAME_NAME_AMBIGUOUS: ['同名无法区分', 'Ambiguous name'],
  TARGET_UNKNOWN: ['任务对象未知', 'Unknown target'],
};

export function issueKindLabel(lang: Lang, code: string): string {
  const k = ISSUE_KINDS[code];
  return k ? k[lang === 'en' ? 1 : 0] : code;
}

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const table = lang === 'en' ? en : zh;
  return (key, params) => table[key].replace(/\{(\w+)\}/g, (m, name: string) => (params && name in params ? String(params[name]) : m));
}

/** 'en', 'en-US' -> English; everything else (zh-CN, zh-TW, …) -> Chinese. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export const I18nContext = React.createContext<{ lang: Lang; t: Translate }>({ lang: 'zh', t: translator('zh') });

export function useI18n(): { lang: Lang; t: Translate } {
  return React.useContext(I18nContext);
}
