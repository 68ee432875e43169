// The money table: fen per article by genre and level, raised by the headline factor.
import type { Rules } from './rules';
import type { Publication } from './publication';

export function publicationBaseFen(pub: Publication, rules: Rules): number {
  return rules.moneyFen[pub.genre]?.[pub.level] ?? 0;
}

export function publicationFen(pub: Publication, rules: Rules): number {
  return Math.round(publicationBaseFen(pub, rules) * (pub.headline ? rules.headlineMoneyFactor : 1));
}
