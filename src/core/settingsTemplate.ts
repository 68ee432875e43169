// The four settings sheets, prefilled from what the ledger already contains (people with units, outlets with
// the levels seen) and the default rules, for the pane's "insert settings" button.
import type { OutputSheet, WorkbookData } from './types';
import { defaultRules, choiceLabel, POLICY_LABELS, type Rules } from './rules';
import { detectLedger } from './detect';
import { forEachLedgerRow } from './ledgerRows';
import { ledgerAuthorsAndUnits } from './persons';
import { normalizeLevel } from './levels';
import { cleanOutlet, outletKey } from './mediaDirectory';
import { unitCategory, type Roster } from './roster';
import { SETTINGS_SHEETS } from './settingsSheets';
import { cellText } from './text';
import { col } from './outputs/build';
import { ISSUER_PLACEHOLDER, issuerFromTitle, ledgerTitle } from './issuer';
import { toYuan } from './outputs/build';

function settingsSheet(name: string, title: string): OutputSheet {
  return { name, kind: 'settings', title, notes: [], blocks: [], charts: [] };
}

export function rulesSheet(rules: Rules = defaultRules()): OutputSheet {
  const s = settingsSheet(SETTINGS_SHEETS.rules, '宣传稿件统计规则');
  s.notes.push('可直接修改下列数值；稿酬单位为元/篇，积分只用于排名、不影响稿酬。增加级别请在稿酬标准表右侧加列，增加体裁请加行。');
  s.blocks.push({
    caption: '稿酬标准（元/篇）', tableName: 'PL_Rules_Money',
    columns: [col('体裁', 'text', 10), ...rules.levels.map((l) => col(l, 'yuan', 10))],
    rows: rules.genres.map((g) => [g, ...rules.levels.map((l) => toYuan(rules.moneyFen[g][l] ?? 0))]),
  });
  s.blocks.push({
    caption: '积分标准（每篇）', tableName: 'PL_Rules_Points',
    columns: [col('级别', 'text', 10), col('积分', 'decimal', 10)],
    rows: rules.levels.map((l) => [l, rules.levelPoints[l] ?? 0]),
  });
  s.blocks.push({
    caption: '体裁系数（积分）', tableName: 'PL_Rules_Genre',
    columns: [col('体裁', 'text', 10), col('系数', 'decimal', 10)],
    rows: rules.genres.map((g) => [g, rules.genreFactor[g] ?? 1]),
  });
  s.blocks.push({
    caption: '政策设置', tableName: 'PL_Rules_Policy',
    columns: [col('项目', 'text', 24), col('取值', 'text', 14), col('说明', 'text', 48)],
    rows: [
      [POLICY_LABELS.headlineMoneyFactor, rules.headlineMoneyFactor, '头版头条稿酬乘以此系数'],
      [POLICY_LABELS.headlinePointsFactor, rules.headlinePointsFactor, '头版头条积分乘以此系数'],
      [POLICY_LABELS.coAuthor, choiceLabel('coAuthor', rules.coAuthor), '平均分配 / 各计全额 / 第一作者优先'],
      [POLICY_LABELS.firstShare, `${Math.round(rules.firstShare * 100)}%`, '“第一作者优先”时第一作者所占比例，其余作者平分'],
      [POLICY_LABELS.multiOutlet, choiceLabel('multiOutlet', rules.multiOutlet), '只计最高（同一稿件多家媒体刊发只计稿酬最高的一篇）/ 每篇都计'],
      [POLICY_LABELS.capFen, rules.capFen === null ? '不封顶' : toYuan(rules.capFen), '每人每期稿酬上限，写“不封顶”或金额'],
      [POLICY_LABELS.ranking, choiceLabel('ranking', rules.ranking), '中国式排名（1,1,2）/ 竞争排名（1,1,3）'],
      [POLICY_LABELS.awardUnits, rules.awardUnits, '年度通报中的先进单位候选名额'],
      [POLICY_LABELS.awardPeople, rules.awardPeople, '年度通报中的优秀通讯员候选名额'],
      [POLICY_LABELS.laggards, rules.laggards, '通报中点名的滞后对象人数'],
      [POLICY_LABELS.issuer, rules.issuer || ISSUER_PLACEHOLDER, '通报（Word）落款的发文单位，请核对'],
      [POLICY_LABELS.addressees, rules.addressees, '通报（Word）的主送单位，同类用顿号、不同类用逗号分隔'],
    ],
  });
  return s;
}

