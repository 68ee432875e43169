// 统计规则: money table, points table, genre factors and policies; defaults from SPEC.md when the sheet is absent.
// A malformed cell is reported by cell (SettingsError), never replaced by a silent default.
import type { CellValue, Issue, SheetData, WorkbookData } from './types';
import { findSettingsSheet, settingsNumber, settingsProblem, SETTINGS_SHEETS } from './settingsSheets';
import { DEFAULT_GENRES } from './genres';
import { DEFAULT_LEVELS } from './levels';
import { headerKey } from './headers';
import { cellText, compactKey } from './text';
import { columnLetters } from './layout';

export type CoAuthorPolicy = 'equal' | 'full' | 'first';
export type MultiOutletPolicy = 'highest' | 'each';
export type RankingPolicy = 'dense' | 'competition';

export interface Rules {
  levels: string[]; // high to low
  genres: string[];
  /** genre -> level -> fen per article */
  moneyFen: Record<string, Record<string, number>>;
  levelPoints: Record<string, number>;
  genreFactor: Record<string, number>;
  headlineMoneyFactor: number;
  headlinePointsFactor: number;
  coAuthor: CoAuthorPolicy;
  firstShare: number;
  multiOutlet: MultiOutletPolicy;
  capFen: number | null;
  ranking: RankingPolicy;
  awardUnits: number;
  awardPeople: number;
  laggards: number;
  /** 发文单位 of the Word notice; '' = derived from the ledger's title row (issuer.ts) */
  issuer: string;
  /** 主送 of the Word notice, without the closing colon */
  addressees: string;
}

const DEFAULT_MONEY_YUAN: Record<string, number[]> = {
  消息: [500, 200, 100, 30], 通讯: [800, 300, 200, 50], 言论: [600, 250, 150, 40], 理论调研: [1200, 500, 300, 100],
  图片: [300, 100, 50, 20], 视频: [800, 300, 200, 50], 信息: [200, 100, 50, 10],
};

export const DEFAULT_ADDRESSEES = '各委室、各乡镇（街道）人大';

export function defaultRules(): Rules {
  const levels = [...DEFAULT_LEVELS];
  const moneyFen: Rules['moneyFen'] = {};
  for (const g of DEFAULT_GENRES) moneyFen[g] = Object.fromEntries(levels.map((l, i) => [l, DEFAULT_MONEY_YUAN[g][i] * 100]));
  return {
    levels, genres: [...DEFAULT_GENRES], moneyFen,
    levelPoints: { 国家级: 20, 省级: 10, 市级: 5, 县级: 1 },
    genreFactor: { 理论调研: 2, 通讯: 1.5, 言论: 1.2, 视频: 1.2, 消息: 1, 图片: 0.5, 信息: 0.5 },
    headlineMoneyFactor: 2, headlinePointsFactor: 2,
    coAuthor: 'equal', firstShare: 0.6, multiOutlet: 'highest', capFen: null, ranking: 'dense',
    awardUnits: 5, awardPeople: 8, laggards: 5,
    issuer: '', addressees: DEFAULT_ADDRESSEES,
  };
}

/** The policy rows of the 政策设置 table: label, accepted values, how to store. */
export const POLICY_LABELS = {
  headlineMoneyFactor: '头版头条稿酬系数',
  headlinePointsFactor: '头版头条积分系数',
  coAuthor: '合作稿分配',
  firstShare: '第一作者比例',
  multiOutlet: '一稿多发',
  capFen: '每人每期封顶金额（元）',
  ranking: '排名方式',
  awardUnits: '先进单位名额',
  awardPeople: '优秀通讯员名额',
  laggards: '通报滞后名单人数',
  issuer: '发文单位',
  addressees: '主送',
} as const;

export const CHOICES = {
  coAuthor: { 平均分配: 'equal', 各计全额: 'full', 第一作者优先: 'first' },
  multiOutlet: { 只计最高: 'highest', 每篇都计: 'each' },
  ranking: { 中国式排名: 'dense', 竞争排名: 'competition' },
} as const;

export function choiceLabel<K extends keyof typeof CHOICES>(kind: K, value: string): string {
  return Object.entries(CHOICES[kind]).find(([, v]) => v === value)![0];
}

export function readRules(wb: WorkbookData, problems: Issue[]): Rules {
  const rules = defaultRules();
  const sheet = findSettingsSheet(wb, SETTINGS_SHEETS.rules);
  if (!sheet) return rules;
  const before = problems.length;
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const first = cells.findIndex((v) => cellText(v) !== '');
    if (first < 0) continue;
    const head = headerKey(cells[first]);
    const next = headerKey(cells[first + 1]);
    if (head === '体裁' && next !== '系数') r = readMoneyTable(sheet, r, first, rules, problems);
    else if ((head === '级别' || head === '媒体级别') && next.includes('积分')) r = readPairs(sheet, r, first, problems, (k, v, cell) => {
      rules.levelPoints[k] = v;
      if (!rules.levels.includes(k)) problems.push(settingsProblem(sheet.name, cell.row, cell.col, `级别“${k}”不在稿酬标准表的列中`, 'SETTINGS_LEVEL', k));
    });
    else if (head === '体裁' && next === '系数') r = readPairs(sheet, r, first, problems, (k, v, cell) => {
      rules.genreFactor[k] = v;
      if (!rules.genres.includes(k)) problems.push(settingsProblem(sheet.name, cell.row, cell.col, `体裁“${k}”不在稿酬标准表的行中`, 'SETTINGS_GENRE', k));
    });
    else if (['项目', '设置', '参数', '政策'].includes(head)) r = readPolicies(sheet, r, first, rules, problems);
  }
  if (problems.length === before) validateCoverage(sheet, rules, problems);
  return rules;
}

