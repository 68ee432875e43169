// Which sheet each output goes to: replace only sheets the product created itself (listed in a very
// hidden marker sheet), never a user's sheet that happens to share the name.
import type { OutputSheet, WorkbookData } from './types';

/** Very hidden sheet listing the sheets this product wrote; both the file shell and the add-in keep it. */
export const MARKER_SHEET = '_宣传统计_owned';
export const PAYOUT_SHEET = '稿酬发放记录';

export interface SheetPlanEntry {
  intended: string;
  actual: string;
  /** true when `actual` exists and is ours (or is the payout history) and is to be replaced */
  replace: boolean;
  /** settings sheets are only ever added, never replaced; skip = a sheet of that name exists already */
  skip: boolean;
}

export function ownedSheetNames(wb: WorkbookData): Set<string> {
  const marker = wb.sheets.find((s) => s.name === MARKER_SHEET);
  const names = new Set<string>();
  for (const row of marker?.rows.slice(1) ?? []) {
    const v = row?.[0];
    if (typeof v === 'string' && v.trim()) names.add(v.trim());
  }
  return names;
}

const MAX_SHEET_NAME = 31;

function withSuffix(name: string, n: number): string {
  const suffix = `(${n})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

export function planSheetNames(existing: string[], owned: Set<string>, outputs: OutputSheet[]): SheetPlanEntry[] {
  const lower = new Set(existing.map((n) => n.toLowerCase())); // Excel sheet names are case-insensitive
  const ownedLower = new Set([...owned].map((n) => n.toLowerCase()));
  const taken = new Set<string>();
  return outputs.map((out) => {
    const intended = out.name.slice(0, MAX_SHEET_NAME);
    const exists = (n: string) => lower.has(n.toLowerCase());
    if (out.kind === 'settings') {
      return { intended, actual: intended, replace: false, skip: exists(intended) };
    }
    if (out.kind === 'payouts') return { intended, actual: intended, replace: exists(intended), skip: false };
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? intended : withSuffix(intended, n);
      if (taken.has(candidate.toLowerCase())) continue;
      if (!exists(candidate) || ownedLower.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return { intended, actual: candidate, replace: exists(candidate), skip: false };
      }
    }
  });
}

/** Rows of the marker sheet after a write: everything owned before plus what was written now. */
export function markerRows(owned: Set<string>, plan: SheetPlanEntry[]): string[][] {
  const all = new Set(owned);
  for (const p of plan) if (!p.skip && !(p.intended === PAYOUT_SHEET && p.replace && !owned.has(p.actual))) all.add(p.actual);
  return [['工作表 (sheets written by 宣传稿件统计)'], ...[...all].sort().map((n) => [n])];
}
