import type { Detection, MappingOverride, WorkbookData } from './types';

// TEMPORARY: being implemented right now by the core author; signature is final.
export function detectLedger(_wb: WorkbookData, _mapping?: MappingOverride): Detection {
  throw new Error('detectLedger: not implemented yet');
}
