// The WPS 表格 implementation of the pane's HostAdapter, over the ET object model.
import type { MappingOverride, OutputSheet, SheetDescription } from '../core';
import { CancelledError } from '../ui/calc/errors';
import type { HostAdapter, HostProgress } from '../ui/host';
import { loadMappingOverride, saveMappingOverride, selectCell } from './documentState';
import { toWpsError } from './errors';
import { readWorkbook } from './read';
import { wpsRuntime, type WpsRuntime } from './runtime';
import { writeSheets } from './write';

export function createWpsHost(rt: WpsRuntime = wpsRuntime()): HostAdapter {
  return {
    kind: 'wps',
    usesLayouts: true,
    readWorkbook: (onProgress?: HostProgress, signal?: AbortSignal) =>
      readWorkbook(rt, onProgress, signal).catch((e: unknown) => Promise.reject(e instanceof CancelledError ? e : toWpsError(e))),
    writeResults: (sheets: OutputSheet[], onProgress?: HostProgress, layouts?: SheetDescription[]) => writeSheets(rt, sheets, onProgress, layouts),
    insertSettings: (sheets: OutputSheet[]) => writeSheets(rt, sheets),
    loadMappingOverride: () => loadMappingOverride(rt).catch(() => undefined),
    saveMappingOverride: (m: MappingOverride | undefined) => saveMappingOverride(rt, m),
    selectCell: (sheet: string, address: string) => selectCell(rt, sheet, address),
  };
}
