// A HostAdapter over an in-memory WorkbookData, recording what the pane asks of it.
import type { MappingOverride, OutputSheet, WorkbookData } from '../../src/core';
import { sheetFromOutput } from '../core/fixtures';
import type { HostAdapter, WriteReport } from '../../src/ui/host';

export class FakeHost implements HostAdapter {
  calls: string[] = [];
  mapping?: MappingOverride;
  writeError?: unknown;
  /** 'excel' selects cells like the add-in; 'web' makes the pane preview rows and sheets like the page */
  constructor(public workbook: WorkbookData, readonly kind: 'excel' | 'web' = 'excel') {}

  async readWorkbook(onProgress?: (f: number) => void): Promise<WorkbookData> {
    this.calls.push('read');
    onProgress?.(1);
    return { sheets: this.workbook.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) })) };
  }
  private add(sheets: OutputSheet[]): WriteReport {
    const written = sheets
      .filter((s) => !this.workbook.sheets.some((x) => x.name === s.name) || s.kind !== 'settings')
      .map((s) => ({ intended: s.name, actual: s.name }));
    for (const w of written) {
      this.workbook.sheets = this.workbook.sheets.filter((x) => x.name !== w.actual);
      this.workbook.sheets.push(sheetFromOutput(sheets.find((s) => s.name === w.intended)!));
    }
    return { written };
  }
  async writeResults(sheets: OutputSheet[]): Promise<WriteReport> {
    this.calls.push('write');
    if (this.writeError) throw this.writeError;
    return this.add(sheets);
  }
  async insertSettings(sheets: OutputSheet[]): Promise<WriteReport> {
    this.calls.push(`insert ${sheets.map((s) => s.name).join(',')}`);
    return this.add(sheets);
  }
  async loadMappingOverride() {
    return this.mapping;
  }
  async saveMappingOverride(m: MappingOverride | undefined) {
    this.calls.push('saveMapping');
    this.mapping = m;
  }
  async selectCell(sheet: string, address: string) {
    this.calls.push(`select ${sheet}!${address}`);
  }
}
