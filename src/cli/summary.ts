// The short Chinese summary the CLI prints after a run; every figure goes through the core's formatter,
// like the pane's, so both read the same.
import { ledgerRowsText, periodArticlesText, periodText, pointsText, yuanText, type CalcResult } from '../core';

export function summary(result: CalcResult, outPath: string, written: Array<{ intended: string; actual: string }>): string {
  const { report } = result;
  const r = report.rows;
  const lines = [
    `统计期间：${periodText(report.period)}`,
    `台账行数：${ledgerRowsText(r)}`,
    `本期稿件：${periodArticlesText(report.period, result.periodArticles)}`,
    `本期稿酬合计：${yuanText(report.stipendTotalFen)}`,
  ];
  const top = report.people.slice(0, 3);
  if (top.length) {
    lines.push(`通讯员前三名：${top.map((p) => `第${p.rank}名 ${p.name}（${p.unit || '未填单位'}，${pointsText(p.points)}）`).join('；')}`);
  }
  if (r.errors > 0) lines.push(`有 ${r.errors} 行因错误未计入，详见“校验”工作表。`);
  lines.push(`结果已写入：${outPath}`);
  for (const w of written) {
    if (w.actual !== w.intended) lines.push(`注意：已有同名工作表“${w.intended}”（不是本工具生成的），结果改写到“${w.actual}”。`);
  }
  return lines.join('\n');
}
