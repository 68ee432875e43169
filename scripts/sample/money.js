// The office's default rules (SPEC.md) applied to the generator's own truth, independently of the core:
// used to fill the payout history consistently and by the tests to check the CLI's figures.
'use strict';

const LEVELS = ['国家级', '省级', '市级', '县级'];
const MONEY_YUAN = {
  消息: [500, 200, 100, 30], 通讯: [800, 300, 200, 50], 言论: [600, 250, 150, 40], 理论调研: [1200, 500, 300, 100],
  图片: [300, 100, 50, 20], 视频: [800, 300, 200, 50], 信息: [200, 100, 50, 10],
};
const LEVEL_POINTS = { 国家级: 20, 省级: 10, 市级: 5, 县级: 1 };
const GENRE_FACTOR = { 理论调研: 2, 通讯: 1.5, 言论: 1.2, 视频: 1.2, 消息: 1, 图片: 0.5, 信息: 0.5 };
const HEADLINE = '头版头条';

/** Fen for the whole article (before splitting between co-authors). */
function articleFen(a) {
  return MONEY_YUAN[a.genre][LEVELS.indexOf(a.level)] * 100 * (a.position === HEADLINE ? 2 : 1);
}

/** Equal split in fen; the remainder goes to the first author so the parts add up exactly. */
function splitFen(total, n) {
  const each = Math.floor(total / n);
  return Array.from({ length: n }, (_, i) => each + (i === 0 ? total - each * n : 0));
}

function articlePoints(a) {
  return LEVEL_POINTS[a.level] * GENRE_FACTOR[a.genre] * (a.position === HEADLINE ? 2 : 1);
}

function quarterOf(day) {
  const d = new Date(day * 86400000);
  return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

module.exports = { LEVELS, MONEY_YUAN, LEVEL_POINTS, GENRE_FACTOR, HEADLINE, articleFen, splitFen, articlePoints, quarterOf };
