// Messages between the pane (UI thread) and the calculation worker. Jobs and results travel as a skeleton
// after their long arrays, which go in parts (chunked.ts).
import type { CalcResult, MappingOverride, OutputSheet, SheetDescription, WorkbookData } from '../../core';
import type { Part } from './chunked';

export type CalcStage = 'read' | 'check' | 'compute' | 'write';

/** Something the worker already holds (a workbook sent before or parsed there, result sheets it computed), by id:
 *  sent as this instead of again. */
export interface HeldRef {
  heldRef: number;
}

export type Maybe<T> = T | HeldRef;

export function isHeld(v: unknown): v is HeldRef {
  return typeof v === 'object' && v !== null && 'heldRef' in v;
}

/** The error's name when a HeldRef names something the worker has let go: the client sends it again. */
export const NOT_HELD = 'NotHeldError';

/** Job fields that may go by reference. */
export const HELD_FIELDS = ['workbook', 'outputs'] as const;

export interface CalculateJob {
  kind: 'calculate';
  workbook: Maybe<WorkbookData>;
  options: { period?: string; today: string; mapping?: MappingOverride };
  /** also lay out the result sheets (core describeSheet), for hosts that write cell by cell on the UI thread */
  describe?: boolean;
}

export interface Calculated {
  result: CalcResult;
  /** describeSheet of each result sheet, when asked for */
  layouts?: SheetDescription[];
}

/** The page: a CSV ledger (by name) wrapped into a one-sheet .xlsx as the CLI does; other bytes as they are. */
export interface WorkbookBytesJob {
  kind: 'workbookBytes';
  data: Uint8Array;
  name: string;
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
  workbook: Maybe<WorkbookData>;
  outputs: Maybe<OutputSheet[]>;
}

export type CalcJob = CalculateJob | WorkbookBytesJob | ReadXlsxJob | WriteXlsxJob;

export interface JobResults {
  calculate: Calculated;
  workbookBytes: Uint8Array;
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
  /** the pane has taken in one part of a result: the worker sends the next (never a queue of them, which
   *  would keep clicks waiting behind it) */
  | { type: 'ack' }
  /** job: a skeleton (chunked.ts); keep: hold these fields of the job under these ids for later HeldRefs */
  | { type: 'job'; id: number; job: unknown; keep: Partial<Record<(typeof HELD_FIELDS)[number], number>> };

export type FromWorker =
  | { type: 'ready' }
  | Part
  | { type: 'progress'; id: number; stage: CalcStage; fraction: number }
  /** value: a skeleton; keep: the worker holds the value (a parsed workbook) or its result sheets under these ids */
  | { type: 'done'; id: number; value: unknown; keep?: { value?: number; sheets?: number } }
  | { type: 'error'; id: number; error: WireError };
