// Media levels: canonical names, spellings people use, and the order 国家级 > 省级 > 市级 > 县级.
import { compactKey } from './text';

export const DEFAULT_LEVELS = ['国家级', '省级', '市级', '县级'] as const;

const ALIASES: Record<string, string> = {
  国家级: '国家级', 中央级: '国家级', 全国: '国家级', 全国性: '国家级', 国家: '国家级', 中央: '国家级', 全国级: '国家级',
  省级: '省级', 省部级: '省级', 省: '省级', 省级媒体: '省级',
  市级: '市级', 地市级: '市级', 市: '市级', 地级: '市级', 州级: '市级', 市州级: '市级',
  县级: '县级', 县区级: '县级', 区级: '县级', 县: '县级', 区县级: '县级', 县市区级: '县级',
};

/** Canonical level for a spelling, looking at user-added levels too; null when unknown. */
export function normalizeLevel(raw: string, levels: readonly string[]): string | null {
  const k = compactKey(raw).replace(/媒体$/, '');
  if (!k) return null;
  for (const l of levels) if (compactKey(l) === k) return l;
  const alias = ALIASES[k] ?? ALIASES[k.replace(/级$/, '')];
  return alias && levels.includes(alias) ? alias : null;
}

/** Rank in the level order; 0 is the highest. */
export function levelRank(level: string, levels: readonly string[]): number {
  const i = levels.indexOf(level);
  return i < 0 ? levels.length : i;
}

/** `level` is at or above `minimum` (e.g. 省级 satisfies 市级). */
export function meetsMinimumLevel(level: string, minimum: string | null, levels: readonly string[]): boolean {
  return minimum === null || levelRank(level, levels) <= levelRank(minimum, levels);
}
