// The sentences of the Word notice, in the register of a 通报, from the figures of the notice model (nothing is
// computed here but wording: the figures, changes and lists all come from the model).
import { capitalYuan, changeText, periodName, pointsNumber, QUOTA_STATUS, yuanNumber, type NoticeModel } from '../core';

/** 增长12.5% / 下降3% / 上期无可比数据 */
function changeWords(now: number, before: number): string {
  if (now === before && before > 0) return '持平';
  const t = changeText(now, before);
  return t === '无可比数据' ? '无可比数据' : t.replace(/\s/g, '');
}

/** For table cells: +12.5% / -3% / 持平 / — */
export function changeShort(now: number, before: number): string {
  const t = changeText(now, before);
  if (t === '无可比数据') return '—';
  if (now === before) return '持平';
  return `${t.startsWith('增长') ? '+' : '-'}${t.replace(/^\S+\s*/, '')}`;
}

export function intro(n: NoticeModel): string {
  return `现将${n.periodName}全县人大宣传稿件刊发、目标任务完成和稿酬兑现情况通报如下：`;
}

export function overview(n: NoticeModel): string {
  const { now, prev, last } = n;
  const levels = n.levels.map((l) => `${l}${now.byLevel[l] ?? 0}篇`).join('、');
  const compare = n.period.kind === 'year'
    ? `较上年（${prev.articles}篇）${changeWords(now.articles, prev.articles)}`
    : `较${periodName(prev.period)}（${prev.articles}篇）${changeWords(now.articles, prev.articles)}，较去年同期（${last.articles}篇）${changeWords(now.articles, last.articles)}`;
  return `${n.periodName}，全县人大系统共刊发宣传稿件${now.articles}篇，其中${levels}；${compare}。共有${now.people}名通讯员、${now.units}个单位上稿。`;
}

export function leaders(n: NoticeModel): string {
  if (n.topPeople.length === 0) return '本期无积分排名。';
  const people = n.topPeople.slice(0, 3).map((p) => `${p.person.name}（${p.person.unit || '未填单位'}，${pointsNumber(p.points)}分）`);
  const units = n.topUnits.slice(0, 3).map((u) => `${u.unit}（${pointsNumber(u.points)}分）`);
  return `按积分排名，通讯员前三位是${people.join('、')}；单位前三位是${units.join('、')}。`;
}

export function quotaProgress(n: NoticeModel): string {
  const count = (status: string) => n.quotas.filter((q) => q.status === status).length;
  const head = `${n.quotas.length}项目标任务中，已完成${count(QUOTA_STATUS.done)}项，按进度推进${count(QUOTA_STATUS.normal)}项`;
  if (n.laggards.length === 0) return `${head}，没有滞后的任务。`;
  const named = n.laggards.slice(0, n.laggardLimit).map((q) => `${q.who}（${q.done}/${q.target}篇，${q.status}）`);
  const more = n.laggards.length > named.length ? `等${n.laggards.length}项` : '';
  return `${head}，滞后${count(QUOTA_STATUS.behind)}项、严重滞后${count(QUOTA_STATUS.farBehind)}项：${named.join('、')}${more}。请抓紧落实。`;
}

export function stipend(n: NoticeModel): string {
  return `按照稿酬标准，本期应发稿酬合计${yuanNumber(n.stipendTotalFen)}元（${capitalYuan(n.stipendTotalFen)}），明细见《稿酬-${n.period.label}》表。`;
}

export function awardsIntro(n: NoticeModel): string {
  const a = n.awards!;
  return `根据全年积分排名，提出先进单位候选${a.units.length}个、优秀通讯员候选${a.people.length}名和好作品候选${a.works.length}篇，提请研究确定。`;
}

export function closing(n: NoticeModel): string {
  return n.laggards.length && n.period.kind !== 'year'
    ? '请各单位对照通报，总结经验、查找不足，任务滞后的单位要加大工作力度，确保按期完成全年宣传任务。'
    : '请各单位对照通报，总结经验、查找不足，进一步做好人大宣传工作。';
}
