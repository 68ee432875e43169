// The steps a run and an inspection share: read the settings, find the ledger, validate its rows.
import { NoLedgerError, SettingsError } from './errors';
import type { Detection, Issue, WorkbookData } from './types';
import { readRules, type Rules } from './rules';
import { readRoster, type Roster } from './roster';
import { readMediaDirectory, type MediaDirectory } from './mediaDirectory';
import { readTargets, type Target } from './targets';
import { readPayoutHistory, type PayoutHistory } from './payouts';
import { FIELD_LABELS } from './fields';
import { validateLedger, type LedgerResult } from './validation';
import type { Publication } from './publication';

export interface Settings {
  rules: Rules;
  roster: Roster;
  directory: MediaDirectory;
  targets: Target[];
  history: PayoutHistory;
}

/** Every settings sheet; a malformed one throws SettingsError naming each bad cell. */
export function readSettings(wb: WorkbookData): Settings {
  const problems: Issue[] = [];
  const rules = readRules(wb, problems);
  const roster = readRoster(wb, problems);
  const directory = readMediaDirectory(wb, rules.levels, problems);
  const targets = readTargets(wb, rules, problems);
  const history = readPayoutHistory(wb, problems);
  if (problems.length) throw new SettingsError(problems);
  return { rules, roster, directory, targets, history };
}

/** The detection itself when it found a complete ledger; otherwise NoLedgerError names the near misses. */
export function requireLedger(detection: Detection): Detection {
  if (detection.sources.length === 0) {
    const near = detection.candidates.map((c) => `“${c.sheet}”缺少${c.missingRequired.map((f) => FIELD_LABELS[f]).join('、')}列`);
    throw new NoLedgerError(near.length
      ? `未找到完整的稿件登记台账：${near.join('；')}。请检查表头，或在任务窗格中手动指定列。`
      : undefined);
  }
  return detection;
}

/** Counted publications sorted by day (stable: ledger order within a day), as periods.pubsIn expects. */
export function byDay(ledger: LedgerResult): Publication[] {
  return [...ledger.publications].sort((a, b) => a.day - b.day);
}

/** Headers but not a single article row (counted, erroneous or not adopted). */
export function isLedgerEmpty(ledger: LedgerResult): boolean {
  return ledger.rows.counted + ledger.rows.errors + ledger.rows.notAdopted === 0;
}

export function checkLedger(wb: WorkbookData, detection: Detection, settings: Settings, today: number): LedgerResult {
  return validateLedger(wb, detection, { rules: settings.rules, roster: settings.roster, directory: settings.directory, today });
}
