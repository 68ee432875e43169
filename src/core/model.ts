// The computed model of one run, from which the report and every output sheet are built.
import type { Issue, Period } from './types';
import type { Rules } from './rules';
import type { Roster } from './roster';
import type { LedgerResult } from './validation';
import type { Publication } from './publication';
import type { Credit } from './credits';
import type { StipendResult } from './stipends';
import type { QuotaLine } from './quotas';
import type { Standing } from './ranking';

export type { RankedPerson, RankedUnit, Standing } from './ranking';

export interface Model {
  period: Period;
  today: number;
  rules: Rules;
  roster: Roster;
  ledger: LedgerResult;
  periodPubs: Publication[];
  credits: Credit[];
  current: Standing;
  ytd: Standing;
  stipends: StipendResult;
  quotas: QuotaLine[];
  issues: Issue[];
}
