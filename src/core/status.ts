// Status column: rows marked 未采用 / 退稿 / 作废 are not counted.
import { compactKey } from './text';

export function isNotAdopted(status: string): boolean {
  const v = compactKey(status);
  return /^(未采用|不采用|退稿|作废|否|未刊发|未发表|撤稿|已撤稿|废稿)$/.test(v);
}
