// Stipends of one run: the period's articles not paid before, plus 补发 (for a quarter with a payout history:
// articles of earlier paid quarters registered late and never paid), then the per-person cap.
import type { Period } from './types';
import type { Rules } from './rules';
import type { Publication } from './publication';
import { creditsFor, type Credit } from './credits';
import { PaidIndex, type PayoutHistory, type PayoutRecord } from './payouts';
import type { MediaDirectory } from './mediaDirectory';
import { parsePeriod, pubsIn } from './periods';
import { splitFen, wholeFen } from './money';

export interface StipendLine {
  credit: Credit;
  late: boolean;
  paidIn: string | null; // quarter in which it was already paid (then payFen = 0)
  dueFen: number;
  payFen: number; // after the cap
}

export interface PersonPay {
  dueFen: number;
  payFen: number;
}

export interface StipendResult {
  lines: StipendLine[];
  byPerson: Map<string, PersonPay>;
  totalFen: number;
  /** the payout history after this run (only a quarter run records payouts) */
  records: PayoutRecord[] | null;
  settled: string[];
}

export function computeStipends(
  period: Period, periodCredits: Credit[], all: readonly Publication[], history: PayoutHistory, rules: Rules, directory: MediaDirectory,
): StipendResult {
  // Re-running a quarter replaces its records; a hundred thousand records are copied only when there are some.
  const others = history.settled.has(period.label) ? history.records.filter((r) => r.quarter !== period.label) : history.records;
  const paid = new PaidIndex(others, directory);
  const lines: StipendLine[] = periodCredits.map((credit) => {
    const paidIn = paid.paidIn(credit.pub, credit.person);
    const dueFen = paidIn ? 0 : credit.fen;
    return { credit, late: false, paidIn, dueFen, payFen: dueFen };
  });
  if (period.kind === 'quarter') {
    const lateQuarters = [...history.settled].filter((q) => q < period.label).sort();
    for (const q of lateQuarters) {
      const quarterPubs = pubsIn(parsePeriod(q), all);
      // Credits only for titles with an unpaid author: the one-article-many-outlets rule works within a title,
      // so this gives the same amounts as crediting the whole quarter, without redoing a paid quarter.
      const unpaidTitles = new Set(quarterPubs.filter((p) => paid.hasUnpaidAuthor(p)).map((p) => p.titleKey));
      if (unpaidTitles.size === 0) continue;
      for (const credit of creditsFor(quarterPubs.filter((p) => unpaidTitles.has(p.titleKey)), rules)) {
        if (credit.fen > 0 && !paid.isPaid(credit.pub, credit.person)) lines.push({ credit, late: true, paidIn: null, dueFen: credit.fen, payFen: credit.fen });
      }
    }
  }
  const byPerson = applyCap(lines, rules.capFen);
  const totalFen = [...byPerson.values()].reduce((s, p) => s + p.payFen, 0);
  const quarterRun = period.kind === 'quarter';
  const records = quarterRun ? others.concat(lines.filter((l) => l.payFen > 0).map((l) => toRecord(l, period.label))) : null;
  const settled = [...new Set([...history.settled, ...(quarterRun ? [period.label] : [])])].sort();
  return { lines, byPerson, totalFen, records, settled };
}

/** Cap each person's total; the capped amount is spread over their lines exactly (so the history adds up). */
function applyCap(lines: StipendLine[], capFen: number | null): Map<string, PersonPay> {
  const groups = new Map<string, StipendLine[]>();
  for (let i = 0; i < lines.length; i++) { // an index loop: no iterator result per line when cold
    const l = lines[i];
    const g = groups.get(l.credit.personKey);
    if (g) g.push(l); else groups.set(l.credit.personKey, [l]);
  }
  const out = new Map<string, PersonPay>();
  for (const [key, g] of groups) {
    const dueFen = g.reduce((s, l) => s + l.dueFen, 0);
    if (capFen !== null && dueFen > capFen) {
      const shares = splitFen(capFen, g.map((l) => l.dueFen));
      g.forEach((l, i) => { l.payFen = shares[i]; });
    }
    out.set(key, { dueFen, payFen: g.reduce((s, l) => s + l.payFen, 0) });
  }
  return out;
}

function toRecord(l: StipendLine, quarter: string): PayoutRecord {
  const { pub, person } = l.credit;
  return { quarter, title: pub.title, outlet: pub.outlet, day: pub.day, name: person.name, unit: person.unit, fen: wholeFen(l.payFen), late: l.late };
}
