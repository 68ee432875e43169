// Points (积分) rank people and units; they never decide money.
import type { Rules } from './rules';
import type { Publication } from './publication';

export function publicationPoints(pub: Publication, rules: Rules): number {
  const base = rules.levelPoints[pub.level] ?? 0;
  const factor = rules.genreFactor[pub.genre] ?? 1;
  return base * factor * (pub.headline ? rules.headlinePointsFactor : 1);
}

/** Points as shown and compared: 2 decimals. */
export function roundPoints(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}
