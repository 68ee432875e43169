// The JSON report of the CLI contract (SPEC.md): field names fixed, money in fen, points to 2 decimals.
import type { Report } from './api';
import type { Model } from './model';
import { roundPoints } from './points';

export function buildReport(m: Model): Report {
  const { rows } = m.ledger;
  return {
    period: m.period.label,
    rows: { total: rows.total, counted: rows.counted, errors: rows.errors, warnings: rows.warnings, skipped: rows.skipped },
    people: m.current.people.map((p) => ({
      name: p.person.name, unit: p.person.unit, rank: p.rank, points: roundPoints(p.points), articles: p.articles,
      shareArticles: roundPoints(p.shareArticles), byLevel: { ...p.byLevel }, stipendFen: p.stipend.payFen,
    })),
    units: m.current.units.map((u) => ({ unit: u.unit, rank: u.rank, points: roundPoints(u.points), articles: u.articles, byLevel: { ...u.byLevel } })),
    quotas: m.quotas.map((q) => ({ who: q.who, target: q.target, done: q.done, rate: Math.round(q.rate * 10000) / 10000, status: q.status })),
    stipendTotalFen: m.stipends.totalFen,
    issues: m.issues,
  };
}
