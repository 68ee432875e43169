// A1-style references <-> 0-based coordinates.
import type { CellRect } from '../core/types';

/** 'AB12' -> { row: 11, col: 27 } (0-based); row is -1 when absent ('AB'). */
export function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36) continue; // '$'
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  const row = parseInt(ref.slice(i).replace(/\$/g, ''), 10);
  return { row: Number.isFinite(row) ? row - 1 : -1, col: col - 1 };
}

/** 'A1:C5' -> 0-based inclusive rectangle. */
export function parseRange(ref: string): CellRect | null {
  const [a, b = a] = ref.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  if (p.row < 0 || q.row < 0 || p.col < 0 || q.col < 0) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
