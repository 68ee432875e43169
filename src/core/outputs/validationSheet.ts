// 校验-P: every validation problem, each linked to its ledger cell.
import type { OutputSheet } from '../types';
import type { Model } from '../model';
import { col, sheet, tableName } from './build';
import { issueType } from './issueTypes';

export function validationSheet(m: Model): OutputSheet {
  const { period, ledger } = m;
  const s = sheet('validation', '校验', period, '台账校验结果');
  s.notes.push(`共检查 ${ledger.rows.total} 行：计入 ${ledger.rows.counted} 行，错误 ${ledger.rows.errors} 行（不计入任何结果），`
    + `有警告 ${ledger.rows.warnings} 行（照常计入），跳过空行、合计行和未采用稿件 ${ledger.rows.skipped} 行。校验覆盖台账全部行，不限于本期。`);
  const issues = [...m.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  s.blocks.push({
    caption: '问题清单', tableName: tableName('校验', period),
    columns: [col('序号', 'int', 6), col('类型', 'text', 6), col('工作表', 'text', 12), col('行号', 'int', 6), col('列', 'text', 5),
      col('字段', 'text', 10), col('单元格内容', 'text', 20), col('问题说明', 'text', 70), col('问题类型', 'text', 14)],
    rows: issues.map((i, n) => [n + 1, i.severity === 'error' ? '错误' : '警告', i.sheet, i.row, i.column, i.field ?? '', i.value ?? '', i.message, issueType(i.code)]),
    links: issues.map((i) => (i.row > 0 ? { sheet: i.sheet, address: `${i.column || 'A'}${i.row}` } : null)),
  });
  return s;
}
