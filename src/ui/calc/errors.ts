// Errors crossing the worker boundary keep their class: the pane's ErrorBar tells the core's errors apart
// with instanceof (settings problems per cell, no ledger, empty ledger).
import { EmptyLedgerError, NoLedgerError, OutputTooLargeError, PeriodError, SettingsError } from '../../core';
import type { WireError } from './protocol';

const KNOWN: Record<string, { prototype: Error }> = {
  EmptyLedgerError, NoLedgerError, OutputTooLargeError, PeriodError, SettingsError,
};

/** Thrown by a run that the user cancelled (取消); the pane shows no error for it. */
export class CancelledError extends Error {
  constructor() {
    super('已取消计算，工作簿未改动。');
    this.name = 'CancelledError';
  }
}

export function toWire(e: unknown): WireError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e), props: {} };
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (k !== 'name' && k !== 'message' && k !== 'stack') props[k] = v;
  return { name: e.name, message: e.message, props };
}

export function fromWire(w: WireError): Error {
  const proto = KNOWN[w.name]?.prototype ?? Error.prototype;
  const e = Object.create(proto) as Error;
  Object.assign(e, w.props);
  // own properties, as the constructors set them
  Object.defineProperty(e, 'message', { value: w.message, writable: true, configurable: true });
  Object.defineProperty(e, 'name', { value: w.name, writable: true, configurable: true });
  return e;
}