function endOfTable(rows: SheetData['rows'], from: number, col: number): number {
  let r = from;
  while (r < rows.length && cellText(rows[r]?.[col]) !== '') r++;
  return r; // first blank row after the table
}

function readMoneyTable(sheet: SheetData, headerRow: number, col: number, rules: Rules, problems: Issue[]): number {
  const header = sheet.rows[headerRow] ?? [];
  const levels: { col: number; name: string }[] = [];
  for (let c = col + 1; c < header.length; c++) {
    const name = cellText(header[c]).replace(/\s/g, '');
    if (name) levels.push({ col: c, name });
  }
  rules.levels = levels.map((l) => l.name);
  rules.genres = [];
  rules.moneyFen = {};
  const end = endOfTable(sheet.rows, headerRow + 1, col);
  for (let r = headerRow + 1; r < end; r++) {
    const genre = cellText(sheet.rows[r]?.[col]).replace(/\s/g, '');
    rules.genres.push(genre);
    rules.moneyFen[genre] = {};
    for (const l of levels) {
      const v = sheet.rows[r]?.[l.col];
      const yuan = settingsNumber(v);
      if (yuan === null || yuan < 0) {
        problems.push(settingsProblem(sheet.name, r + 1, columnLetters(l.col + 1),
          `稿酬标准“${genre}/${l.name}”的金额“${cellText(v)}”不是有效的元数`, 'SETTINGS_MONEY', cellText(v)));
      } else rules.moneyFen[genre][l.name] = Math.round(yuan * 100);
    }
  }
  return end;
}

function readPairs(
  sheet: SheetData, headerRow: number, col: number, problems: Issue[],
  store: (key: string, value: number, cell: { row: number; col: string }) => void,
): number {
  const end = endOfTable(sheet.rows, headerRow + 1, col);
  const title = cellText(sheet.rows[headerRow]?.[col + 1]);
  for (let r = headerRow + 1; r < end; r++) {
    const key = cellText(sheet.rows[r]?.[col]).replace(/\s/g, '');
    const v = sheet.rows[r]?.[col + 1];
    const n = settingsNumber(v);
    if (n === null || n < 0) {
      problems.push(settingsProblem(sheet.name, r + 1, columnLetters(col + 2), `“${key}”的${title}“${cellText(v)}”不是有效数字`, 'SETTINGS_NUMBER', cellText(v)));
    } else store(key, n, { row: r + 1, col: columnLetters(col + 1) });
  }
  return end;
}

function readPolicies(sheet: SheetData, headerRow: number, col: number, rules: Rules, problems: Issue[]): number {
  const end = endOfTable(sheet.rows, headerRow + 1, col);
  const labelToKey = new Map(Object.entries(POLICY_LABELS).map(([k, label]) => [compactKey(label).replace(/[(（][^)）]*[)）]/g, ''), k]));
  for (let r = headerRow + 1; r < end; r++) {
    const label = compactKey(cellText(sheet.rows[r]?.[col])).replace(/[(（][^)）]*[)）]/g, '');
    const key = labelToKey.get(label) as keyof typeof POLICY_LABELS | undefined;
    const v: CellValue = sheet.rows[r]?.[col + 1];
    const at = { row: r + 1, col: columnLetters(col + 2) };
    if (!key) {
      problems.push(settingsProblem(sheet.name, r + 1, columnLetters(col + 1), `不认识的设置项“${cellText(sheet.rows[r]?.[col])}”`, 'SETTINGS_POLICY', label));
      continue;
    }
    const err = applyPolicy(rules, key, v);
    if (err) problems.push(settingsProblem(sheet.name, at.row, at.col, `${POLICY_LABELS[key]}：${err}`, 'SETTINGS_POLICY', cellText(v)));
  }
  return end;
}

function applyPolicy(rules: Rules, key: keyof typeof POLICY_LABELS, v: CellValue): string | null {
  const text = cellText(v).replace(/\s/g, '');
  const n = settingsNumber(v);
  switch (key) {
    case 'coAuthor': case 'multiOutlet': case 'ranking': {
      const choices = CHOICES[key] as Record<string, string>;
      if (!(text in choices)) return `“${text}”不是可选值（${Object.keys(choices).join(' / ')}）`;
      (rules as unknown as Record<string, string>)[key] = choices[text];
      return null;
    }
    case 'capFen':
      if (text === '' || text === '不封顶' || text === '无') { rules.capFen = null; return null; }
      if (n === null || n <= 0) return `“${text}”不是有效金额（留空或写“不封顶”表示不封顶）`;
      rules.capFen = Math.round(n * 100);
      return null;
    case 'firstShare':
      if (n === null || n <= 0 || n > 1) return `“${text}”应为 0 到 100% 之间的比例，如 60%`;
      rules.firstShare = n;
      return null;
    case 'issuer': case 'addressees':
      // Free text; the 主送 line's colon is the notice's to add.
      rules[key] = cellText(v).trim().replace(/[：:]+$/, '');
      return null;
    case 'awardUnits': case 'awardPeople': case 'laggards':
      if (n === null || !Number.isInteger(n) || n < 0) return `“${text}”应为不小于 0 的整数`;
      rules[key] = n;
      return null;
    default:
      if (n === null || n <= 0) return `“${text}”应为正数`;
      rules[key] = n;
      return null;
  }
}

function validateCoverage(sheet: SheetData, rules: Rules, problems: Issue[]): void {
  for (const l of rules.levels) if (rules.levelPoints[l] === undefined) {
    problems.push(settingsProblem(sheet.name, 1, '', `积分标准缺少级别“${l}”`, 'SETTINGS_LEVEL', l));
  }
  for (const g of rules.genres) if (rules.genreFactor[g] === undefined) rules.genreFactor[g] = 1;
}
