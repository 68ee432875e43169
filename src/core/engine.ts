// One run: settings → detection → validation → credits, stipends, rankings, quotas → report and sheets.
import type { CalcOptions, CalcResult } from './api';
import { NoLedgerError, SettingsError } from './api';
import type { Issue, Period, WorkbookData } from './types';
import { readRules } from './rules';
import { readRoster } from './roster';
import { readMediaDirectory } from './mediaDirectory';
import { readTargets } from './targets';
import { readPayoutHistory } from './payouts';
import { detectLedger } from './detect';
import { validateLedger } from './validation';
import { dayFromIso } from './dates';
import { parsePeriod, periodOfDay } from './periods';
import { creditsFor } from './credits';
import { computeStipends } from './stipends';
import { computeQuotas } from './quotas';
import { pubsIn, standing, yearToDateStanding, type Model } from './model';
import { buildReport } from './report';
import { rankingSheet } from './outputs/rankingSheet';
import { stipendSheet } from './outputs/stipendSheet';
import { quotaSheet } from './outputs/quotaSheet';
import { validationSheet } from './outputs/validationSheet';
import { noticeSheet } from './outputs/noticeSheet';
import { payoutSheet } from './outputs/payoutSheet';
import type { Publication } from './publication';

export function calculate(wb: WorkbookData, options: CalcOptions): CalcResult {
  const progress = options.onProgress ?? (() => undefined);
  const problems: Issue[] = [];
  const rules = readRules(wb, problems);
  const roster = readRoster(wb, problems);
  const directory = readMediaDirectory(wb, rules.levels, problems);
  const targets = readTargets(wb, rules, problems);
  const history = readPayoutHistory(wb, problems);
  if (problems.length) throw new SettingsError(problems);

  const detection = detectLedger(wb, options.mapping);
  if (detection.sources.length === 0) {
    const near = detection.candidates.map((c) => `“${c.sheet}”缺少${c.missingRequired.map((f) => FIELD_LABEL[f] ?? f).join('、')}列`);
    throw new NoLedgerError(near.length
      ? `未找到完整的稿件登记台账：${near.join('；')}。请检查表头，或在任务窗格中手动指定列。`
      : undefined);
  }
  const today = dayFromIso(options.today);
  progress('checking', 0);
  const ledger = validateLedger(wb, detection, { rules, roster, directory, today });
  progress('checking', 1);

  const all = [...ledger.publications].sort((a, b) => a.day - b.day); // stable: ledger order within a day
  const period = options.period ? parsePeriod(options.period) : defaultPeriod(all, today);
  const periodPubs = pubsIn(period, all);
  const credits = creditsFor(periodPubs, rules);
  const stipends = computeStipends(period, credits, all, history, rules, directory);
  progress('computing', 0.4);
  const targetIssues: Issue[] = [];
  const quotas = computeQuotas(targets, all, period, rules, roster, targetIssues);
  const model: Model = {
    period, today, rules, roster, ledger, periodPubs, credits,
    current: standing(credits, rules, roster, stipends),
    ytd: yearToDateStanding(period, all, rules, roster),
    stipends, quotas, issues: [...ledger.issues, ...targetIssues],
  };
  progress('computing', 0.8);
  const sheets = [rankingSheet(model), stipendSheet(model), quotaSheet(model), validationSheet(model), noticeSheet(model, all)];
  if (stipends.records) sheets.push(payoutSheet(stipends.records, stipends.settled));
  progress('computing', 1);
  return { period, detection, report: buildReport(model), sheets, periodsWithData: periodsWithData(all), periodArticles: periodPubs.length,
    ledgerEmpty: ledger.rows.counted + ledger.rows.errors + ledger.rows.notAdopted === 0 };
}

const FIELD_LABEL: Record<string, string> = { title: '标题', authors: '作者', outlet: '媒体', date: '日期' };

/** The latest quarter that has data; with no data at all, the quarter of today. */
function defaultPeriod(all: readonly Publication[], today: number): Period {
  let latest = -Infinity;
  for (const p of all) if (p.day > latest) latest = p.day;
  return periodOfDay('quarter', Number.isFinite(latest) ? latest : today);
}

function periodsWithData(all: readonly Publication[]): string[] {
  const seen = new Map<string, number>();
  for (const day of new Set(all.map((p) => p.day))) {
    for (const kind of ['quarter', 'month', 'half', 'year'] as const) {
      const period = periodOfDay(kind, day);
      if (!seen.has(period.label)) seen.set(period.label, period.endDay * 10 + ORDER[kind]);
    }
  }
  return [...seen.entries()].sort((a, b) => b[1] - a[1]).map(([label]) => label);
}

const ORDER = { quarter: 3, half: 2, year: 1, month: 0 } as const;
