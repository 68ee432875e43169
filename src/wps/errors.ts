// ET failures turned into messages an office worker understands (Chinese, naming what to do).

export type WpsErrorKind = 'noWorkbook' | 'protected' | 'general';

const MESSAGES: Record<WpsErrorKind, string> = {
  noWorkbook: '没有打开的工作簿。请先在 WPS 表格中打开台账，再点击“宣传统计”。',
  protected: '工作簿结构受保护，无法添加或替换结果工作表。请在“审阅”选项卡撤销工作簿保护后重试。',
  general: 'WPS 表格返回错误，结果未写入，工作簿保持原样。',
};

export class WpsHostError extends Error {
  constructor(
    public readonly kind: WpsErrorKind,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[kind]}（${detail}）` : MESSAGES[kind]);
    this.name = 'WpsHostError';
  }
}

/** Our own errors and the core's pass through; anything ET threw becomes a 'general' error with its text. */
export function toWpsError(e: unknown): Error {
  if (e instanceof WpsHostError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new WpsHostError('general', detail);
}
