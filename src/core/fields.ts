// The ledger's fields: their order on screen and their Chinese names (messages, pane labels).
import type { LedgerField } from './types';

/** Every field, required ones first (the order of the pane's column dropdowns). */
export const LEDGER_FIELDS: readonly LedgerField[] = ['title', 'authors', 'outlet', 'date', 'level', 'unit', 'genre', 'position', 'words', 'status', 'id'];

export const FIELD_LABELS: Readonly<Record<LedgerField, string>> = {
  title: '标题', authors: '作者', unit: '单位', outlet: '媒体', level: '级别', date: '日期',
  genre: '体裁', position: '版面', words: '字数', status: '状态', id: '编号',
};
