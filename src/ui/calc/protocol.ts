// Messages between the pane (UI thread) and the calculation worker. Jobs and results travel as a skeleton
// after their long arrays, which go in parts (chunked.ts).
import type { CalcResult, MappingOverride, OutputSheet, SheetDescription, WorkbookData } from '../../core';
import type { Part } from './chunked';

export type CalcStage = 'read' | 'check' | 'compute' | 'write';

/** A workbook already held by the worker (sent before, or produced there), by id. */
export interface WorkbookRef {
  workbookRef: number;
}

export interface CalculateJob {
  kind: 'calculate';
  workbook: WorkbookData | WorkbookRef;
  options: { period?: string; today: string; mapping?: MappingOverride };
  /** also lay out the result sheets (core describeSheet), for hosts that write cell by cell on the UI thread */
  describe?: boolean;
}

export interface Calculated {
  result: CalcResult;
  /** describeSheet of each result sheet, when asked for */
  layouts?: SheetDescription[];
}

/** The page: unzip and parse an .xlsx. */
export interface ReadXlsxJob {
  kind: 'readXlsx';
  data: Uint8Array;
}

/** The page: graft result sheets into the original file. */
export interface WriteXlsxJob {
  kind: 'writeXlsx';
  original: Uint8Array;
  workbook: WorkbookData | WorkbookRef;
  outputs: OutputSheet[];
}

export type CalcJob = CalculateJob | ReadXlsxJob | WriteXlsxJob;

export interface JobResults {
  calculate: Calculated;
  readXlsx: WorkbookData;
  writeXlsx: { data: Uint8Array; written: Array<{ intended: string; actual: string }> };
}

export type JobResult<J extends CalcJob> = JobResults[J['kind']];

/** An error as it crosses threads; revived into the core's classes on the other side (see errors.ts). */
export interface WireError {
  name: string;
  message: string;
  props: Record<string, unknown>;
}

export type ToWorker =
  | Part
  /** job: a skeleton (chunked.ts); keep: hold the job's workbook under this id for later WorkbookRefs */
  | { type: 'job'; id: number; job: unknown; keep?: number };

export type FromWorker =
  | { type: 'ready' }
  | Part
  | { type: 'progress'; id: number; stage: CalcStage; fraction: number }
  /** value: a skeleton; keep: the value is a workbook the worker holds under this id */
  | { type: 'done'; id: number; value: unknown; keep?: number }
  | { type: 'error'; id: number; error: WireError };
