// One run: settings → detection → validation → credits, stipends, rankings, quotas → report and sheets.
import type { CalcOptions, CalcResult } from './api';
import type { Issue, WorkbookData } from './types';
import { dayFromIso } from './dates';
import { defaultPeriod, parsePeriod, periodsWithData, pubsIn } from './periods';
import { byDay, checkLedger, isLedgerEmpty, readSettings, requireLedger } from './ledgerCheck';
import { detectLedger } from './detect';
import { creditsFor } from './credits';
import { computeStipends } from './stipends';
import { computeQuotas } from './quotas';
import { standing, yearToDateStanding } from './ranking';
import type { Model } from './model';
import { buildReport } from './report';
import { rankingSheet } from './outputs/rankingSheet';
import { stipendSheet } from './outputs/stipendSheet';
import { quotaSheet } from './outputs/quotaSheet';
import { validationSheet } from './outputs/validationSheet';
import { noticeSheet } from './outputs/noticeSheet';
import { buildNoticeModel } from './noticeModel';
import { AuthorTable } from './authorTable';
import { noticeIssuer } from './issuer';
import { payoutSheet } from './outputs/payoutSheet';
import { assertSheetsFit } from './excelLimits';

export function calculate(wb: WorkbookData, options: CalcOptions): CalcResult {
  const progress = options.onProgress ?? (() => undefined);
  const settings = readSettings(wb);
  const { rules, roster, directory, targets, history } = settings;
  const detection = requireLedger(detectLedger(wb, options.mapping));
  const today = dayFromIso(options.today);
  progress('checking', 0);
  const ledger = checkLedger(wb, detection, settings, today);
  progress('checking', 1);

  const all = byDay(ledger);
  const period = options.period ? parsePeriod(options.period) : defaultPeriod(all, today);
  const periodPubs = pubsIn(period, all);
  const credits = creditsFor(periodPubs, rules);
  const stipends = computeStipends(period, credits, all, history, rules, directory);
  progress('computing', 0.4);
  const targetIssues: Issue[] = [];
  const authors = new AuthorTable(all);
  const quotas = computeQuotas(targets, authors, period, rules, roster, targetIssues);
  const model: Model = {
    period, today, rules, roster, ledger, periodPubs, credits,
    current: standing(credits, rules, roster, stipends),
    ytd: yearToDateStanding(period, all, rules, roster),
    stipends, quotas, issues: [...ledger.issues, ...targetIssues],
  };
  progress('computing', 0.8);
  const notice = buildNoticeModel(model, authors, noticeIssuer(rules.issuer, wb, detection));
  const sheets = [rankingSheet(model), stipendSheet(model), quotaSheet(model), validationSheet(model), noticeSheet(notice)];
  if (stipends.records) sheets.push(payoutSheet(stipends.records, stipends.settled));
  assertSheetsFit(sheets);
  progress('computing', 1);
  return { period, detection, report: buildReport(model), sheets, notice, periodsWithData: periodsWithData(all).map((p) => p.label), periodArticles: periodPubs.length,
    ledgerEmpty: isLedgerEmpty(ledger) };
}
