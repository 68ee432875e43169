// 问题类型: the Chinese name a clerk reads for each validation code (the JSON report keeps `code`).
const ISSUE_TYPES: Record<string, string> = {
  MISSING_TITLE: '缺少标题',
  MISSING_AUTHORS: '缺少作者',
  MISSING_OUTLET: '缺少刊发媒体',
  MISSING_DATE: '缺少刊发日期',
  BAD_DATE: '日期无法识别',
  FUTURE_DATE: '日期晚于今天',
  FORMULA_ERROR: '公式错误',
  DUPLICATE_ROW: '重复登记',
  MULTI_OUTLET: '一稿多发',
  UNKNOWN_LEVEL: '媒体级别不认识',
  LEVEL_MISMATCH: '媒体级别不一致',
  UNKNOWN_GENRE: '体裁不认识',
  AUTHOR_NOT_IN_ROSTER: '作者不在名册',
  SAME_NAME_AMBIGUOUS: '同名难以区分',
  SAME_NAME_TWO_UNITS: '同名不同单位',
  UNIT_MISMATCH: '单位与名册不符',
  UNIT_COUNT_MISMATCH: '单位数与作者数不符',
  TARGET_UNKNOWN: '任务单位不认识',
  PAYOUT_RECORD: '发放记录有误',
  SETTINGS_HEADER: '设置表表头有误',
  SETTINGS_NUMBER: '设置数值有误',
  SETTINGS_MONEY: '设置金额有误',
  SETTINGS_POLICY: '设置项不认识',
  SETTINGS_LEVEL: '媒体级别设置有误',
  SETTINGS_GENRE: '体裁设置有误',
  SETTINGS_TARGET: '任务设置有误',
};

export function issueType(code: string): string {
  return ISSUE_TYPES[code] ?? '其他问题';
}
