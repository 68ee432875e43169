// Expected figures for a quarter computed from the sample generator's own truth (what each article
// really is), independently of the core, with the default rules of SPEC.md.
/* eslint-disable @typescript-eslint/no-require-imports */
const sample = require('../../scripts/sample');

interface Person { name: string; unit: string }
interface Article {
  title: string; authors: Person[]; outlet: string; level: string; genre: string; position: string; day: number;
  counted: boolean; late: boolean; planted: string | null; sheet: string; row: number;
}

export interface Expected {
  articles: number;
  byLevel: Record<string, number>;
  shareArticles: number;
  points: number;
  stipendFen: number;
}

export const { model } = sample.buildLedger() as { model: { articles: Article[]; currentQuarter: string } };
const M = sample.money;

/** Publications that are counted (not errors, not rejected); the run-together row counts for someone else. */
const COUNTED_PLANTS = new Set([null, 'UNKNOWN_GENRE', 'LEVEL_MISMATCH', 'RUN_TOGETHER']);

export function quarterDays(label: string): [number, number] {
  const y = Number(label.slice(0, 4));
  const q = Number(label.slice(5));
  return [Date.UTC(y, (q - 1) * 3, 1) / 86400000, Date.UTC(y, q * 3, 1) / 86400000 - 1];
}

export function counted(a: Article): boolean {
  return a.counted && COUNTED_PLANTS.has(a.planted);
}

/** Per person (name|unit) figures for the quarter, plus names whose figures are ambiguous by design. */
export function expectedForQuarter(label: string): { people: Map<string, Expected>; totalFen: number; ambiguous: Set<string> } {
  const [start, end] = quarterDays(label);
  const inPeriod = model.articles.filter((a) => counted(a) && a.day >= start && a.day <= end);
  // one article in several outlets: only the highest-paid publication is paid and scored
  const best = new Map<string, Article>();
  for (const a of inPeriod) {
    const key = `${a.title}|${a.authors.map((p) => p.name).join(',')}`;
    const cur = best.get(key);
    if (!cur || M.articleFen(a) > M.articleFen(cur)) best.set(key, a);
  }
  const scored = new Set(best.values());
  const people = new Map<string, Expected>();
  const get = (p: Person) => {
    const k = `${p.name}|${p.unit}`;
    if (!people.has(k)) people.set(k, { articles: 0, byLevel: { 国家级: 0, 省级: 0, 市级: 0, 县级: 0 }, shareArticles: 0, points: 0, stipendFen: 0 });
    return people.get(k)!;
  };
  let totalFen = 0;
  const ambiguous = new Set<string>();
  for (const a of inPeriod) {
    const n = a.authors.length;
    const fen = scored.has(a) ? M.splitFen(M.articleFen(a), n) : new Array(n).fill(0);
    totalFen += fen.reduce((s: number, x: number) => s + x, 0);
    if (a.planted === 'RUN_TOGETHER') {
      a.authors.forEach((p) => ambiguous.add(`${p.name}|${p.unit}`));
      continue;
    }
    a.authors.forEach((p, i) => {
      const e = get(p);
      e.articles++;
      e.byLevel[a.level]++;
      e.shareArticles += 1 / n;
      if (scored.has(a)) e.points += M.articlePoints(a) / n;
      e.stipendFen += fen[i];
    });
  }
  // registered late and never paid: paid now as 补发
  for (const a of model.articles) {
    if (!a.late || !counted(a) || a.day >= start) continue;
    const fen = M.splitFen(M.articleFen(a), a.authors.length);
    totalFen += fen.reduce((s: number, x: number) => s + x, 0);
    a.authors.forEach((p, i) => (get(p).stipendFen += fen[i]));
  }
  return { people, totalFen, ambiguous };
}
