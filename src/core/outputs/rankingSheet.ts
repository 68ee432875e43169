// 排名-P: people and units with rank, points, counts by level, 折合篇数, year to date beside the period;
// units also ranked within their category; adoption rates where the ledger has a status column.
import type { OutputSheet } from '../types';
import type { Model, RankedPerson, RankedUnit } from '../model';
import { inPeriod, periodName } from '../periods';
import { NO_UNIT } from '../stats';
import { col, levelColumns, pts, round4, sheet, tableName } from './build';

export function rankingSheet(m: Model): OutputSheet {
  const { period, rules } = m;
  const s = sheet('ranking', '排名', period, `${periodName(period)}人大宣传工作实名排名`);
  const ytdPeople = new Map(m.ytd.people.map((p) => [p.key, p]));
  const ytdUnits = new Map(m.ytd.units.map((u) => [u.unit, u]));
  const ytd = period.kind !== 'year';
  s.notes.push(`排名依据：积分（保留两位小数），积分相同时依次比较国家级、省级、市级、县级篇数和总篇数；${rules.ranking === 'dense' ? '中国式排名（并列不占名次）' : '竞争排名（并列占名次）'}。`);
  s.blocks.push({
    caption: '通讯员排名', tableName: tableName('通讯员排名', period),
    columns: [col('名次', 'int', 6), col('姓名', 'text', 10), col('单位', 'text', 18), col('积分', 'decimal'), ...levelColumns(rules.levels),
      col('参与篇数', 'int'), col('折合篇数', 'decimal'),
      ...(ytd ? [col('本年累计积分', 'decimal'), col('本年累计名次', 'int'), col('本年累计篇数', 'int')] : [])],
    rows: m.current.people.filter((p) => p.articles > 0).map((p: RankedPerson) => {
      const y = ytdPeople.get(p.key);
      return [p.rank, p.person.name, p.person.unit, pts(p.points), ...rules.levels.map((l) => p.byLevel[l] ?? 0), p.articles, pts(p.shareArticles),
        ...(ytd ? [pts(y?.points ?? 0), y?.rank ?? null, y?.articles ?? 0] : [])];
    }),
  });
  const adoption = m.ledger.hasStatus ? adoptionByUnit(m) : null;
  s.blocks.push({
    caption: '单位排名', tableName: tableName('单位排名', period),
    columns: [col('名次', 'int', 6), col('单位', 'text', 18), col('类别', 'text', 8), col('类别内名次', 'int', 10), col('积分', 'decimal'),
      ...levelColumns(rules.levels), col('上稿篇数', 'int'), col('作者人数', 'int'),
      ...(ytd ? [col('本年累计积分', 'decimal'), col('本年累计名次', 'int')] : []),
      ...(adoption ? [col('报送篇数', 'int'), col('采用篇数', 'int'), col('采用率', 'percent')] : [])],
    rows: m.current.units.map((u: RankedUnit) => {
      const y = ytdUnits.get(u.unit);
      const a = adoption?.get(u.unit);
      return [u.rank, u.unit, u.category, u.categoryRank, pts(u.points), ...rules.levels.map((l) => u.byLevel[l] ?? 0), u.articles, u.people,
        ...(ytd ? [pts(y?.points ?? 0), y?.rank ?? null] : []),
        ...(adoption ? [a?.submitted ?? 0, a?.adopted ?? 0, a && a.submitted ? round4(a.adopted / a.submitted) : null] : [])];
    }),
  });
  return s;
}

function adoptionByUnit(m: Model): Map<string, { submitted: number; adopted: number }> {
  // Adopted: the period's articles, each once for each unit among its authors, which is what a unit's articles in
  // the period's standing count (the credits of every period article, scored or not, by unit) — not counted again.
  const out = new Map<string, { submitted: number; adopted: number }>(m.current.units.map((u) => [u.unit, { submitted: u.articles, adopted: u.articles }]));
  for (const r of m.ledger.rejected) {
    if (r.day === null || !inPeriod(m.period, r.day)) continue;
    for (const unit of r.units) {
      const u = unit || NO_UNIT;
      const a = out.get(u) ?? { submitted: 0, adopted: 0 };
      a.submitted++;
      out.set(u, a);
    }
  }
  return out;
}
