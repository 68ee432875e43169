// Genres (体裁) and the spellings people use; an unknown genre is counted as 消息 with a warning.
import { compactKey } from './text';

export const DEFAULT_GENRES = ['消息', '通讯', '言论', '理论调研', '图片', '视频', '信息'] as const;
export const FALLBACK_GENRE = '消息';

const ALIASES: Record<string, string> = {
  消息: '消息', 新闻: '消息', 新闻稿: '消息', 动态: '消息', 新闻消息: '消息', 简讯: '消息', 快讯: '消息', 短消息: '消息', 综合消息: '消息',
  通讯: '通讯', 人物通讯: '通讯', 专题: '通讯', 特写: '通讯', 专访: '通讯', 深度报道: '通讯',
  言论: '言论', 评论: '言论', 时评: '言论', 评论员文章: '言论', 署名文章: '言论',
  理论调研: '理论调研', 理论文章: '理论调研', 调研报告: '理论调研', 理论: '理论调研', 调研: '理论调研', 理论研究: '理论调研', 调研文章: '理论调研',
  图片: '图片', 摄影: '图片', 照片: '图片', 图片新闻: '图片', 新闻图片: '图片',
  视频: '视频', 音频: '视频', 广播电视: '视频', 电视: '视频', 广播: '视频', 短视频: '视频', 电视新闻: '视频',
  信息: '信息', 简报: '信息', 信息稿: '信息', 政务信息: '信息',
};

/** Canonical genre, or null when not recognised; user-added genres (money table rows) are matched by name. */
export function normalizeGenre(raw: string, genres: readonly string[]): string | null {
  const k = compactKey(raw);
  if (!k) return null;
  for (const g of genres) if (compactKey(g) === k) return g;
  const alias = ALIASES[k];
  return alias && genres.includes(alias) ? alias : null;
}
