// HostAdapter for the standalone page: the "workbook" is the bytes of the loaded .xlsx, kept in memory.
// Writing results or settings produces new bytes (the original file on disk is never touched); the page
// offers the latest bytes as a download. Parsing and writing the .xlsx run in the calculation worker.
import type { MappingOverride, OutputSheet, WorkbookData } from '../core';
import type { HostAdapter, HostProgress, WriteReport } from '../ui/host';
import { calcClient } from '../ui/calc/client';
import { loadMapping, saveMapping } from './mappingStore';

export interface WebResult {
  /** sheets just written, as the core produced them (a run's results, or settings sheets) */
  outputs: OutputSheet[];
  /** the whole workbook with the result sheets added */
  data: Uint8Array;
  written: WriteReport['written'];
}

export class WebHost implements HostAdapter {
  readonly kind = 'web' as const;
  private data: Uint8Array;
  private parsed: Promise<WorkbookData> | undefined;
  private mapping: MappingOverride | undefined;

  constructor(
    readonly fileName: string,
    data: Uint8Array,
    private readonly onResult: (result: WebResult) => void = () => {},
    parsed?: WorkbookData,
  ) {
    this.data = data;
    this.parsed = parsed && Promise.resolve(parsed);
    this.mapping = loadMapping(fileName);
  }

  /** Current bytes of the in-memory workbook (original, plus whatever was written since). */
  get bytes(): Uint8Array {
    return this.data;
  }

  async readWorkbook(onProgress?: HostProgress, signal?: AbortSignal): Promise<WorkbookData> {
    onProgress?.(0);
    if (!this.parsed) {
      const task = calcClient().run({ kind: 'readXlsx', data: this.data });
      signal?.addEventListener('abort', () => task.cancel());
      this.parsed = task.promise;
    }
    try {
      return await this.parsed;
    } catch (e) {
      this.parsed = undefined; // let a retry parse again
      throw e;
    } finally {
      onProgress?.(1);
    }
  }

  async writeResults(sheets: OutputSheet[], onProgress?: HostProgress): Promise<WriteReport> {
    return this.write(sheets, onProgress);
  }

  insertSettings(sheets: OutputSheet[]): Promise<WriteReport> {
    return this.write(sheets);
  }

  async loadMappingOverride(): Promise<MappingOverride | undefined> {
    return this.mapping;
  }

  async saveMappingOverride(mapping: MappingOverride | undefined): Promise<void> {
    this.mapping = mapping;
    saveMapping(this.fileName, mapping);
  }

  /** There is no sheet to select in the browser; the 校验 list already names sheet, row and column. */
  async selectCell(): Promise<void> {}

  private async write(sheets: OutputSheet[], onProgress?: HostProgress): Promise<WriteReport> {
    onProgress?.(0);
    const wb = await this.readWorkbook();
    const { data, written } = await calcClient().run({ kind: 'writeXlsx', original: this.data, workbook: wb, outputs: sheets }).promise;
    this.data = data;
    this.parsed = undefined; // the next read sees the sheets just written (payout history, settings)
    onProgress?.(1);
    this.onResult({ outputs: sheets, data, written });
    return { written };
  }
}