export function buildSettingsSheets(wb: WorkbookData, _today: string): OutputSheet[] {
  const rules = defaultRules();
  const people = new Map<string, { name: string; unit: string }>();
  const outlets = new Map<string, { name: string; levels: Map<string, number> }>();
  const detection = detectLedger(wb);
  rules.issuer = issuerFromTitle(ledgerTitle(wb, detection)) ?? '';
  forEachLedgerRow(wb, detection, (raw, kind) => {
    if (kind !== 'data') return;
    const { names, units } = ledgerAuthorsAndUnits(raw);
    names.forEach((name, i) => { if (!people.has(`${name}|${units[i]}`)) people.set(`${name}|${units[i]}`, { name, unit: units[i] }); });
    const outlet = cleanOutlet(cellText(raw.get('outlet')));
    if (!outlet) return;
    const o = outlets.get(outletKey(outlet)) ?? { name: outlet, levels: new Map<string, number>() };
    const level = normalizeLevel(cellText(raw.get('level')), rules.levels);
    if (level) o.levels.set(level, (o.levels.get(level) ?? 0) + 1);
    outlets.set(outletKey(outlet), o);
  });
  const emptyRoster: Roster = { present: false, entries: [], byName: new Map(), unitCategory: new Map() };

  const roster = settingsSheet(SETTINGS_SHEETS.roster, '通讯员名单');
  roster.notes.push('根据台账中出现的作者和单位生成，请核对单位和类别（委室 / 乡镇 / 部门 / 特邀）；同名的人请分别填写单位，必要时填编号区分。');
  roster.blocks.push({
    caption: '通讯员', tableName: 'PL_Roster',
    columns: [col('姓名', 'text', 10), col('单位', 'text', 20), col('类别', 'text', 8), col('编号', 'text', 8)],
    rows: [...people.values()].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.name < b.name ? -1 : 1))
      .map((p) => [p.name, p.unit, p.unit ? unitCategory(p.unit, emptyRoster) : '', '']),
  });

  const media = settingsSheet(SETTINGS_SHEETS.directory, '媒体目录');
  const known = [...outlets.values()].filter((o) => o.levels.size > 0);
  const unknown = [...outlets.values()].filter((o) => o.levels.size === 0).map((o) => o.name);
  media.notes.push('以本表为准：台账中的级别与本表不一致时按本表计。别名用顿号分隔，如“人民网、人民网客户端”。');
  if (unknown.length) media.notes.push(`以下媒体在台账中没有可识别的级别，请补充到本表：${unknown.join('、')}`);
  media.blocks.push({
    caption: '媒体', tableName: 'PL_Media',
    columns: [col('媒体名称', 'text', 24), col('级别', 'text', 8), col('别名', 'text', 30)],
    rows: known.sort((a, b) => rules.levels.indexOf(mostCommon(a.levels)) - rules.levels.indexOf(mostCommon(b.levels)) || (a.name < b.name ? -1 : 1))
      .map((o) => [o.name, mostCommon(o.levels), '']),
  });

  const targets = settingsSheet(SETTINGS_SHEETS.targets, '任务目标');
  targets.notes.push('对象：单位名、通讯员姓名、“全县”（全县合计），或类别（委室 / 乡镇 / 部门，表示该类每个单位）。周期：年 / 半年 / 季度。最低级别留空表示不限，“市级”表示市级及以上。以“例：”开头的行不计算，可删除。');
  const someUnit = [...people.values()].find((p) => p.unit)?.unit ?? '某单位';
  targets.blocks.push({
    caption: '目标任务', tableName: 'PL_Targets',
    columns: [col('对象', 'text', 20), col('周期', 'text', 8), col('最低级别', 'text', 10), col('体裁', 'text', 10), col('目标篇数', 'int', 10)],
    rows: [['例：全县', '年', '', '', 1000], ['例：委室', '季度', '市级', '', 3], [`例：${someUnit}`, '年', '', '理论调研', 1]],
  });
  return [rulesSheet(rules), roster, media, targets];
}

function mostCommon(counts: Map<string, number>): string {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}
