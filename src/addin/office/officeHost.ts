// The Excel implementation of the pane's HostAdapter.
import type { MappingOverride, OutputSheet, SheetDescription } from '../../core';
import type { HostAdapter, HostProgress } from '../../ui/host';
import { loadMappingOverride, saveMappingOverride, selectCell } from './documentState';
import { toHostError } from './errors';
import { readWorkbook } from './read';
import { officeRuntime, type ExcelRuntime } from './runtime';
import { writeSheets } from './write';

export function createOfficeHost(rt: ExcelRuntime = officeRuntime()): HostAdapter {
  return {
    kind: 'excel',
    usesLayouts: true,
    readWorkbook: (onProgress?: HostProgress, signal?: AbortSignal) =>
      readWorkbook(rt, onProgress, signal).catch((e: unknown) => Promise.reject(toHostError(e))),
    writeResults: (sheets: OutputSheet[], onProgress?: HostProgress, layouts?: SheetDescription[]) => writeSheets(rt, sheets, onProgress, layouts),
    insertSettings: (sheets: OutputSheet[]) => writeSheets(rt, sheets),
    loadMappingOverride: () => loadMappingOverride(rt),
    saveMappingOverride: (m: MappingOverride | undefined) => saveMappingOverride(rt, m),
    selectCell: (sheet: string, address: string) => selectCell(rt, sheet, address),
  };
}
