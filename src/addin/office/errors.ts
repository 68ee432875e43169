// Office errors turned into messages an office worker understands (Chinese first; the pane translates by kind).

export type OfficeErrorKind = 'protected' | 'payload' | 'nameConflict' | 'editMode' | 'general';

const MESSAGES: Record<OfficeErrorKind, string> = {
  protected: '工作簿或工作表受保护，无法写入结果。请在“审阅”选项卡撤销保护后重试。',
  payload: '数据量超出 Excel 单次传输上限（5 MB）。请重试；如仍失败，请把台账按年份拆分到不同工作表。',
  nameConflict: '结果工作表名称与已有工作表冲突，请重命名该工作表后重试。',
  editMode: 'Excel 正在编辑单元格。请按 Enter 或 Esc 退出编辑后重试。',
  general: 'Excel 返回错误，结果未写入。',
};

/** An Office.js failure with a kind the UI can translate; the workbook has been left as it was. */
export class OfficeHostError extends Error {
  constructor(
    public readonly kind: OfficeErrorKind,
    public readonly code: string,
    detail?: string,
  ) {
    super(detail && kind === 'general' ? `${MESSAGES[kind]}（${code}：${detail}）` : MESSAGES[kind]);
    this.name = 'OfficeHostError';
  }
}

export function errorKind(code: string): OfficeErrorKind {
  switch (code) {
    case 'AccessDenied':
    case 'InvalidOperation': // what Excel reports for a write into a protected sheet
      return 'protected';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return 'payload';
    case 'ItemAlreadyExists':
      return 'nameConflict';
    case 'InvalidOperationInCellEditMode':
      return 'editMode';
    default:
      return 'general';
  }
}

export function isPayloadError(e: unknown): boolean {
  return errorKind(errorCode(e)) === 'payload';
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Wrap anything thrown by Excel.run; our own errors pass through unchanged. */
export function toHostError(e: unknown): Error {
  if (e instanceof OfficeHostError) return e;
  const code = errorCode(e);
  if (!code) return e instanceof Error ? e : new Error(String(e));
  return new OfficeHostError(errorKind(code), code, e instanceof Error ? e.message : undefined);
}
