// A HostAdapter over an in-memory WorkbookData, recording what the pane asks of it.
import { layoutSheet, type CellValue, type MappingOverride, type OutputSheet, type SheetData, type WorkbookData } from '../../src/core';
import type { HostAdapter, WriteReport } from '../../src/ui/host';

/** An OutputSheet as the cells a shell would write (title, notes, caption, header, rows). */
export function toSheetData(out: OutputSheet, name = out.name): SheetData {
  const layout = layoutSheet(out);
  const rows: CellValue[][] = [];
  rows[layout.titleRow - 1] = [out.title];
  layout.noteRows.forEach((r, i) => (rows[r - 1] = [out.notes[i]]));
  out.blocks.forEach((b, i) => {
    const p = layout.blocks[i];
    rows[p.captionRow - 1] = [b.caption];
    rows[p.headerRow - 1] = b.columns.map((c) => c.header);
    b.rows.forEach((r, k) => (rows[p.firstDataRow - 1 + k] = r));
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { name, rows };
}

export class FakeHost implements HostAdapter {
  kind = 'web' as const;
  calls: string[] = [];
  mapping?: MappingOverride;
  writeError?: unknown;
  constructor(public workbook: WorkbookData) {}

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
      this.workbook.sheets.push(toSheetData(sheets.find((s) => s.name === w.intended)!));
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
