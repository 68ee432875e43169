// Messages between the pane (UI thread) and the calculation worker. Workbooks travel in row chunks, each its
// own message, so that neither thread spends one long slice cloning a 100k-row sheet.
import type { CalcResult, MappingOverride, OutputSheet, SheetData, WorkbookData } from '../../core';

export type CalcStage = 'read' | 'check' | 'compute' | 'write';

/** A workbook already held by the worker (sent before, or produced there), by id. */
export interface WorkbookRef {
  workbookRef: number;
}

export interface CalculateJob {
  kind: 'calculate';
  workbook: WorkbookData | WorkbookRef;
  options: { period?: string; today: string; mapping?: MappingOverride };
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
  calculate: CalcResult;
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

/** Pieces of a workbook in flight: the sheets without rows, then their rows in chunks. */
export type WorkbookPiece =
  | { type: 'wbStart'; id: number; sheets: SheetData[] }
  | { type: 'wbRows'; id: number; sheet: number; rows: SheetData['rows'] };

export type ToWorker =
  | WorkbookPiece
  | { type: 'job'; id: number; job: CalcJob };

export type FromWorker =
  | { type: 'ready' }
  | WorkbookPiece
  | { type: 'progress'; id: number; stage: CalcStage; fraction: number }
  /** workbookId: the result is a workbook the worker keeps, under this id */
  | { type: 'done'; id: number; value: unknown; workbookId?: number }
  | { type: 'error'; id: number; error: WireError };
