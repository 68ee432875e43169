import type { CalcOptions, CalcResult } from './api';
import type { WorkbookData } from './types';

// TEMPORARY: being implemented right now by the core author; signature is final.
export function calculate(_wb: WorkbookData, _options: CalcOptions): CalcResult {
  throw new Error('calculate: not implemented yet');
}
