// 头版头条: a front-page lead raises money and points by the rules' factors.
import { compactKey } from './text';

export function isHeadline(position: string, header: string): boolean {
  const v = compactKey(position);
  if (!v) return false;
  if (v.includes('头条')) return !/^(否|非|不是)/.test(v);
  // A yes/no column (是否头条) marks the lead with 是 / √ / Y.
  return compactKey(header).includes('头条') && /^(是|√|✓|y|yes|1|true)$/.test(v);
}
