import type { Period } from './types';

// TEMPORARY: being implemented right now by the core author; signature is final.
export function parsePeriod(_label: string): Period {
  throw new Error('parsePeriod: not implemented yet');
}
export function periodLabel(p: Period): string {
  return p.label;
}
