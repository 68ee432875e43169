// 稿酬-P: one line per article and person, then per-person totals with the amount in capital numerals.
import type { OutputSheet } from '../types';
import type { Model } from '../model';
import type { StipendLine } from '../stipends';
import { formatDay } from '../dates';
import { capitalYuan } from '../capitalNumerals';
import { choiceLabel } from '../rules';
import { periodName } from '../periods';
import { col, round4, sheet, tableName, toYuan } from './build';
import { stipendLineOrder } from './stipendLineOrder';

function note(l: StipendLine): string {
  if (l.paidIn) return `已于${l.paidIn}发放`;
  if (!l.credit.scored) return '一稿多发，只计最高一篇';
  if (l.payFen < l.dueFen) return '超过封顶金额，按比例核减';
  return '';
}

export function stipendSheet(m: Model): OutputSheet {
  const { period, rules, stipends } = m;
  const s = sheet('stipend', '稿酬', period, `${periodName(period)}宣传稿件稿酬发放表`);
  s.notes.push(`合作稿分配：${choiceLabel('coAuthor', rules.coAuthor)}${rules.coAuthor === 'first' ? `（第一作者 ${Math.round(rules.firstShare * 100)}%）` : ''}；`
    + `一稿多发：${choiceLabel('multiOutlet', rules.multiOutlet)}；头版头条稿酬 ×${rules.headlineMoneyFactor}；`
    + `封顶：${rules.capFen === null ? '不封顶' : `每人每期 ${toYuan(rules.capFen)} 元`}。`);
  if (period.kind !== 'quarter') s.notes.push('稿酬按季度兑现：本表为该期间的应发情况，只有按季度计算时才写入稿酬发放记录。');
  const lines = stipendLineOrder(stipends.lines);
  const people = m.current.people.filter((p) => p.stipend.dueFen > 0 || p.stipend.payFen > 0)
    .sort((a, b) => (a.person.unit < b.person.unit ? -1 : a.person.unit > b.person.unit ? 1 : 0) || (a.person.name < b.person.name ? -1 : 1));
  const count = new Map<string, number>();
  for (let i = 0; i < stipends.lines.length; i++) { // an index loop: no iterator result per line when cold
    const l = stipends.lines[i];
    if (l.payFen > 0) count.set(l.credit.personKey, (count.get(l.credit.personKey) ?? 0) + 1);
  }
  // The finance office's table first: it is what gets printed and signed.
  s.blocks.push({
    caption: '个人合计（财务发放用）', tableName: tableName('稿酬合计', period),
    columns: [col('序号', 'int', 6), col('姓名', 'text', 10), col('单位', 'text', 16), col('计酬篇数', 'int'), col('应发（元）', 'yuan'),
      col('实发（元）', 'yuan'), col('大写金额', 'text', 26), col('领取人签字', 'text', 12)],
    rows: [
      ...people.map((p, i) => [i + 1, p.person.name, p.person.unit, count.get(p.key) ?? 0, toYuan(p.stipend.dueFen), toYuan(p.stipend.payFen), capitalYuan(p.stipend.payFen), '']),
      [null, '合计', '', [...count.values()].reduce((a, b) => a + b, 0), toYuan(people.reduce((a, p) => a + p.stipend.dueFen, 0)),
        toYuan(stipends.totalFen), capitalYuan(stipends.totalFen), ''],
    ],
  });
  s.blocks.push({
    caption: '稿酬明细', tableName: tableName('稿酬明细', period),
    columns: [col('序号', 'int', 6), col('姓名', 'text', 10), col('单位', 'text', 16), col('标题', 'text', 36), col('媒体', 'text', 16),
      col('级别', 'text', 8), col('体裁', 'text', 8), col('发表日期', 'date'), col('标准（元）', 'yuan'), col('头条系数', 'decimal'),
      col('分配比例', 'percent'), col('应发（元）', 'yuan'), col('实发（元）', 'yuan'), col('补发', 'text', 6), col('备注', 'text', 22)],
    rows: lines.map((l, i) => {
      const { pub, person } = l.credit;
      return [i + 1, person.name, person.unit, pub.title, pub.outlet, pub.level, pub.genre, formatDay(pub.day), toYuan(l.credit.baseFen),
        pub.headline ? rules.headlineMoneyFactor : 1, round4(l.credit.articleFen ? l.credit.fen / l.credit.articleFen : l.credit.share),
        toYuan(l.dueFen), toYuan(l.payFen), l.late ? '补发' : '', note(l)];
    }),
  });
  return s;
}
