// What the shared task pane needs from its host (Excel via Office.js, or a file in the browser).
import type { SheetDescription } from '../core';
import type { MappingOverride, OutputSheet, WorkbookData } from '../core/types';

export interface WriteReport {
  /** intended name -> name actually written (differs when a user's sheet already had the name) */
  written: Array<{ intended: string; actual: string }>;
}

export type HostProgress = (fraction: number) => void;

export interface HostAdapter {
  kind: 'excel' | 'wps' | 'web';
  /** Read every sheet as plain values for the core (chunked in Excel); stops early once `signal` aborts (取消). */
  readWorkbook(onProgress?: HostProgress, signal?: AbortSignal): Promise<WorkbookData>;
  /** Write the result sheets; all or nothing. Replaces only sheets the product created itself.
   *  `layouts`: describeSheet of each sheet, computed off the UI thread, for hosts that ask (usesLayouts). */
  writeResults(sheets: OutputSheet[], onProgress?: HostProgress, layouts?: SheetDescription[]): Promise<WriteReport>;
  /** the host lays the sheets out on the UI thread unless given the layouts (Office.js, ET) */
  usesLayouts?: boolean;
  /** Insert the prefilled settings sheets (never over an existing sheet). */
  insertSettings(sheets: OutputSheet[]): Promise<WriteReport>;
  loadMappingOverride(): Promise<MappingOverride | undefined>;
  saveMappingOverride(mapping: MappingOverride | undefined): Promise<void>;
  /** Select a cell (校验 click) or activate a result sheet; the web host may ignore it. */
  selectCell(sheet: string, address: string): Promise<void>;
}
