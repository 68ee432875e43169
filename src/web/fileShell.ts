// The .xlsx file shell (src/file: our own reader and zip writer, JSZip for inflating where the platform
// cannot) is loaded only on demand, as a separate chunk, so that the add-in's task pane bundle never carries it.
import type { OutputSheet, WorkbookData } from '../core';

export interface FileShell {
  /** a CSV/text ledger (by name) wrapped into a one-sheet .xlsx, as the CLI does; other bytes as they are */
  workbookBytes(data: Uint8Array, fileName: string): Uint8Array;
  readXlsx(data: Uint8Array): Promise<WorkbookData>;
  writeResults(
    original: Uint8Array,
    wb: WorkbookData,
    outputs: OutputSheet[],
  ): Promise<{ data: Uint8Array; written: Array<{ intended: string; actual: string }> }>;
}

let loading: Promise<FileShell> | undefined;

export function loadFileShell(): Promise<FileShell> {
  loading ??= import(/* webpackChunkName: "xlsx" */ '../file').then((m) => m as FileShell);
  return loading;
}
