// A ledger with its header row but no article under it: every result sheet would be empty and read like a
// quarter in which nothing was published, so the shells stop with “台账中没有稿件” and write nothing.
// The core itself still computes (the payout simulation and property tests run quarters on empty ledgers).
import { EmptyLedgerError, type CalcResult } from './api';

export function requireArticles(result: CalcResult): CalcResult {
  if (result.ledgerEmpty) throw new EmptyLedgerError(result.detection.sources.map((s) => s.sheet));
  return result;
}
