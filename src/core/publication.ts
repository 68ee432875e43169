// A counted publication: one valid ledger row, normalised.
import type { Person } from './persons';

export interface Publication {
  seq: number; // order in the ledger (sheet order, then row)
  sheet: string;
  row: number;
  title: string;
  titleKey: string;
  outlet: string;
  outletKey: string;
  level: string;
  genre: string;
  day: number;
  headline: boolean;
  authors: Person[];
}
